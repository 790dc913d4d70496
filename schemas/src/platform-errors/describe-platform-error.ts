import type { PlatformErrorDescription, PlatformErrorEntry } from './platform-error';
import { PLATFORM_ERROR_CATALOG } from './platform-error-catalog';

const keyOf = (channel: string, code: string) => `${channel}\u0000${code.toLowerCase()}`;

/** Entries by channel and code; several when a platform splits one code by title. */
const BY_CODE = new Map<string, PlatformErrorEntry[]>();
/** Entries by channel and alias (a subcode or status name names one reason, whatever the title). */
const BY_ALIAS = new Map<string, PlatformErrorEntry>();
for (const entry of PLATFORM_ERROR_CATALOG) {
  const key = keyOf(entry.channel, entry.code);
  BY_CODE.set(key, [...(BY_CODE.get(key) ?? []), entry]);
  for (const alias of entry.aliases ?? []) BY_ALIAS.set(keyOf(entry.channel, alias), entry);
}

function clean(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Among entries sharing a code, the one whose title text the platform's title contains, else the plain one. */
function pick(candidates: readonly PlatformErrorEntry[], platformTitle: string | null): PlatformErrorEntry | undefined {
  const title = platformTitle?.toLowerCase() ?? '';
  const specific = candidates.find((e) => e.whenTitleContains && title.includes(e.whenTitleContains.toLowerCase()));
  return specific ?? candidates.find((e) => !e.whenTitleContains);
}

/**
 * Explains a failed message's error code for one channel. Codes are per channel (Messenger's 10 is not WhatsApp's
 * 10). Never throws: anything the catalog does not describe comes back as `known: false` with the platform's own
 * title, and no meaning is made up for it.
 */
export function describePlatformError(
  channel: string,
  code: string | number | null | undefined,
  title?: string | null,
): PlatformErrorDescription {
  const platformTitle = clean(title);
  const normalisedCode = clean(code) ?? '';
  const key = keyOf(channel, normalisedCode);
  const candidates = normalisedCode === '' ? undefined : BY_CODE.get(key);
  const entry = candidates ? pick(candidates, platformTitle) : BY_ALIAS.get(key);
  if (!entry) return { known: false, channel, code: normalisedCode, platformTitle };
  return { ...entry, known: true, platformTitle };
}
