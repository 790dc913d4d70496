import { MESSAGING_LIMIT_NUMBERS, MESSAGING_LIMITS, QUALITY_EVENTS, type MessagingLimit } from '@checkmark/schemas';
import { eventId } from './event-id';
import { managementAccount } from './management-account';
import type { UntenantedEventOf } from './mapping-result';
import { WHATSAPP_ENVELOPE, type ChangeContext } from './mapping-sink';
import { occurredAt } from './occurred-at';
import { compact, text, type JsonRecord } from './payload-reader';

type QualityPayload = UntenantedEventOf<'account.quality_changed'>['payload'];

const LIMIT_NAMES: ReadonlySet<string> = new Set(MESSAGING_LIMITS);
const QUALITY_EVENT_SET: ReadonlySet<string> = new Set(QUALITY_EVENTS);
const LIMIT_SIZES = new Map<MessagingLimit, number>(
  Object.entries(MESSAGING_LIMIT_NUMBERS).map(([size, name]) => [name, Number(size)]),
);

/**
 * Messaging limits come as TIER_* names, as integers (250, 2000, …, -1 for unlimited) or, on Meta's
 * "upcoming changes" page, as "UNLIMITED"; all are emitted as the TIER_* name.
 */
function messagingLimit(ctx: ChangeContext, raw: unknown, path: string): MessagingLimit | undefined {
  if (raw === undefined || raw === null) return undefined;
  if (typeof raw === 'string' && LIMIT_NAMES.has(raw)) return raw as MessagingLimit;
  if (raw === 'UNLIMITED') return 'TIER_UNLIMITED';
  const size = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : NaN;
  const named = MESSAGING_LIMIT_NUMBERS[size];
  if (named) return named;
  ctx.sink.skip(path, 'field_dropped', typeof raw === 'string' ? raw : JSON.stringify(raw));
  return undefined;
}

/** The limit as a number of unique customers per 24 h (-1 unlimited); TIER_NOT_SET has none. */
function dailyConversations(limit: MessagingLimit | undefined): number | undefined {
  return limit ? LIMIT_SIZES.get(limit) : undefined;
}

/**
 * Legacy quality events imply the number's state: FLAGGED means quality fell to low (RED) and the number is
 * Flagged; UNFLAGGED means it is Connected again (medium or high, which the payload does not say, so no rating).
 * Other events (limit and throughput changes) say nothing about quality.
 */
function qualityFromEvent(event: string | undefined): Pick<QualityPayload, 'qualityRating' | 'status'> {
  if (event === 'FLAGGED') return { qualityRating: 'RED', status: 'FLAGGED' };
  if (event === 'UNFLAGGED') return { status: 'CONNECTED' };
  return {};
}

/**
 * `phone_number_quality_update` → `account.quality_changed` with scope `phone`: the webhook is about one number
 * (display_phone_number). messagingLimit is current_limit, or, in payloads after current_limit's removal (Feb
 * 2026), max_daily_conversations_per_business: since Oct 2025 the portfolio's limit is the limit every number of
 * it has. The portfolio limit is also kept as maxDailyConversations, with the WABA as portfolioId (the webhook
 * does not carry the business portfolio id).
 */
export function mapPhoneNumberQuality(ctx: ChangeContext, value: JsonRecord): void {
  const account = managementAccount(ctx, value);
  const time = occurredAt(ctx, undefined, ctx.path);
  if (!time) return;
  const event = text(value.event);
  if (event && !QUALITY_EVENT_SET.has(event)) ctx.sink.skip(`${ctx.path}/event`, 'field_dropped', event);
  const current = messagingLimit(ctx, value.current_limit, `${ctx.path}/current_limit`);
  const portfolio = messagingLimit(
    ctx,
    value.max_daily_conversations_per_business,
    `${ctx.path}/max_daily_conversations_per_business`,
  );
  const result: UntenantedEventOf<'account.quality_changed'> = {
    id: eventId('qual', account.subject, event ?? 'LIMIT', time.key),
    type: 'account.quality_changed',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId: account.accountId,
    payload: compact({
      scope: 'phone' as const,
      ...qualityFromEvent(event),
      event: event && QUALITY_EVENT_SET.has(event) ? (event as QualityPayload['event']) : undefined,
      messagingLimit: current ?? portfolio,
      previousLimit: messagingLimit(ctx, value.old_limit, `${ctx.path}/old_limit`),
      maxDailyConversations: dailyConversations(portfolio),
      portfolioId: ctx.wabaId,
    }),
  };
  ctx.sink.emit(result, ctx.wabaId, ctx.path);
}

/**
 * `business_capability_update` → `account.quality_changed` with scope `portfolio` on the WABA: it names no number
 * and max_daily_conversations_per_business is the business portfolio's limit. Older payloads carry only
 * max_daily_conversation_per_phone (the per-number cap that applied to every number of the WABA before Oct 2025),
 * used when the portfolio value is absent. Payloads with neither (only phone-number counts) are skipped.
 */
export function mapBusinessCapability(ctx: ChangeContext, value: JsonRecord): void {
  const portfolio = messagingLimit(
    ctx,
    value.max_daily_conversations_per_business,
    `${ctx.path}/max_daily_conversations_per_business`,
  );
  const limit =
    portfolio ??
    messagingLimit(ctx, value.max_daily_conversation_per_phone, `${ctx.path}/max_daily_conversation_per_phone`);
  const account = managementAccount(ctx, value);
  if (!limit) return ctx.sink.skip(ctx.path, 'no_messaging_limit');
  const time = occurredAt(ctx, undefined, ctx.path);
  if (!time) return;
  const result: UntenantedEventOf<'account.quality_changed'> = {
    id: eventId('cap', account.subject, time.key),
    type: 'account.quality_changed',
    occurredAt: time.iso,
    ...WHATSAPP_ENVELOPE,
    accountId: account.accountId,
    payload: compact({
      scope: 'portfolio' as const,
      messagingLimit: limit,
      maxDailyConversations: dailyConversations(limit),
      portfolioId: ctx.wabaId,
    }),
  };
  ctx.sink.emit(result, ctx.wabaId, ctx.path);
}
