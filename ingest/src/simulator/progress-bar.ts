/** A one-line progress bar on a TTY stream; silent unless enabled. */
export class ProgressBar {
  private lastDraw = 0;
  private readonly startedAt = Date.now();

  constructor(
    private readonly stream: NodeJS.WriteStream,
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(done: number): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 200 && done < this.total) return;
    this.lastDraw = now;
    const fraction = Math.min(1, done / this.total);
    const width = 30;
    const filled = Math.round(fraction * width);
    const elapsed = (now - this.startedAt) / 1000;
    const rate = elapsed > 0 ? done / elapsed : 0;
    const eta = rate > 0 ? Math.max(0, (this.total - done) / rate) : 0;
    this.stream.write(
      `\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(1).padStart(5)}% ` +
        `${done.toLocaleString('en')}/${this.total.toLocaleString('en')} ${Math.round(rate).toLocaleString('en')} ev/s ETA ${Math.round(eta)}s `,
    );
  }

  finish(done: number): void {
    if (!this.enabled) return;
    this.lastDraw = 0;
    this.update(done);
    this.stream.write('\n');
  }
}
