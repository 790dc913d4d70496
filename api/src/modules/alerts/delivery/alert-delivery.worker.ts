import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../../common/config/app-config';
import { ApiMetrics } from '../../../metrics';
import type { AlertDelivery } from '../alert-delivery.entity';
import type { AlertFiring } from '../alert-firing.entity';
import { AlertsRepository } from '../alerts.repository';
import { alertEmail, alertPayload } from './alert-payload';
import { EmailSender } from './email.sender';
import { WebhookSender } from './webhook.sender';

/** Due deliveries taken per pass. */
const BATCH = 50;
const MAX_ERROR_LENGTH = 1000;

type Deliveries = Pick<AlertsRepository, 'dueDeliveries' | 'claim' | 'recordAttempt' | 'findFiring' | 'findSettings'>;

export interface DeliveryPass {
  delivered: number;
  retrying: number;
  failed: number;
}

/**
 * Drains the alert outbox: each due PENDING delivery is claimed (a conditional update, so replicas never send one
 * twice at once), attempted, and recorded — DELIVERED, PENDING again after a backoff (base × 4^(attempt−1)), or
 * FAILED after the last allowed attempt. Failures are stored with their reason and logged without secrets.
 */
@Injectable()
export class AlertDeliveryWorker {
  private readonly logger = new Logger(AlertDeliveryWorker.name);
  private running?: Promise<DeliveryPass>;
  private again = false;

  constructor(
    @Inject(AlertsRepository) private readonly repository: Deliveries,
    @Inject(WebhookSender) private readonly webhook: Pick<WebhookSender, 'send'>,
    @Inject(EmailSender) private readonly email: Pick<EmailSender, 'send'>,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'alerts'>,
    @Inject(ApiMetrics) private readonly metrics: Pick<ApiMetrics, 'alertDeliveryAttempts'>,
  ) {}

  /** Starts a pass in the background (or one more after the running pass); its failures are logged. */
  kick(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    void this.deliverDue().catch((error: unknown) =>
      this.logger.error(`alert delivery pass failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }

  /** The pass in progress, if any (tests and shutdown wait for it). */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  /** One pass over the deliveries due now; passes never overlap within a process. */
  async deliverDue(): Promise<DeliveryPass> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.pass().finally(() => {
      this.running = undefined;
      if (this.again) {
        this.again = false;
        this.kick();
      }
    });
    return this.running;
  }

  private async pass(): Promise<DeliveryPass> {
    const result: DeliveryPass = { delivered: 0, retrying: 0, failed: 0 };
    const now = this.clock.now();
    const due = await this.repository.dueDeliveries(now, BATCH);
    // A claim outlives the longest attempt, so a crashed worker's claim expires and another takes over.
    const until = new Date(now.getTime() + 2 * this.config.alerts.webhookTimeoutMs + 30_000);
    for (const delivery of due) {
      if (!(await this.repository.claim(delivery.id, now, until))) continue;
      const outcome = await this.attempt(delivery);
      result[outcome] += 1;
      this.metrics.alertDeliveryAttempts.inc({ channel: delivery.channel.toLowerCase(), result: outcome });
    }
    return result;
  }

  private async attempt(delivery: AlertDelivery): Promise<keyof DeliveryPass> {
    const attempts = delivery.attempts + 1;
    let error: string | null = null;
    try {
      const firing = await this.repository.findFiring(delivery.firingId);
      if (!firing) throw new Error('the firing no longer exists');
      await this.send(delivery, firing);
    } catch (e) {
      error = (e instanceof Error ? e.message : String(e)).slice(0, MAX_ERROR_LENGTH);
    }
    const now = this.clock.now();
    if (error === null) {
      await this.repository.recordAttempt(delivery.id, {
        status: 'DELIVERED',
        attempts,
        lastError: null,
        nextAttemptAt: delivery.nextAttemptAt,
        deliveredAt: now,
        claimedUntil: null,
      });
      return 'delivered';
    }
    const { deliveryMaxAttempts, retryBaseMs } = this.config.alerts;
    const failed = attempts >= deliveryMaxAttempts;
    this.logger.warn(
      `alert ${delivery.channel.toLowerCase()} delivery ${delivery.id} attempt ${attempts}/${deliveryMaxAttempts} failed` +
        `${failed ? ' (giving up)' : ''}: ${error}`,
    );
    await this.repository.recordAttempt(delivery.id, {
      status: failed ? 'FAILED' : 'PENDING',
      attempts,
      lastError: error,
      nextAttemptAt: failed ? delivery.nextAttemptAt : new Date(now.getTime() + retryBaseMs * 4 ** (attempts - 1)),
      deliveredAt: null,
      claimedUntil: null,
    });
    return failed ? 'failed' : 'retrying';
  }

  private async send(delivery: AlertDelivery, firing: AlertFiring): Promise<void> {
    if (delivery.channel === 'EMAIL') {
      await this.email.send({ to: delivery.recipients, ...alertEmail(firing) });
      return;
    }
    // The tenant's current webhook: a rotated secret or a new URL applies to deliveries still pending.
    const settings = await this.repository.findSettings(firing.tenantId);
    if (!settings?.webhookUrl || !settings.webhookSecret) throw new Error('no webhook URL is set for the tenant');
    await this.webhook.send({
      url: settings.webhookUrl,
      secret: settings.webhookSecret,
      deliveryId: delivery.id,
      body: alertPayload(firing),
      timestampSeconds: Math.floor(this.clock.now().getTime() / 1000),
    });
  }
}
