/**
 * Runs a pass one at a time: a trigger while a pass runs asks for exactly one more after it, however many
 * triggers came, so a burst of new data costs at most two passes. After `stop()` nothing new starts; it waits for
 * the pass in flight.
 */
export class CoalescedPass {
  private running?: Promise<void>;
  private again = false;
  private halted = false;

  constructor(private readonly pass: () => Promise<void>) {}

  get stopped(): boolean {
    return this.halted;
  }

  trigger(): void {
    if (this.halted) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.trigger();
      }
    });
  }

  async stop(): Promise<void> {
    this.halted = true;
    await this.running;
  }
}
