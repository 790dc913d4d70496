import type { Channel } from '../events';

/** Where a first message came from; `organic` when nothing identifies a source. */
export const TOUCHPOINT_KINDS = [
  'ad',
  'post',
  'deeplink',
  'shortlink',
  'qr',
  'widget',
  'prefill_code',
  'organic',
] as const;
export type TouchpointKind = (typeof TOUCHPOINT_KINDS)[number];

export const UTM_FIELDS = ['source', 'medium', 'campaign', 'term', 'content'] as const;
export type UtmField = (typeof UTM_FIELDS)[number];
export type UtmValues = Partial<Record<UtmField, string>>;

/** The source of a customer's first message, as parsed from its referral, start payload, link and text. */
export interface Touchpoint {
  kind: TouchpointKind;
  eventId: string;
  occurredAt: string;
  channel: Channel;
  accountId: string;
  contactId: string;
  conversationId?: string;
  /** Click-to-WhatsApp / Messenger / Instagram ad id (referral `source_id` / `ad_id`). */
  adId?: string;
  /** Boosted-post id when the referral's source type is a post. */
  postId?: string;
  /** `ctwa_clid` or `fbclid`. */
  clickId?: string;
  headline?: string;
  sourceUrl?: string;
  /** Telegram `/start` payload (or `start=` of a t.me link), exactly as sent. */
  startPayload?: string;
  /** Messenger / Instagram / VK / web `ref`, exactly as sent. */
  ref?: string;
  /** VK `ref_source`. */
  refSource?: string;
  /** Viber `context`, exactly as sent. */
  context?: string;
  /** Key-value pairs carried inside the payload, ref or context (decoded per docs/attribution.md). */
  params?: Record<string, string>;
  utm?: UtmValues;
  /** Codes found in the first message's text or a wa.me link's prefilled `text`. */
  codes?: string[];
}
