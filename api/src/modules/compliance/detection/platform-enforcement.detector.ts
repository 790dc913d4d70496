import { Injectable } from '@nestjs/common';
import type { ViolationSeverity } from '@checkmark/schemas/compliance';
import type { PlatformEnforcementRow } from '../queries/platform-enforcement.query';
import { DetectionWarehouseRepository } from './detection-warehouse.repository';
import { ruleVersion } from './rule-versions';
import type { DetectedViolation, DetectionContext, DetectionRange, ViolationDetector } from './violation-detector';

/** Policy alerts that take an account down or restrict it for breaking the rules. */
const CRITICAL_ALERTS = new Set(['ACCOUNT_VIOLATION', 'DISABLED_UPDATE']);

/** PLATFORM_ENFORCEMENT: one violation per enforcement event the platform reported (key = event id). */
@Injectable()
export class PlatformEnforcementDetector implements ViolationDetector {
  readonly kinds = ['PLATFORM_ENFORCEMENT'] as const;

  constructor(private readonly warehouse: DetectionWarehouseRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const rows = await this.warehouse.platformEnforcement(ctx.tenantId, range);
    const version = ruleVersion('PLATFORM_ENFORCEMENT');
    return rows.map((row) => ({
      kind: 'PLATFORM_ENFORCEMENT',
      severity: severityOf(row),
      ruleVersion: version,
      key: `PLATFORM_ENFORCEMENT:${row.event_id}`,
      occurredAt: new Date(Number(row.occurred_at_ms)),
      channel: row.channel,
      accountId: row.account_id,
      contactId: '',
      messageId: null,
      eventId: row.event_id,
      campaignId: null,
      templateName: row.template_name || null,
      evidence: evidenceOf(row),
    }));
  }
}

function severityOf(row: PlatformEnforcementRow): ViolationSeverity {
  return row.type === 'account.policy_alert' && CRITICAL_ALERTS.has(row.alert_kind) ? 'critical' : 'high';
}

function evidenceOf(row: PlatformEnforcementRow): Record<string, unknown> {
  const or = (value: string) => value || null;
  switch (row.type) {
    case 'account.policy_alert':
      return { eventType: row.type, alertKind: row.alert_kind, detail: parseDetail(row.detail) };
    case 'account.quality_changed':
      return {
        eventType: row.type,
        status: or(row.status),
        qualityEvent: or(row.quality_event),
        qualityRating: or(row.quality_rating),
      };
    default:
      return {
        eventType: row.type,
        status: or(row.status),
        templateLanguage: or(row.template_language),
        reason: or(row.reason),
      };
  }
}

function parseDetail(raw: string): unknown {
  try {
    return raw === '' ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}
