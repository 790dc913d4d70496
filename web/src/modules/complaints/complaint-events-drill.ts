import type { ComplaintDrillDown, ComplaintKind } from '@web/generated/graphql';
import type { Translate } from '@web/i18n/translate';
import type { Formatters } from '@web/lib/format';

/** The URL parameter that holds the open complaint list, so a reload or a shared link reopens it. */
export const EVENTS_PARAM = 'events';

const KINDS: readonly ComplaintKind[] = [
  'BLOCK',
  'REPORT_SPAM',
  'MARKETING_STOP',
  'NEGATIVE_FEEDBACK',
  'UNSUBSCRIBE_REQUEST',
];
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A stable identity for a complaint list, so the pager starts again at page 1 for another selection. */
export function complaintDrillKey(d: ComplaintDrillDown): string {
  return [d.date, d.kind, d.reason].map((v) => (v === null || v === undefined ? '-' : `=${v}`)).join('|');
}

/**
 * The complaint list as a readable URL value: `date:2026-03-09`, `kind:report_spam`, `reason:too%20many%20offers`
 * (`reason:` = without a reason), parts joined by `;`; values percent-encoded. `all` = every complaint of the period.
 */
export function complaintDrillToParam(d: ComplaintDrillDown): string {
  const parts: Array<[string, string | null | undefined]> = [
    ['date', d.date],
    ['kind', d.kind?.toLowerCase()],
    ['reason', d.reason],
  ];
  const written = parts
    .filter(([, value]) => value !== null && value !== undefined)
    .map(([name, value]) => `${name}:${encodeURIComponent(String(value))}`);
  return written.length > 0 ? written.join(';') : 'all';
}

/** Reads a value written by `complaintDrillToParam`; anything malformed opens nothing rather than a wrong list. */
export function complaintDrillFromParam(value: string | null): ComplaintDrillDown | null {
  if (!value) return null;
  if (value === 'all') return {};
  const drill: ComplaintDrillDown = {};
  for (const part of value.split(';')) {
    const colon = part.indexOf(':');
    if (colon < 1) return null;
    const name = part.slice(0, colon);
    let raw: string;
    try {
      raw = decodeURIComponent(part.slice(colon + 1));
    } catch {
      return null;
    }
    const kind = KINDS.find((k) => k.toLowerCase() === raw);
    if (name === 'date' && DATE.test(raw) && drill.date === undefined) drill.date = raw;
    else if (name === 'kind' && kind && drill.kind === undefined) drill.kind = kind;
    else if (name === 'reason' && drill.reason === undefined) drill.reason = raw;
    else return null;
  }
  return drill;
}

/** The caption of a complaint list from the drill-down alone: "Spam reports, recorded on 9 Mar 2026". */
export function describeComplaintDrill(d: ComplaintDrillDown, t: Translate, fmt: Formatters): string {
  const parts = [
    d.kind ? t(`complaints.kind.${d.kind}`) : null,
    d.reason === null || d.reason === undefined
      ? null
      : d.reason === ''
        ? t('complaints.drill.noReason')
        : t('complaints.drill.reason', { reason: d.reason }),
    d.date ? t('complaints.drill.date', { date: fmt.date(d.date) }) : null,
  ].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(', ') : t('complaints.drill.all');
}
