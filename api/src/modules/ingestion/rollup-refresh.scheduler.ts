import { Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';

/** The warehouse calls the scheduler needs (WarehouseRepository). */
export interface RollupStore {
  /** Rebuilds the rollups now and resolves when done; rejects when a rebuild failed. */
  refreshRollups(): Promise<void>;
  /** When the rollups last rebuilt successfully; null before the first since the warehouse started. */
  rollupsRefreshedAt(): Promise<Date | null>;
}

/** How long after the last write a rebuild starts, so a burst of writes costs one rebuild. */
export const ROLLUP_REFRESH_DELAY_MS = 2000;

/**
 * Keeps the analytics rollups close to what was ingested in embedded mode: the rollup views rebuild on their own
 * every 5 minutes, and after writes this asks for a rebuild {delayMs} after the last one, so new data shows within
 * seconds. Never more than one rebuild runs: a request during one starts another when it ends (it may have begun
 * before the latest write). Failures are logged, and the next write or schedule tries again. At start, a warehouse
 * whose rollups have not rebuilt since it started (the engine does not remember across restarts) rebuilds once,
 * so the pages can say "as of".
 */
export class RollupRefreshScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(RollupRefreshScheduler.name);
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private again = false;
  private stopped = false;

  constructor(
    private readonly store: RollupStore,
    private readonly delayMs: number = ROLLUP_REFRESH_DELAY_MS,
  ) {}

  onApplicationBootstrap(): void {
    // Not awaited: start-up does not wait for a rebuild; it logs its own failures.
    void this.refreshIfNeverRefreshed();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.stop();
  }

  /** After a write: rebuild {delayMs} after the last request. */
  requestRefresh(): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refreshNow(), this.delayMs);
  }

  /** At start: rebuild once when the rollups have not rebuilt since the warehouse started. */
  async refreshIfNeverRefreshed(): Promise<void> {
    try {
      if ((await this.store.rollupsRefreshedAt()) === null) this.refreshNow();
    } catch (error) {
      this.logger.error(`could not read when the analytics rollups last rebuilt: ${describe(error)}`);
    }
  }

  /** The rebuild in progress, if any (tests and shutdown wait for it). */
  idle(): Promise<void> {
    return this.running ?? Promise.resolve();
  }

  /** Cancels a pending request and waits for a running rebuild, so the warehouse can close. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.again = false;
    clearTimeout(this.timer);
    await this.idle();
  }

  private refreshNow(): void {
    this.timer = undefined;
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.store
      .refreshRollups()
      .catch((error: unknown) => this.logger.error(`analytics rollup rebuild failed: ${describe(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.refreshNow();
        }
      });
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
