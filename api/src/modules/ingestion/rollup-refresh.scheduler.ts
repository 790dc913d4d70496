import type { RollupSchedule } from '@checkmark/schemas/warehouse';
import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';

/** The warehouse calls the scheduler needs (WarehouseRepository). */
export interface RollupStore {
  /** Rebuilds the rollups now and resolves when done; rejects when a rebuild failed. */
  refreshRollups(): Promise<void>;
  /** When the rollups last rebuilt successfully; null before the first since the warehouse started. */
  rollupsRefreshedAt(): Promise<Date | null>;
  /** Puts the rollup views on their own schedule (waiting for the rebuild a change starts). */
  setRollupSchedule(schedule: RollupSchedule): Promise<number>;
}

/** How long after the last write a rebuild starts, so a burst of writes costs one rebuild. */
export const ROLLUP_REFRESH_DELAY_MS = 2000;

/** Least time from one rebuild's start to the next's; a slow rebuild spaces them further (twice its duration). */
export const ROLLUP_REFRESH_MIN_SPACING_MS = 30_000;

/**
 * Keeps the analytics rollups close to what was ingested. When every write passes through this process (embedded
 * transport) the views rebuild only when asked: after writes this asks for a rebuild {delayMs} after the last one,
 * so new data shows within seconds and an idle warehouse costs nothing. When other processes write (Kafka
 * ingesters) the views rebuild on their own every 5 minutes. Under continuous ingest rebuilds would follow each other back to back and keep a core busy, so the next
 * rebuild starts no sooner than max({minSpacingMs}, 2 × the last rebuild's duration) after the previous one started;
 * a request is kept until then, never dropped, and writes that keep coming postpone it by at most that spacing.
 * Never more than one rebuild runs. Failures are logged, and the next write or schedule tries again. At start, a
 * warehouse whose rollups have not rebuilt since it started (the engine does not remember across restarts) rebuilds
 * once, so the pages can say "as of".
 */
export class RollupRefreshScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RollupRefreshScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  /** The first and the latest request not yet served by a rebuild that started after them. */
  private firstPending?: number;
  private lastRequest = 0;
  private lastStart?: number;
  private lastDurationMs = 0;
  private stopped = false;
  private readonly refreshed: Array<() => void> = [];

  constructor(
    private readonly store: RollupStore,
    private readonly delayMs: number = ROLLUP_REFRESH_DELAY_MS,
    private readonly minSpacingMs: number = ROLLUP_REFRESH_MIN_SPACING_MS,
    private readonly schedule: RollupSchedule = 'periodic',
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: start-up does not wait for a rebuild; it logs its own failures.
    void this.startUp();
  }

  /** Puts the views on this process's schedule, then rebuilds once if they have not since the warehouse started. */
  async startUp(): Promise<void> {
    try {
      await this.store.setRollupSchedule(this.schedule);
    } catch (error) {
      this.logger.error(`could not set the analytics rollups' schedule: ${describe(error)}`);
    }
    await this.refreshIfNeverRefreshed();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** After a write: rebuild {delayMs} after the last request, once the spacing since the last rebuild allows. */
  requestRefresh(): void {
    if (this.stopped) return;
    const now = Date.now();
    this.firstPending ??= now;
    this.lastRequest = now;
    this.arm();
  }

  /** At start: rebuild once when the rollups have not rebuilt since the warehouse started. */
  async refreshIfNeverRefreshed(): Promise<void> {
    try {
      if ((await this.store.rollupsRefreshedAt()) === null && !this.running) this.start();
    } catch (error) {
      this.logger.error(`could not read when the analytics rollups last rebuilt: ${describe(error)}`);
    }
  }

  /** Calls `listener` after each successful rebuild (alerts evaluate the fresh figures). */
  onRefreshed(listener: () => void): void {
    this.refreshed.push(listener);
  }

  /** The rebuild in progress, if any (tests and shutdown wait for it). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Cancels a pending request and waits for a running rebuild, so the warehouse can close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.firstPending = undefined;
    clearTimeout(this.timer);
    await this.idle();
  }

  /** Least time between the starts of two rebuilds, after the last one's duration. */
  private spacingMs(): number {
    return Math.max(this.minSpacingMs, 2 * this.lastDurationMs);
  }

  /** (Re)arms the timer for the pending request; a running rebuild calls this again when it ends. */
  private arm(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.running || this.firstPending === undefined) return;
    const spacing = this.spacingMs();
    const settled = Math.min(this.lastRequest + this.delayMs, this.firstPending + spacing);
    const due = Math.max(settled, this.lastStart === undefined ? settled : this.lastStart + spacing);
    this.timer = setTimeout(() => this.start(), Math.max(0, due - Date.now()));
  }

  private start(): void {
    this.timer = undefined;
    if (this.stopped || this.running) return;
    // Requests made from now on may have written after this rebuild read the facts: they wait for the next one.
    this.firstPending = undefined;
    const started = Date.now();
    this.lastStart = started;
    this.running = this.store
      .refreshRollups()
      .then(() => this.refreshed.forEach((listener) => listener()))
      .catch((error: unknown) => this.logger.error(`analytics rollup rebuild failed: ${describe(error)}`))
      .finally(() => {
        this.lastDurationMs = Date.now() - started;
        this.running = undefined;
        this.arm();
      });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
