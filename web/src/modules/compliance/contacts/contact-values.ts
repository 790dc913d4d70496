/** The wall-clock reading of an instant in a time zone, as a datetime-local input shows it ("YYYY-MM-DDTHH:MM"). */
export function toLocalInput(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, timeZone: string): number {
  const local = toLocalInput(new Date(instant), timeZone);
  const seconds = new Date(instant).getUTCSeconds() * 1000 + new Date(instant).getUTCMilliseconds();
  return Date.parse(`${local}:00Z`) + seconds - instant;
}

/**
 * A datetime-local value read as a wall clock in the zone → the ISO instant, or null when it is not one. The last
 * second of the minute is meant ("at 14:05" includes what happened during 14:05), since states count events at or
 * before the instant. A time the clocks skip (spring forward) is read with the offset before the change.
 */
export function fromLocalInput(value: string, timeZone: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!match) return null;
  const asUtc = Date.parse(`${value}:59.999Z`);
  if (Number.isNaN(asUtc)) return null;
  // Two passes settle the offset next to a change of offset.
  let instant = asUtc - offsetAt(asUtc, timeZone);
  instant = asUtc - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** Where the server renders a contact's consent ledger as PDF or CSV (admin and compliance only). */
export function ledgerDownloadUrl(
  contactId: string,
  format: 'pdf' | 'csv',
  channel: string | null,
  lang: string,
): string {
  const params = new URLSearchParams();
  if (channel) params.set('channel', channel.toLowerCase());
  if (format === 'pdf') params.set('lang', lang);
  const query = params.toString();
  return `/v1/compliance/contacts/${encodeURIComponent(contactId)}/ledger.${format}${query ? `?${query}` : ''}`;
}
