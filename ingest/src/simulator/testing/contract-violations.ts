import type { CanonicalEvent, ConsentUpdatedEvent, MessageSentEvent } from '@checkmark/schemas';
import { principalTimeZone, type ViolationKind } from '@checkmark/schemas/compliance';
import { contactCountryFromId } from '@checkmark/schemas/pipeline';

const HOUR = 3_600_000;
const WINDOW_MS = 24 * HOUR;
const WINDOW_CHANNELS = new Set(['whatsapp', 'messenger', 'instagram']);

export interface ContractSettings {
  tenantTimeZone: string;
  frequencyCap: number;
  frequencyWindowMs: number;
  /** Quiet window [start, end) in minutes of the local day; may wrap midnight. */
  quietStartMinute: number;
  quietEndMinute: number;
}

export const DEFAULT_CONTRACT_SETTINGS: Omit<ContractSettings, 'tenantTimeZone'> = {
  frequencyCap: 2,
  frequencyWindowMs: 24 * HOUR,
  quietStartMinute: 21 * 60,
  quietEndMinute: 8 * 60,
};

/** The kinds this reference decides; content kinds need the classifier and are checked against it elsewhere. */
export const ORACLE_KINDS: readonly ViolationKind[] = [
  'NO_CONSENT',
  'AFTER_OPT_OUT',
  'PURPOSE_MISMATCH',
  'OUTSIDE_WINDOW',
  'FREQUENCY_CAP',
  'QUIET_HOURS',
  'PLATFORM_ENFORCEMENT',
];

export interface ContractViolation {
  kind: ViolationKind;
  key: string;
}

type State = 'granted' | 'withdrawn' | 'none';

interface Timed<E> {
  ms: number;
  e: E;
}

const byTimeThenId = <E extends { id: string }>(a: Timed<E>, b: Timed<E>) =>
  a.ms - b.ms || (a.e.id < b.e.id ? -1 : a.e.id > b.e.id ? 1 : 0);

function localMinute(formats: Map<string, Intl.DateTimeFormat>, zone: string, ms: number): number {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(zone, format);
  }
  const parts = format.formatToParts(ms);
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return part('hour') * 60 + part('minute');
}

function purposeOf(e: MessageSentEvent): 'marketing' | 'service' {
  const category = e.payload.templateCategory?.toLowerCase() ?? '';
  if (category === 'marketing') return 'marketing';
  if (category === '' && (e.payload.sender.kind === 'campaign' || e.payload.campaignId)) return 'marketing';
  return 'service';
}

function isEnforcement(e: CanonicalEvent): boolean {
  switch (e.type) {
    case 'account.policy_alert':
      return true;
    case 'account.quality_changed':
      return (
        e.payload.status === 'FLAGGED' ||
        e.payload.status === 'RESTRICTED' ||
        e.payload.event === 'FLAGGED' ||
        e.payload.event === 'DOWNGRADE'
      );
    case 'template.updated':
      return e.payload.status === 'PAUSED' || e.payload.status === 'DISABLED';
    default:
      return false;
  }
}

/**
 * A plain, slow reading of the compliance definitions (docs/compliance.md) over canonical events as emitted:
 * every violation of the kinds in {@link ORACLE_KINDS}, keyed like the detection engine keys them. The simulator's
 * tests hold its ground truth against it; it shares no code with the detectors on purpose.
 */
export function contractViolations(events: readonly CanonicalEvent[], settings: ContractSettings): ContractViolation[] {
  const unique = new Map<string, CanonicalEvent>();
  for (const e of events) if (!unique.has(e.id)) unique.set(e.id, e);
  const consents = new Map<string, Timed<ConsentUpdatedEvent>[]>();
  const received = new Map<string, number[]>();
  const receivedOnChannel = new Map<string, number[]>();
  const sends: Timed<MessageSentEvent>[] = [];
  const found: ContractViolation[] = [];
  const push = <K>(map: Map<string, K[]>, key: string, value: K) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const e of unique.values()) {
    const ms = Date.parse(e.occurredAt);
    if (isEnforcement(e)) found.push({ kind: 'PLATFORM_ENFORCEMENT', key: `PLATFORM_ENFORCEMENT:${e.id}` });
    if (e.type === 'consent.updated') push(consents, `${e.channel}|${e.contactId}`, { ms, e });
    if (e.type === 'message.received' && e.payload.contentType !== 'system' && e.payload.contentType !== 'reaction') {
      push(received, `${e.channel}|${e.accountId}|${e.contactId}`, ms);
      push(receivedOnChannel, `${e.channel}|${e.contactId}`, ms);
    }
    if (e.type === 'message.sent') sends.push({ ms, e });
  }
  for (const list of consents.values()) list.sort(byTimeThenId);
  sends.sort(byTimeThenId);
  const marketingTimes = new Map<string, number[]>();
  const formats = new Map<string, Intl.DateTimeFormat>();
  for (const { ms, e } of sends) {
    const contactKey = `${e.channel}|${e.contactId}`;
    const key = (kind: ViolationKind) => ({ kind, key: `${kind}:${e.messageId}` });
    const history = (consents.get(contactKey) ?? []).filter((c) => c.ms <= ms);
    const state = (purpose: 'marketing' | 'service'): State => {
      for (let i = history.length - 1; i >= 0; i--) {
        const p = history[i].e.payload;
        if (p.purpose === purpose || p.purpose === 'all') return p.action === 'opt_in' ? 'granted' : 'withdrawn';
      }
      return 'none';
    };
    const latest = history.at(-1);
    const blocked =
      latest !== undefined &&
      latest.e.payload.action === 'opt_out' &&
      latest.e.payload.method === 'block' &&
      !(receivedOnChannel.get(contactKey) ?? []).some((t) => t > latest.ms && t <= ms);
    const lastInbound = Math.max(
      -Infinity,
      ...(received.get(`${e.channel}|${e.accountId}|${e.contactId}`) ?? []).filter((t) => t <= ms),
    );
    const outside = ms - lastInbound > WINDOW_MS;
    const businessInitiated = e.payload.isTemplate || outside;
    const purpose = purposeOf(e);
    const marketing = purpose === 'marketing';
    if (blocked || (marketing && state('marketing') === 'withdrawn')) found.push(key('AFTER_OPT_OUT'));
    else if (marketing && state('marketing') === 'none' && state('service') === 'granted')
      found.push(key('PURPOSE_MISMATCH'));
    else if (businessInitiated && state(purpose) !== 'granted') found.push(key('NO_CONSENT'));
    if (!e.payload.isTemplate && WINDOW_CHANNELS.has(e.channel) && outside) found.push(key('OUTSIDE_WINDOW'));
    if (!marketing) continue;
    const times = marketingTimes.get(contactKey) ?? [];
    times.push(ms);
    marketingTimes.set(contactKey, times);
    if (times.filter((t) => t > ms - settings.frequencyWindowMs).length > settings.frequencyCap)
      found.push(key('FREQUENCY_CAP'));
    const country = e.contactCountry ?? contactCountryFromId(e.channel, e.contactId);
    const zone = (country && principalTimeZone(country)) ?? settings.tenantTimeZone;
    const minute = localMinute(formats, zone, ms);
    const { quietStartMinute: start, quietEndMinute: end } = settings;
    if (start < end ? minute >= start && minute < end : minute >= start || minute < end) found.push(key('QUIET_HOURS'));
  }
  return found;
}
