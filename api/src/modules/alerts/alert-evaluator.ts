import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { ApiMetrics } from '../../metrics';
import type { AlertCondition } from './alert-condition';
import { AlertConditionsService, type EvaluationMemo, type RuleAccounts } from './alert-conditions.service';
import type { AlertDelivery } from './alert-delivery.entity';
import type { AlertFiring } from './alert-firing.entity';
import type { AlertRule } from './alert-rule.entity';
import type { AlertSettings } from './alert-settings.entity';
import { AlertsRepository } from './alerts.repository';
import { AlertDeliveryWorker } from './delivery/alert-delivery.worker';
import { EmailSender } from './delivery/email.sender';

const DAY_MS = 86_400_000;
/** How far back the first evaluation of a rule looks. */
export const FIRST_LOOK_BACK_MS = 30 * DAY_MS;
/** Later evaluations look again this far before the previous one, for events that arrive late. */
export const LATE_DATA_GRACE_MS = DAY_MS;

type Store = Pick<
  AlertsRepository,
  'enabledRules' | 'firedKeys' | 'insertFiring' | 'markEvaluated' | 'findSettings' | 'accountsByExternalIds'
>;

/**
 * Evaluates enabled rules: asks each rule's conditions since its last evaluation (30 days back the first time),
 * and stores every condition not stored before as a firing with its deliveries. The unique (rule, key) index makes
 * concurrent evaluators safe; a condition seen again never fires again. One rule's failure does not stop the others;
 * it is logged and, for an evaluation asked for through the API, reported after the others ran.
 */
@Injectable()
export class AlertEvaluator {
  private readonly logger = new Logger(AlertEvaluator.name);
  private running: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(AlertsRepository) private readonly store: Store,
    @Inject(AlertConditionsService) private readonly conditions: Pick<AlertConditionsService, 'conditions'>,
    @Inject(AlertDeliveryWorker) private readonly worker: Pick<AlertDeliveryWorker, 'kick'>,
    @Inject(EmailSender) private readonly email: Pick<EmailSender, 'enabled'>,
    private readonly clock: Clock,
    @Inject(ApiMetrics) private readonly metrics: Pick<ApiMetrics, 'alertFirings'>,
  ) {}

  /** Evaluates one tenant's rules (null = every tenant); resolves to the number of new firings. */
  evaluate(tenantId: string | null, options: { throwOnFailure?: boolean } = {}): Promise<number> {
    // Evaluations in one process run one after another; replicas are kept apart by the unique index.
    const next = this.running.catch(() => undefined).then(() => this.run(tenantId, options.throwOnFailure ?? false));
    this.running = next;
    return next;
  }

  private async run(tenantId: string | null, throwOnFailure: boolean): Promise<number> {
    const rules = await this.store.enabledRules(tenantId);
    let fired = 0;
    let firstFailure: Error | undefined;
    const settings = new Map<string, AlertSettings | null>();
    const memo: EvaluationMemo = new Map();
    for (const rule of rules) {
      try {
        if (!settings.has(rule.tenantId)) settings.set(rule.tenantId, await this.store.findSettings(rule.tenantId));
        fired += await this.evaluateRule(rule, settings.get(rule.tenantId) ?? null, memo);
      } catch (error) {
        firstFailure ??= error instanceof Error ? error : new Error(String(error));
        this.logger.error(
          `alert rule ${rule.id} (${rule.kind}) could not be evaluated: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    if (fired > 0) this.worker.kick();
    if (throwOnFailure && firstFailure !== undefined) throw firstFailure;
    return fired;
  }

  private async evaluateRule(rule: AlertRule, settings: AlertSettings | null, memo: EvaluationMemo): Promise<number> {
    const now = this.clock.now();
    const since = rule.lastEvaluatedAt
      ? new Date(rule.lastEvaluatedAt.getTime() - LATE_DATA_GRACE_MS)
      : new Date(now.getTime() - FIRST_LOOK_BACK_MS);
    const accounts = await this.accountsOf(rule);
    const found = await this.conditions.conditions(rule, accounts, since, now, memo);
    // The kind is part of the key: a rule edited to another kind must not match the old kind's conditions.
    const keyOf = (condition: AlertCondition) => `${condition.kind}:${condition.key}`;
    const fired = await this.store.firedKeys(rule.id, found.map(keyOf));
    let inserted = 0;
    const seen = new Set<string>();
    for (const condition of found) {
      const key = keyOf(condition);
      if (fired.has(key) || seen.has(key)) continue;
      seen.add(key);
      const firing = { ...this.firing(rule, condition, now), dedupKey: key };
      if (await this.store.insertFiring(firing, this.deliveries(rule, firing, settings, now))) {
        inserted += 1;
        this.metrics.alertFirings.inc({ kind: rule.kind });
      }
    }
    await this.store.markEvaluated(rule.id, now);
    return inserted;
  }

  private async accountsOf(rule: AlertRule): Promise<RuleAccounts> {
    // Every registered account when unscoped: links name the account of each condition.
    const registered = await this.store.accountsByExternalIds(
      rule.tenantId,
      rule.accountIds.length ? rule.accountIds : null,
    );
    return {
      externalIds: rule.accountIds.length ? rule.accountIds : null,
      relationalIds: new Map(registered.map((a) => [a.externalId, a.id])),
      labels: new Map(registered.map((a) => [a.externalId, accountLabel(a)])),
    };
  }

  private firing(rule: AlertRule, condition: AlertCondition, now: Date): AlertFiring {
    return {
      id: randomUUID(),
      tenantId: rule.tenantId,
      ruleId: rule.id,
      ruleName: rule.name,
      kind: condition.kind,
      severity: condition.severity,
      dedupKey: condition.key,
      title: condition.title.slice(0, 500),
      detail: condition.detail,
      accountId: condition.accountId,
      conditionAt: condition.conditionAt,
      firedAt: now,
      link: condition.link,
    };
  }

  /**
   * PENDING deliveries for the channels the rule asks for. A channel that cannot work (no webhook URL set, SMTP
   * not configured) gets a FAILED delivery saying why, so the misconfiguration shows next to the firing.
   */
  private deliveries(rule: AlertRule, firing: AlertFiring, settings: AlertSettings | null, now: Date): AlertDelivery[] {
    const delivery = (channel: AlertDelivery['channel'], recipients: string[], problem: string | null) => ({
      id: randomUUID(),
      tenantId: rule.tenantId,
      firingId: firing.id,
      channel,
      recipients,
      status: problem ? ('FAILED' as const) : ('PENDING' as const),
      attempts: 0,
      lastError: problem,
      nextAttemptAt: now,
      claimedUntil: null,
      deliveredAt: null,
    });
    const rows: AlertDelivery[] = [];
    if (rule.notifyWebhook) {
      rows.push(delivery('WEBHOOK', [], settings?.webhookUrl ? null : 'no webhook URL is set for the tenant'));
    }
    if (rule.emailRecipients.length) {
      rows.push(
        delivery('EMAIL', rule.emailRecipients, this.email.enabled ? null : 'SMTP is not configured on this server'),
      );
    }
    return rows;
  }
}

/** "Northwind UA (+380 44 123 4567)", the name or number alone, else the platform id. */
function accountLabel(account: { externalId: string; displayName: string | null; displayPhoneNumber: string | null }) {
  const { displayName, displayPhoneNumber } = account;
  if (displayName && displayPhoneNumber) return `${displayName} (${displayPhoneNumber})`;
  return displayName || displayPhoneNumber || account.externalId;
}
