import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { CoalescedPass } from '../../../common/scheduling/coalesced-pass';
import { RollupRefreshScheduler } from '../../ingestion/rollup-refresh.scheduler';
import { ViolationsRepository } from '../violations.repository';
import { DetectionEngine } from './detection-engine';

/**
 * Runs incremental detection for every tenant on the configured interval and after each rollup rebuild (new data
 * has arrived), and for one tenant when its rules change. A failed tenant is logged by the engine and retried on the
 * next pass; it does not stop the others. Interval 0 turns the timer and the rebuild trigger off (tests); rule
 * changes still trigger their tenant's run.
 */
@Injectable()
export class DetectionScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DetectionScheduler.name);
  private timer?: NodeJS.Timeout;
  private readonly passes = new CoalescedPass(() => this.pass());
  private readonly pending = new Set<Promise<unknown>>();

  constructor(
    private readonly engine: DetectionEngine,
    private readonly violations: ViolationsRepository,
    private readonly rollups: RollupRefreshScheduler,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'compliance'>,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.compliance.detectionIntervalMs;
    if (interval <= 0) return;
    this.timer = setInterval(() => this.passes.trigger(), interval);
    this.timer.unref();
    this.rollups.onRefreshed(() => this.passes.trigger());
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.stop();
    await Promise.allSettled([...this.pending]);
  }

  /** One tenant's run now (its rules changed); failures are logged and retried by the next pass. */
  triggerTenant(tenantId: string): void {
    if (this.passes.stopped) return;
    const run = this.engine.run(tenantId, { mode: 'incremental' }).catch(() => undefined);
    this.pending.add(run);
    void run.finally(() => this.pending.delete(run));
  }

  /** Every tenant's incremental run. */
  private async pass(): Promise<void> {
    let tenants: string[];
    try {
      tenants = await this.violations.tenantIds();
    } catch (error) {
      this.logger.error(
        `scheduled compliance detection failed: ${error instanceof Error ? error.message : String(error)}`,
      );
      return;
    }
    for (const tenantId of tenants) {
      if (this.passes.stopped) return;
      // The engine logs and records the reason; the next pass retries the same range.
      await this.engine.run(tenantId, { mode: 'incremental' }).catch(() => undefined);
    }
  }
}
