import { MESSAGE_STATUSES, PRICING_MODELS, PRICING_TYPES } from '@checkmark/schemas';
import { eventId } from './event-id';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { bool, clip, compact, identifier, list, record, text, type JsonRecord } from './payload-reader';

type StatusPayload = UntenantedEventOf<'message.status'>['payload'];

const STATUSES: ReadonlySet<string> = new Set(MESSAGE_STATUSES);
const PRICING_TYPE_SET: ReadonlySet<string> = new Set(PRICING_TYPES);
const PRICING_MODEL_SET: ReadonlySet<string> = new Set(PRICING_MODELS);

/**
 * Campaign convention for `biz_opaque_callback_data`: the sender puts `campaign:<id>` in it, alone or as one
 * `|`- or `;`-separated segment (e.g. `campaign:spring-sale|agent:42`). Callback data is free-form and businesses
 * use it for order ids and JSON too, so a plain value is never taken for a campaign.
 */
const CAMPAIGN_SEGMENT = /^campaign:(\S{1,128})$/;

export function campaignFromCallbackData(data: unknown): string | undefined {
  if (typeof data !== 'string') return undefined;
  for (const segment of data.split(/[|;]/)) {
    const match = CAMPAIGN_SEGMENT.exec(segment.trim());
    if (match) return match[1];
  }
  return undefined;
}

/** Recipient key, matching the sender key of `message.received`: phone number first, else the BSUID. */
function recipientContactId(status: JsonRecord, contacts: unknown): string | undefined {
  const direct = identifier(status.recipient_id) ?? identifier(status.recipient_user_id);
  if (direct) return direct;
  const entries = (list(contacts) ?? []).map(record).filter((c) => c !== undefined);
  return entries.length === 1 ? (identifier(entries[0].wa_id) ?? identifier(entries[0].user_id)) : undefined;
}

function pricing(ctx: ChangeContext, status: JsonRecord, path: string): StatusPayload['pricing'] {
  const raw = record(status.pricing);
  if (!raw) return undefined;
  const type = text(raw.type);
  // e.g. free_group_customer_service (group sends) has no canonical value yet; keep the rest of the pricing.
  if (type && !PRICING_TYPE_SET.has(type)) ctx.sink.skip(`${path}/pricing/type`, 'field_dropped', type);
  const model = text(raw.pricing_model);
  if (model && !PRICING_MODEL_SET.has(model)) ctx.sink.skip(`${path}/pricing/pricing_model`, 'field_dropped', model);
  const result = compact({
    category: clip(text(raw.category), 64),
    type: type && PRICING_TYPE_SET.has(type) ? (type as (typeof PRICING_TYPES)[number]) : undefined,
    billable: bool(raw.billable),
    model: model && PRICING_MODEL_SET.has(model) ? (model as (typeof PRICING_MODELS)[number]) : undefined,
  });
  return Object.keys(result).length ? result : undefined;
}

/** `value.statuses[i]` → `message.status`; errors only on failed, pricing only on some statuses. */
export function mapStatus(ctx: ChangeContext, item: unknown, path: string, accountId: string, contacts: unknown): void {
  const status = record(item);
  if (!status) return ctx.sink.skip(path, 'invalid_item');
  const wamid = identifier(status.id);
  if (!wamid) return ctx.sink.skip(path, 'missing_message_id');
  const value = text(status.status);
  if (!value || !STATUSES.has(value)) return ctx.sink.skip(path, 'unknown_status', value);
  const contactId = recipientContactId(status, contacts);
  if (!contactId) return ctx.sink.skip(path, 'missing_contact');
  const time = occurredAt(ctx, status.timestamp, path);
  if (!time) return;

  const error = record(list(status.errors)?.[0]);
  const code = error?.code;
  const event: UntenantedEventOf<'message.status'> = {
    // One id per (message, status): redeliveries and repeated identical statuses collapse.
    id: eventId('st', wamid, value),
    type: 'message.status',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId,
    contactId,
    conversationId: clip(identifier(record(status.conversation)?.id), 128),
    messageId: wamid,
    payload: compact({
      status: value as StatusPayload['status'],
      errorCode: typeof code === 'number' && Number.isInteger(code) ? code : clip(identifier(code), 64),
      errorTitle: clip(text(error?.title) ?? text(error?.message), 1024),
      errorDetails: clip(text(record(error?.error_data)?.details), 4096),
      pricing: pricing(ctx, status, path),
      campaignId: campaignFromCallbackData(status.biz_opaque_callback_data),
    }),
  };
  ctx.sink.emit(compact(event), ctx.wabaId, path);
}
