import type { CanonicalEvent, MessageReceivedEvent } from '../events';
import { cleanValue } from './clean-value';
import { urlParameters } from './key-values';
import { MAX_UTM_VALUE, payloadParams, utmFromParams } from './payload-params';
import { DEFAULT_CODE_PATTERN, findCodes, scanningPattern } from './prefill-codes';
import { TOUCHPOINT_KINDS, UTM_FIELDS, type Touchpoint, type TouchpointKind, type UtmValues } from './touchpoint';

export interface ExtractTouchpointOptions {
  /** How a code is written in prefilled text; the first capturing group is the code. Default: `#CODE` or `[ref:CODE]`. */
  codePattern?: RegExp;
  /** Codes to find as whole words in the text even without a marker (campaigns' QR and prefill codes, see textCodesOf). */
  knownCodes?: readonly string[];
}

// The event schema's own bounds: longer values are junk, not sources.
const MAX = { id: 256, clickId: 512, headline: 1024, url: 2048, ref: 512 } as const;
// Telegram accepts 1–64 characters A-Z a-z 0-9 _ - in a start parameter.
const TELEGRAM_START = /^\/start(?:@[A-Za-z0-9_]{1,64})?(?:[ \t]+(\S+))?\s*$/;
const TELEGRAM_PAYLOAD = /^[A-Za-z0-9_-]{1,64}$/;

type Referral = NonNullable<MessageReceivedEvent['payload']['referral']>;

/** The payload of a Telegram `/start <payload>` message; null for any other text, undefined for a bad payload. */
function startCommandPayload(text: string | undefined): string | null | undefined {
  const match = typeof text === 'string' && text.length <= 512 ? TELEGRAM_START.exec(text) : null;
  if (!match) return null;
  return match[1] !== undefined && TELEGRAM_PAYLOAD.test(match[1]) ? match[1] : undefined;
}

function referralUtm(referral: Referral | undefined): UtmValues {
  const utm: UtmValues = {};
  const given = referral?.utm;
  if (given === null || typeof given !== 'object') return utm;
  for (const field of UTM_FIELDS) {
    const value = cleanValue(given[field], MAX_UTM_VALUE);
    if (value !== undefined) utm[field] = value;
  }
  return utm;
}

/** Field by field, the first source that has a value: the referral, then the link's query, then the payload. */
function mergeUtm(...sources: UtmValues[]): UtmValues | undefined {
  const utm: UtmValues = {};
  for (const field of UTM_FIELDS) {
    const value = sources.map((source) => source[field]).find((candidate) => candidate !== undefined);
    if (value !== undefined) utm[field] = value;
  }
  return Object.keys(utm).length > 0 ? utm : undefined;
}

function kindOf(referral: Referral | undefined, found: Partial<Touchpoint>): TouchpointKind {
  const given = referral?.kind;
  if (given && given !== 'organic' && (TOUCHPOINT_KINDS as readonly string[]).includes(given)) return given;
  if (found.startPayload || found.ref || found.context || found.utm) return 'deeplink';
  if (found.codes) return 'prefill_code';
  return 'organic';
}

/**
 * The source of a customer's first message: the referral (ads, links, widgets), the Telegram `/start`
 * payload, Viber context, VK ref, UTM values (also inside a payload or a link) and codes in the text.
 * Null for events that are not customer messages. Junk values (over-long, control characters, bad
 * percent-encoding or base64) are left out; this never throws on event data.
 */
export function extractTouchpoint(event: CanonicalEvent, options: ExtractTouchpointOptions = {}): Touchpoint | null {
  if (event.type !== 'message.received') return null;
  const pattern = scanningPattern(options.codePattern ?? DEFAULT_CODE_PATTERN);
  const { payload, channel } = event;
  const referral = payload.referral !== null && typeof payload.referral === 'object' ? payload.referral : undefined;
  const sourceUrl = cleanValue(referral?.sourceUrl, MAX.url);
  const link = sourceUrl ? urlParameters(sourceUrl) : new Map<string, string>();
  const linkValue = (name: string) => cleanValue(link.get(name), MAX.ref);
  const referralRef = cleanValue(referral?.ref, MAX.ref);
  const sourceId = cleanValue(referral?.sourceId, MAX.id);
  const start = channel === 'telegram' ? startCommandPayload(payload.text) : null;

  const found: Partial<Touchpoint> = {};
  if (referral?.kind === 'ad' && sourceId) found.adId = sourceId;
  if (referral?.kind === 'post' && sourceId) found.postId = sourceId;
  const clickId = cleanValue(referral?.clickId, MAX.clickId) ?? linkValue('ctwa_clid') ?? linkValue('fbclid');
  if (clickId) found.clickId = clickId;
  const headline = cleanValue(referral?.headline, MAX.headline);
  if (headline) found.headline = headline;
  if (sourceUrl) found.sourceUrl = sourceUrl;

  let carrier: string | undefined;
  if (channel === 'telegram') {
    const deepLinkId = referral?.kind === 'deeplink' || referral?.kind === 'widget' ? sourceId : undefined;
    carrier = referralRef ?? start ?? deepLinkId ?? linkValue('start');
    if (carrier) found.startPayload = carrier;
  } else if (channel === 'viber') {
    carrier = referralRef ?? linkValue('context');
    if (carrier) found.context = carrier;
  } else {
    carrier = referralRef ?? linkValue('ref');
    if (carrier) found.ref = carrier;
    const refSource = linkValue('ref_source');
    if (channel === 'vk' && refSource) found.refSource = refSource;
  }
  const params = carrier ? payloadParams(carrier) : new Map<string, string>();
  if (params.size > 0) found.params = Object.fromEntries(params);

  const utm = mergeUtm(referralUtm(referral), utmFromParams(link), utmFromParams(params));
  if (utm) found.utm = utm;

  // A /start command is not prefilled text; a wa.me link's `text` parameter is.
  const texts = [start === null ? payload.text : undefined, link.get('text')].filter(
    (text): text is string => typeof text === 'string',
  );
  const codes = findCodes(texts, pattern, options.knownCodes ?? []);
  if (codes.length > 0) found.codes = codes;

  return {
    kind: kindOf(referral, found),
    eventId: event.id,
    occurredAt: event.occurredAt,
    channel,
    accountId: event.accountId,
    contactId: event.contactId,
    ...(event.conversationId ? { conversationId: event.conversationId } : {}),
    ...found,
  };
}
