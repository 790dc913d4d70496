import type { CanonicalEvent } from '@checkmark/schemas';
import type { AnalyticsScope } from '../modules/overview/analytics-scope';

/** An unfiltered scope over Monday 10 – Tuesday 11 March 2025 (the week before as the previous period). */
export function analyticsScope(
  scope: Pick<AnalyticsScope, 'tenantId' | 'timeZone'> & Partial<AnalyticsScope>,
): AnalyticsScope {
  return {
    period: { from: '2025-03-10', to: '2025-03-11' },
    previousPeriod: { from: '2025-03-08', to: '2025-03-09' },
    channels: null,
    accountIds: null,
    campaignKeys: null,
    agentIds: null,
    ...scope,
  };
}

/** One event of contact c_1 on WhatsApp number wa_1; `extra` adds the type's fields (messageId, payload…). */
export function whatsappEvent(
  tenantId: string,
  id: string,
  type: string,
  occurredAt: string,
  extra: Record<string, unknown>,
): CanonicalEvent {
  return {
    id,
    tenantId,
    type,
    occurredAt,
    channel: 'whatsapp',
    accountId: 'wa_1',
    contactId: 'c_1',
    source: 'fixture',
    schemaVersion: 1,
    ...extra,
  } as CanonicalEvent;
}
