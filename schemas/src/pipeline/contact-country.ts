import { parsePhoneNumberFromString } from 'libphonenumber-js';
import metadata from 'libphonenumber-js/metadata.min.json';
import type { Channel } from '../events';

/** Channels whose raw contact id is the customer's phone number (WhatsApp wa_id, SMS MSISDN, Viber by number). */
const PHONE_ID_CHANNELS: ReadonlySet<Channel> = new Set<Channel>(['whatsapp', 'sms', 'viber']);

/** E.164 digits: an optional '+' and 7–15 digits, nothing else (bot user ids and PSIDs never carry a '+'). */
const E164 = /^\+?[1-9]\d{6,14}$/;
const EXPLICIT_E164 = /^\+[1-9]\d{6,14}$/;

const callingCodes: Record<string, readonly string[] | undefined> = metadata.country_calling_codes;

// Parsing costs about 9 µs and a contact sends many events: remember recent numbers (bounded, cleared when full).
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string | undefined>();

/**
 * The ISO 3166-1 alpha-2 country of a raw contact id that is a phone number, from its calling code (and, where
 * several countries share one — NANP +1, +7, +44 — the number ranges libphonenumber knows), or undefined.
 *
 * Only ids that are phone numbers count: on WhatsApp, SMS and Viber a run of digits (optionally '+'); on every
 * other channel only an explicit '+' number, because Telegram and VK user ids, Messenger PSIDs and Instagram ids
 * are digits too and would read as numbers of some country. E-mail addresses and WhatsApp business-scoped user
 * ids ("US.1349…") never match. A number outside the known ranges of a shared calling code falls back to the
 * code's main country (+1 → US, +7 → RU, +44 → GB), as libphonenumber orders them.
 */
export function contactCountryFromId(channel: Channel, rawContactId: string): string | undefined {
  const compact = rawContactId.trim().replace(/[\s().-]/g, '');
  const isPhone = PHONE_ID_CHANNELS.has(channel) ? E164.test(compact) : EXPLICIT_E164.test(compact);
  if (!isPhone) return undefined;
  const digits = compact.startsWith('+') ? compact.slice(1) : compact;
  if (memo.has(digits)) return memo.get(digits);
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const country = countryOfNumber(digits);
  memo.set(digits, country);
  return country;
}

function countryOfNumber(digits: string): string | undefined {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (parsed?.country) return parsed.country;
  const code = parsed?.countryCallingCode;
  const main = code ? callingCodes[code]?.[0] : undefined;
  return main && main !== '001' ? main : undefined;
}
