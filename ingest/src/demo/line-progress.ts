/** Progress for logs (not a TTY): one plain line every `everyMs`, and one at the end. */
export class LineProgress {
  private lastLine = Date.now();
  private readonly startedAt = Date.now();

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly total: number,
    private readonly label: string,
    private readonly everyMs = 5000,
  ) {}

  update(done: number): void {
    const now = Date.now();
    if (now - this.lastLine < this.everyMs) return;
    this.lastLine = now;
    this.write(done, now);
  }

  finish(done: number): void {
    this.write(done, Date.now());
  }

  private write(done: number, now: number): void {
    const seconds = (now - this.startedAt) / 1000;
    const rate = seconds > 0 ? Math.round(done / seconds) : 0;
    const percent = Math.min(100, (done / this.total) * 100).toFixed(0);
    this.stream.write(
      `${this.label}: ${done.toLocaleString('en')}/${this.total.toLocaleString('en')} events (${percent}%), ${rate.toLocaleString('en')} ev/s\n`,
    );
  }
}
