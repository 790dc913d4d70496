import type { CONTENT_TYPES, REFERRAL_KINDS } from '@checkmark/schemas';
import { eventId } from './event-id';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { clip, compact, identifier, list, record, text, type JsonRecord } from './payload-reader';

type ContentType = (typeof CONTENT_TYPES)[number];
type ReceivedPayload = UntenantedEventOf<'message.received'>['payload'];

/**
 * WhatsApp message `type` → canonical content type. System notices (number or identity changed) and reactions keep
 * their own content types: they arrive as messages but are not customer messages for response-time metrics.
 * `unknown` is the older name of `unsupported`. Types not listed (edit, revoke, request_welcome, group, …) are
 * not new customer messages and are skipped.
 */
const CONTENT_TYPES_BY_WA_TYPE: Readonly<Record<string, ContentType>> = {
  text: 'text',
  image: 'image',
  audio: 'audio',
  voice: 'audio',
  video: 'video',
  document: 'document',
  sticker: 'sticker',
  location: 'location',
  contacts: 'contacts',
  interactive: 'interactive',
  button: 'button',
  reaction: 'reaction',
  order: 'order',
  system: 'system',
  unsupported: 'unsupported',
  unknown: 'unsupported',
};

/**
 * The customer key: the phone number (`from` = wa_id) when WhatsApp shares it, else the business-scoped user id
 * (BSUID, `from_user_id` or the sender's `contacts[].user_id`) that username users are known by.
 */
export function senderContactId(message: JsonRecord, contacts: unknown): string | undefined {
  const phone = identifier(message.from);
  if (phone) return phone;
  const bsuid = identifier(message.from_user_id);
  if (bsuid) return bsuid;
  const entries = (list(contacts) ?? []).map(record).filter((c) => c !== undefined);
  return entries.length === 1 ? identifier(entries[0].user_id) : undefined;
}

function messageText(type: string, message: JsonRecord): string | undefined {
  const body = record(message[type]);
  if (!body) return undefined;
  switch (type) {
    case 'text':
      return text(body.body);
    case 'button':
      return text(body.text);
    case 'interactive':
      return text(record(body.button_reply)?.title) ?? text(record(body.list_reply)?.title);
    case 'image':
    case 'video':
    case 'document':
      return text(body.caption);
    case 'reaction':
      // No emoji means the customer removed the reaction.
      return text(body.emoji);
    default:
      return undefined;
  }
}

function replyTo(type: string, message: JsonRecord): string | undefined {
  // A reaction names the message it reacts to; other replies carry `context`.
  const reacted = type === 'reaction' ? identifier(record(message.reaction)?.message_id) : undefined;
  return clip(reacted ?? identifier(record(message.context)?.id), 256);
}

/** Click-to-WhatsApp ad (or boosted post) that opened the chat; only the first message after the click has it. */
function referral(message: JsonRecord): ReceivedPayload['referral'] {
  const ref = record(message.referral);
  if (!ref) return undefined;
  const kind: (typeof REFERRAL_KINDS)[number] = ref.source_type === 'post' ? 'post' : 'ad';
  return compact({
    kind,
    sourceId: clip(identifier(ref.source_id), 256),
    sourceUrl: clip(text(ref.source_url), 2048),
    headline: clip(text(ref.headline), 1024),
    // Absent for ads shown in WhatsApp Status placements.
    clickId: clip(text(ref.ctwa_clid), 512),
  });
}

/** `value.messages[i]` → `message.received`. WhatsApp gives no conversation id for inbound messages. */
export function mapMessage(
  ctx: ChangeContext,
  item: unknown,
  path: string,
  accountId: string,
  contacts: unknown,
): void {
  const message = record(item);
  if (!message) return ctx.sink.skip(path, 'invalid_item');
  const type = text(message.type) ?? '';
  const contentType = CONTENT_TYPES_BY_WA_TYPE[type];
  if (!contentType) return ctx.sink.skip(path, 'unsupported_message_type', type || undefined);
  const wamid = identifier(message.id);
  if (!wamid) return ctx.sink.skip(path, 'missing_message_id');
  const contactId = senderContactId(message, contacts);
  if (!contactId) return ctx.sink.skip(path, 'missing_contact');
  const time = occurredAt(ctx, message.timestamp, path);
  if (!time) return;

  const event: UntenantedEventOf<'message.received'> = {
    id: eventId('msg', wamid),
    type: 'message.received',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId,
    contactId,
    messageId: wamid,
    payload: compact({
      contentType,
      text: clip(messageText(type, message), 65536),
      replyToMessageId: replyTo(type, message),
      referral: referral(message),
    }),
  };
  ctx.sink.emit(event, ctx.wabaId, path);
}
