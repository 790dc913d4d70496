import { extractTouchpoint } from '../attribution/extract-touchpoint';
import type { CanonicalEvent, MessageReceivedEvent } from '../events';
import { MESSAGING_LIMIT_NUMBERS } from '../events/types/account-quality-changed';
import { toClickHouseDateTime } from './datetime';
import type { EventRow } from './event-row';

const EMPTY: Omit<
  EventRow,
  | 'id'
  | 'tenant_id'
  | 'type'
  | 'occurred_at'
  | 'channel'
  | 'account_id'
  | 'contact_id'
  | 'contact_country'
  | 'conversation_id'
  | 'message_id'
  | 'source'
  | 'schema_version'
  | 'payload'
> = {
  status: '',
  error_code: '',
  error_title: '',
  content_type: '',
  language: '',
  related_message_id: '',
  sender_kind: '',
  agent_id: '',
  team_id: '',
  is_template: false,
  template_name: '',
  template_language: '',
  template_category: '',
  previous_template_category: '',
  campaign_id: '',
  referral_kind: '',
  referral_source_id: '',
  referral_ref: '',
  referral_click_id: '',
  utm_source: '',
  utm_medium: '',
  utm_campaign: '',
  touch_kind: '',
  touch_ad_id: '',
  touch_click_id: '',
  touch_payload: '',
  touch_ref: '',
  touch_ref_source: '',
  touch_context: '',
  touch_utm_source: '',
  touch_utm_medium: '',
  touch_utm_campaign: '',
  touch_utm_term: '',
  touch_utm_content: '',
  touch_codes: [],
  pricing_category: '',
  pricing_type: '',
  pricing_model: '',
  billable: null,
  conversation_action: '',
  consent_action: '',
  consent_purpose: '',
  consent_method: '',
  complaint_kind: '',
  reason: '',
  survey_kind: '',
  score: null,
  conversion_kind: '',
  order_id: '',
  conversion_value: null,
  currency: '',
  quality_scope: '',
  quality_rating: '',
  previous_quality_rating: '',
  quality_event: '',
  messaging_limit: '',
  previous_messaging_limit: '',
  alert_kind: '',
  text: '',
};

// The pipeline already maps integer limits to TIER_*; the sink still accepts either spelling.
function tier(limit: string | number | undefined): string {
  if (limit === undefined) return '';
  return typeof limit === 'number' ? (MESSAGING_LIMIT_NUMBERS[limit] ?? String(limit)) : limit;
}

// Most customer messages carry no referral, no code marker (# or [ref:) and no Telegram /start: they are
// organic without running the parser, which keeps the ingest hot path cheap. A spec checks this agrees with
// extractTouchpoint.
const CODE_MARKER = /[#[]/;

function plainMessage(event: MessageReceivedEvent): boolean {
  const { referral, text } = event.payload;
  if (referral !== undefined) return false;
  if (typeof text !== 'string') return true;
  return !CODE_MARKER.test(text) && !(event.channel === 'telegram' && text.trimStart().startsWith('/start'));
}

/**
 * The message's source parsed once at ingest (docs/attribution.md): what campaign matching reads, so queries
 * never parse payloads. Campaign QR / prefill codes without a marker depend on the tenant's campaigns and are
 * found at query time; only the default-pattern codes are kept here.
 */
function touchFields(event: MessageReceivedEvent): Partial<EventRow> {
  if (plainMessage(event)) return { touch_kind: 'organic' };
  const touch = extractTouchpoint(event);
  if (!touch) return {};
  return {
    touch_kind: touch.kind,
    touch_ad_id: touch.adId ?? '',
    touch_click_id: touch.clickId ?? '',
    touch_payload: touch.startPayload ?? '',
    touch_ref: touch.ref ?? '',
    touch_ref_source: touch.refSource ?? '',
    touch_context: touch.context ?? '',
    touch_utm_source: touch.utm?.source ?? '',
    touch_utm_medium: touch.utm?.medium ?? '',
    touch_utm_campaign: touch.utm?.campaign ?? '',
    touch_utm_term: touch.utm?.term ?? '',
    touch_utm_content: touch.utm?.content ?? '',
    touch_codes: touch.codes ?? [],
  };
}

/** The payload fields a type promotes to columns; the rest of the row is empty for that type. */
export function promotedFields(event: CanonicalEvent): Partial<EventRow> {
  switch (event.type) {
    case 'message.received': {
      const p = event.payload;
      const r = p.referral;
      return {
        content_type: p.contentType,
        text: p.text ?? '',
        language: p.language ?? '',
        related_message_id: p.replyToMessageId ?? '',
        referral_kind: r?.kind ?? '',
        referral_source_id: r?.sourceId ?? '',
        referral_ref: r?.ref ?? '',
        referral_click_id: r?.clickId ?? '',
        utm_source: r?.utm?.source ?? '',
        utm_medium: r?.utm?.medium ?? '',
        utm_campaign: r?.utm?.campaign ?? '',
        ...touchFields(event),
      };
    }
    case 'message.sent': {
      const p = event.payload;
      return {
        sender_kind: p.sender.kind,
        agent_id: p.sender.agentId ?? '',
        team_id: p.sender.teamId ?? '',
        is_template: p.isTemplate,
        template_name: p.templateName ?? '',
        template_language: p.templateLanguage ?? '',
        template_category: p.templateCategory ?? '',
        campaign_id: p.campaignId ?? '',
        content_type: p.contentType,
        text: p.text ?? '',
      };
    }
    case 'message.status': {
      const p = event.payload;
      return {
        status: p.status,
        error_code: p.errorCode === undefined ? '' : String(p.errorCode),
        error_title: p.errorTitle ?? '',
        pricing_category: p.pricing?.category ?? '',
        pricing_type: p.pricing?.type ?? '',
        pricing_model: p.pricing?.model ?? '',
        billable: p.pricing?.billable ?? null,
        campaign_id: p.campaignId ?? '',
      };
    }
    case 'conversation.updated':
      return {
        conversation_action: event.payload.action,
        agent_id: event.payload.agentId ?? '',
        team_id: event.payload.teamId ?? '',
      };
    case 'consent.updated':
      return {
        consent_action: event.payload.action,
        consent_purpose: event.payload.purpose,
        consent_method: event.payload.method,
      };
    case 'complaint.recorded': {
      const p = event.payload;
      return {
        complaint_kind: p.kind,
        reason: p.reason ?? '',
        related_message_id: p.relatedMessageId ?? '',
        template_name: p.templateName ?? '',
        campaign_id: p.campaignId ?? '',
      };
    }
    case 'survey.answered':
      return {
        survey_kind: event.payload.survey,
        score: event.payload.score,
        agent_id: event.payload.agentId ?? '',
        text: event.payload.comment ?? '',
      };
    case 'account.quality_changed': {
      const p = event.payload;
      return {
        quality_scope: p.scope,
        quality_rating: p.qualityRating ?? '',
        status: p.status ?? '',
        quality_event: p.event ?? '',
        messaging_limit: tier(p.messagingLimit),
        previous_messaging_limit: tier(p.previousLimit),
      };
    }
    case 'template.updated': {
      const p = event.payload;
      return {
        template_name: p.templateName,
        template_language: p.language,
        template_category: p.category ?? '',
        previous_template_category: p.previousCategory ?? '',
        status: p.status ?? '',
        quality_rating: p.quality ?? '',
        previous_quality_rating: p.previousQuality ?? '',
        reason: p.reason ?? '',
      };
    }
    case 'account.policy_alert':
      return { alert_kind: event.payload.kind };
    case 'conversion.recorded': {
      const p = event.payload;
      return {
        conversion_kind: p.kind,
        order_id: p.orderId ?? '',
        conversion_value: p.value ?? null,
        currency: p.currency ?? '',
      };
    }
  }
}

/** Maps a validated canonical event to its `events` row: envelope, promoted payload fields and the full payload JSON. */
export function eventToRow(event: CanonicalEvent): EventRow {
  return {
    id: event.id,
    tenant_id: event.tenantId,
    type: event.type,
    occurred_at: toClickHouseDateTime(event.occurredAt),
    channel: event.channel,
    account_id: event.accountId ?? '',
    contact_id: 'contactId' in event ? (event.contactId ?? '') : '',
    contact_country: 'contactCountry' in event ? (event.contactCountry ?? '') : '',
    conversation_id: event.conversationId ?? '',
    message_id: event.messageId ?? '',
    source: event.source,
    schema_version: event.schemaVersion,
    ...EMPTY,
    ...promotedFields(event),
    payload: JSON.stringify(event.payload),
  };
}
