import {
  Inject,
  Injectable,
  Logger,
  type BeforeApplicationShutdown,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { CoalescedPass } from '../../common/scheduling/coalesced-pass';
import { RollupRefreshScheduler } from '../ingestion/rollup-refresh.scheduler';
import { AlertEvaluator } from './alert-evaluator';
import { AlertDeliveryWorker } from './delivery/alert-delivery.worker';

/**
 * Evaluates every tenant's rules and sends due deliveries on the configured interval, and evaluates again after
 * each rollup rebuild in embedded mode (new data is then in the figures). Interval 0 turns both off (tests): rules
 * are then evaluated only by evaluateAlertsNow.
 */
@Injectable()
export class AlertScheduler implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertScheduler.name);
  private timer?: NodeJS.Timeout;
  private readonly passes = new CoalescedPass(() => this.pass());

  constructor(
    private readonly evaluator: AlertEvaluator,
    private readonly worker: AlertDeliveryWorker,
    private readonly rollups: RollupRefreshScheduler,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'alerts'>,
  ) {}

  onApplicationBootstrap(): void {
    const interval = this.config.alerts.evaluationIntervalMs;
    if (interval <= 0) return;
    this.timer = setInterval(() => this.passes.trigger(), interval);
    this.timer.unref();
    this.rollups.onRefreshed(() => this.passes.trigger());
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.passes.stop();
    await this.worker.idle();
  }

  /** One evaluation and delivery pass. */
  private async pass(): Promise<void> {
    try {
      // Failures of single rules are logged by the evaluator; this catches the store being unreachable.
      await this.evaluator.evaluate(null);
      await this.worker.deliverDue();
    } catch (error) {
      this.logger.error(`scheduled alert evaluation failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
