import { Injectable } from '@nestjs/common';
import type { ViolationKind, ViolationSeverity } from '@checkmark/schemas/compliance';
import type {
  DetectedViolation,
  DetectionContext,
  DetectionRange,
  ViolationDetector,
} from '../compliance/detection/violation-detector';
import { ConsentRepository } from './consent.repository';
import type { ConsentViolationRow } from './queries/consent-violations.query';

type ConsentKind = ConsentViolationRow['kind'];

const SEVERITY: Record<ConsentKind, ViolationSeverity> = {
  AFTER_OPT_OUT: 'high',
  PURPOSE_MISMATCH: 'medium',
  NO_CONSENT: 'high',
};

/** Built-in rule versions; no tenant setting changes these rules, so no settings revision is appended. */
export const CONSENT_RULE_VERSIONS: Record<ConsentKind, string> = {
  AFTER_OPT_OUT: 'AFTER_OPT_OUT@1',
  PURPOSE_MISMATCH: 'PURPOSE_MISMATCH@1',
  NO_CONSENT: 'NO_CONSENT@1',
};

/**
 * AFTER_OPT_OUT, PURPOSE_MISMATCH and NO_CONSENT in one query over the consent at send time (the shared
 * consent-at-send definition), so a message gets at most one of them, in that order.
 */
@Injectable()
export class ConsentViolationDetector implements ViolationDetector {
  readonly kinds: readonly ViolationKind[] = ['AFTER_OPT_OUT', 'PURPOSE_MISMATCH', 'NO_CONSENT'];

  constructor(private readonly repository: ConsentRepository) {}

  async detect(ctx: DetectionContext, range: DetectionRange): Promise<DetectedViolation[]> {
    const rows = await this.repository.violations(ctx.tenantId, range);
    return rows.map(toDetectedViolation);
  }
}

export function toDetectedViolation(row: ConsentViolationRow): DetectedViolation {
  const sentMs = Number(row.sent_ms);
  return {
    kind: row.kind,
    severity: SEVERITY[row.kind],
    ruleVersion: CONSENT_RULE_VERSIONS[row.kind],
    key: `${row.kind}:${row.message_id}`,
    occurredAt: new Date(sentMs),
    channel: row.channel,
    accountId: row.account_id,
    contactId: row.contact_id,
    messageId: row.message_id,
    eventId: row.event_id,
    campaignId: row.campaign_id || null,
    templateName: row.template_name || null,
    evidence: evidenceOf(row, sentMs),
  };
}

function evidenceOf(row: ConsentViolationRow, sentMs: number): Record<string, unknown> {
  const consentEvent =
    row.evidence_event_id === ''
      ? null
      : {
          eventId: row.evidence_event_id,
          at: new Date(Number(row.evidence_ms)).toISOString(),
          action: row.evidence_action,
          method: row.evidence_method,
          purpose: row.evidence_purpose,
        };
  const common = {
    purpose: row.purpose,
    businessInitiated: row.business_initiated,
    templateCategory: row.template_category || null,
    lastInboundAt: row.last_inbound_ms === '' ? null : new Date(Number(row.last_inbound_ms)).toISOString(),
    marketingState: row.marketing_state,
    serviceState: row.service_state,
    blocked: row.blocked,
  };
  switch (row.kind) {
    case 'AFTER_OPT_OUT':
      return {
        ...common,
        optOut: consentEvent,
        delaySeconds: consentEvent ? Math.max(0, Math.round((sentMs - Number(row.evidence_ms)) / 1000)) : null,
      };
    case 'PURPOSE_MISMATCH':
      return { ...common, serviceOptIn: consentEvent };
    case 'NO_CONSENT':
      return { ...common, consentEvent };
  }
}
