import { randomBytes, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { APP_CONFIG, type AppConfig } from '../../common/config/app-config';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { parseInput } from '../../common/errors/parse-input';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { AlertEvaluator } from './alert-evaluator';
import type { AlertFiring } from './alert-firing.entity';
import type { AlertRule } from './alert-rule.entity';
import { alertRuleSchema } from './alert-rule.validation';
import type { AlertSettings } from './alert-settings.entity';
import { AlertsRepository } from './alerts.repository';
import { webhookUrlProblem } from './delivery/webhook-address';
import { EmailSender } from './delivery/email.sender';
import type { AlertRuleInput } from './dtos/alert-rule.input';
import type { AlertDeliverySettingsModel, AlertWebhookSecretModel } from './dtos/alert-delivery-settings.model';
import type { AlertFiringModel } from './dtos/alert-firing.model';
import type { AlertRuleModel } from './dtos/alert-rule.model';

const RULE = 'alert_rule';
const SETTINGS = 'alert_settings';
/** Characters of the secret shown as its hint: the prefix and four more. */
const SECRET_HINT_LENGTH = 10;
const SECRET_PREFIX = 'whsec_';

/** Who reads firings: each user, and each API key, has its own unread marks. */
export function readerOf(principal: Principal): string {
  return principal.kind === 'user' ? `user:${principal.userId ?? ''}` : `key:${principal.apiKeyId ?? principal.label}`;
}

function ruleView(rule: AlertRule): AlertRuleModel {
  return {
    id: rule.id,
    kind: rule.kind,
    name: rule.name,
    enabled: rule.enabled,
    threshold: rule.threshold,
    accountIds: rule.accountIds,
    emailRecipients: rule.emailRecipients,
    notifyWebhook: rule.notifyWebhook,
    createdAt: rule.createdAt,
    updatedAt: rule.updatedAt,
  };
}

function auditRule({ createdAt: _c, updatedAt: _u, ...rest }: AlertRuleModel): Record<string, unknown> {
  return rest;
}

@Injectable()
export class AlertsService {
  constructor(
    private readonly repository: AlertsRepository,
    private readonly audit: AuditService,
    private readonly evaluator: AlertEvaluator,
    private readonly email: EmailSender,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'alerts'>,
  ) {}

  async rules(principal: Principal): Promise<AlertRuleModel[]> {
    return (await this.repository.listRules(principal.tenantId)).map(ruleView);
  }

  async createRule(principal: Principal, input: AlertRuleInput): Promise<AlertRuleModel> {
    const data = await this.validRule(principal.tenantId, input);
    const now = this.clock.now();
    const rule: AlertRule = {
      id: randomUUID(),
      tenantId: principal.tenantId,
      ...data,
      threshold: data.threshold ?? null,
      lastEvaluatedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    return this.repository.transaction(async (manager) => {
      await this.repository.saveRule(rule, manager);
      const after = ruleView(rule);
      await this.audit.record(
        principal,
        { action: `${RULE}.create`, entityType: RULE, entityId: rule.id, before: null, after: auditRule(after) },
        manager,
      );
      return after;
    });
  }

  async updateRule(principal: Principal, id: string, input: AlertRuleInput): Promise<AlertRuleModel> {
    const data = await this.validRule(principal.tenantId, input);
    return this.repository.transaction(async (manager) => {
      const stored = await this.repository.findRule(principal.tenantId, id, manager);
      if (!stored) throw new NotFoundError('alert rule');
      const before = ruleView(stored);
      const watchChanged =
        stored.kind !== data.kind ||
        stored.threshold !== (data.threshold ?? null) ||
        JSON.stringify(stored.accountIds) !== JSON.stringify(data.accountIds);
      const rule: AlertRule = {
        ...stored,
        ...data,
        threshold: data.threshold ?? null,
        // What the rule watches changed: its next evaluation looks back 30 days again (stored keys still de-duplicate).
        lastEvaluatedAt: watchChanged ? null : stored.lastEvaluatedAt,
        updatedAt: this.clock.now(),
      };
      await this.repository.saveRule(rule, manager);
      const after = ruleView(rule);
      await this.audit.record(
        principal,
        {
          action: `${RULE}.update`,
          entityType: RULE,
          entityId: id,
          before: auditRule(before),
          after: auditRule(after),
        },
        manager,
      );
      return after;
    });
  }

  async deleteRule(principal: Principal, id: string): Promise<boolean> {
    return this.repository.transaction(async (manager) => {
      const stored = await this.repository.findRule(principal.tenantId, id, manager);
      if (!stored) throw new NotFoundError('alert rule');
      await this.repository.deleteRule(principal.tenantId, id, manager);
      await this.audit.record(
        principal,
        { action: `${RULE}.delete`, entityType: RULE, entityId: id, before: auditRule(ruleView(stored)), after: null },
        manager,
      );
      return true;
    });
  }

  /** The tenant's firings, newest first, with the reader's read marks and each firing's deliveries. */
  async firings(
    principal: Principal,
    unreadOnly: boolean,
    page: PageInput | null | undefined,
  ): Promise<Page<AlertFiringModel>> {
    const request = pageRequest(page, 2);
    const reader = readerOf(principal);
    const after = request.after
      ? { firedAt: new Date(String(request.after[0])), id: String(request.after[1]) }
      : undefined;
    if (after && Number.isNaN(after.firedAt.getTime())) {
      throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
    }
    const { rows, totalCount } = await this.repository.listFirings({
      tenantId: principal.tenantId,
      reader,
      unreadOnly,
      limit: request.first + 1,
      after,
    });
    const ids = rows.map((r) => r.id);
    const [deliveries, read] = await Promise.all([
      this.repository.deliveriesOf(ids),
      this.repository.readFiringIds(reader, ids),
    ]);
    const models = rows.map((firing: AlertFiring): AlertFiringModel => ({
      id: firing.id,
      ruleId: firing.ruleId,
      ruleName: firing.ruleName,
      kind: firing.kind,
      severity: firing.severity,
      title: firing.title,
      detail: firing.detail,
      accountId: firing.accountId,
      conditionAt: firing.conditionAt,
      firedAt: firing.firedAt,
      read: read.has(firing.id),
      link: firing.link,
      deliveries: deliveries
        .filter((d) => d.firingId === firing.id)
        .map((d) => ({
          channel: d.channel,
          status: d.status,
          attempts: d.attempts,
          lastError: d.lastError,
          deliveredAt: d.deliveredAt,
        })),
    }));
    return paginate(models, request, totalCount, (row) => [row.firedAt.toISOString(), row.id]);
  }

  unreadCount(principal: Principal): Promise<number> {
    return this.repository.unreadCount(principal.tenantId, readerOf(principal));
  }

  /** Marks the given firings (null = all) read for the caller; other tenants' ids change nothing. */
  markRead(principal: Principal, ids: string[] | null | undefined): Promise<number> {
    return this.repository.markRead(
      principal.tenantId,
      readerOf(principal),
      ids === null || ids === undefined ? null : [...new Set(ids)],
      this.clock.now(),
    );
  }

  async deliverySettings(principal: Principal): Promise<AlertDeliverySettingsModel> {
    return this.settingsView(await this.repository.findSettings(principal.tenantId));
  }

  /** Sets (or, with null, removes) the webhook URL with a new signing secret, shown only in this answer. */
  async updateWebhook(principal: Principal, url: string | null | undefined): Promise<AlertWebhookSecretModel> {
    const trimmed = url?.trim() || null;
    if (trimmed !== null) {
      const problem =
        trimmed.length > 2000
          ? 'at most 2000 characters'
          : webhookUrlProblem(trimmed, this.config.alerts.webhookAllowPrivate);
      if (problem) throw new BadUserInputError([{ path: 'url', message: problem }], 'the webhook URL is not valid');
    }
    const secret = `${SECRET_PREFIX}${randomBytes(24).toString('base64url')}`;
    return this.repository.transaction(async (manager) => {
      const stored = await this.repository.findSettings(principal.tenantId, manager);
      const next: AlertSettings = {
        tenantId: principal.tenantId,
        webhookUrl: trimmed,
        webhookSecret: trimmed === null ? null : secret,
        updatedAt: this.clock.now(),
      };
      await this.repository.saveSettings(next, manager);
      // Never the secret: only the URL and which secret (its hint) is in force.
      await this.audit.record(
        principal,
        {
          action: `${SETTINGS}.update`,
          entityType: SETTINGS,
          entityId: principal.tenantId,
          before: { webhookUrl: stored?.webhookUrl ?? null, webhookSecretHint: hintOf(stored?.webhookSecret) },
          after: { webhookUrl: next.webhookUrl, webhookSecretHint: hintOf(next.webhookSecret) },
        },
        manager,
      );
      return { settings: this.settingsView(next), secret: next.webhookSecret ?? '' };
    });
  }

  evaluateNow(principal: Principal): Promise<number> {
    return this.evaluator.evaluate(principal.tenantId, { throwOnFailure: true });
  }

  private settingsView(settings: AlertSettings | null): AlertDeliverySettingsModel {
    return {
      webhookUrl: settings?.webhookUrl ?? null,
      webhookSecretHint: hintOf(settings?.webhookSecret),
      emailEnabled: this.email.enabled,
    };
  }

  /** Validates the input and that its account ids are the tenant's registered accounts. */
  private async validRule(tenantId: string, input: AlertRuleInput) {
    const data = parseInput(alertRuleSchema, input, 'input');
    const known = new Set(
      (await this.repository.accountsByExternalIds(tenantId, data.accountIds)).map((a) => a.externalId),
    );
    const unknown = data.accountIds
      .map((id, index) => ({ id, index }))
      .filter(({ id }) => !known.has(id))
      .map(({ index }) => ({ path: `input.accountIds.${index}`, message: 'not an account of this tenant' }));
    if (unknown.length) throw new BadUserInputError(unknown);
    return data;
  }
}

function hintOf(secret: string | null | undefined): string | null {
  return secret ? `${secret.slice(0, SECRET_HINT_LENGTH)}…` : null;
}
