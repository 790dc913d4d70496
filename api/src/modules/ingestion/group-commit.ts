export interface GroupCommitOptions {
  /** Flush as soon as this many rows wait. */
  maxRows: number;
  /** Otherwise flush this long after the first row of a batch arrived. */
  maxDelayMs: number;
  /** Told about every flush, for metrics. */
  onFlush?: (rows: number, durationMs: number, error?: unknown) => void;
}

interface Batch<T> {
  items: T[];
  rows: number;
  waiters: { resolve: () => void; reject: (error: unknown) => void }[];
}

export class GroupCommitClosedError extends Error {
  readonly code = 'SHUTTING_DOWN';
}

/**
 * Coalesces concurrent submissions into one write: many small requests become one insert. Each submit's
 * promise settles with the write that carried its items, so a caller acknowledges only what was stored, and
 * a failed write fails every submission in it (nothing is retried behind the caller's back). One write runs
 * at a time; what arrives meanwhile goes in the next one as soon as it finishes.
 */
export class GroupCommitter<T> {
  private pending?: Batch<T>;
  private flushing?: Promise<void>;
  private timer?: NodeJS.Timeout;
  private due = false;
  private closed = false;

  constructor(
    private readonly write: (items: T[]) => Promise<void>,
    private readonly options: GroupCommitOptions,
    private readonly rowsOf: (item: T) => number = () => 1,
  ) {}

  submit(items: readonly T[]): Promise<void> {
    if (this.closed) return Promise.reject(new GroupCommitClosedError('no longer accepting writes: shutting down'));
    if (!items.length) return Promise.resolve();
    const batch = (this.pending ??= { items: [], rows: 0, waiters: [] });
    for (const item of items) {
      batch.items.push(item);
      batch.rows += this.rowsOf(item);
    }
    const settled = new Promise<void>((resolve, reject) => batch.waiters.push({ resolve, reject }));
    if (batch.rows >= this.options.maxRows) this.due = true;
    else this.timer ??= setTimeout(() => this.onTimer(), this.options.maxDelayMs);
    this.kick();
    return settled;
  }

  /** Rows waiting or being written. */
  get backlog(): number {
    return this.pending?.rows ?? 0;
  }

  /** Stops accepting work, writes what is waiting and resolves when every write settled. */
  async close(): Promise<void> {
    this.closed = true;
    while (this.flushing || this.pending) {
      this.due = true;
      this.kick();
      await this.flushing?.catch(() => undefined);
    }
  }

  private onTimer(): void {
    this.timer = undefined;
    this.due = true;
    this.kick();
  }

  private kick(): void {
    if (this.flushing || !this.pending || !this.due) return;
    const batch = this.pending;
    this.pending = undefined;
    this.due = false;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    this.flushing = this.run(batch).finally(() => {
      this.flushing = undefined;
      // Whatever arrived during the write has waited long enough.
      if (this.pending) this.due = true;
      this.kick();
    });
  }

  private async run(batch: Batch<T>): Promise<void> {
    const started = performance.now();
    try {
      await this.write(batch.items);
    } catch (error) {
      this.options.onFlush?.(batch.rows, performance.now() - started, error);
      for (const w of batch.waiters) w.reject(error);
      return;
    }
    this.options.onFlush?.(batch.rows, performance.now() - started);
    for (const w of batch.waiters) w.resolve();
  }
}
