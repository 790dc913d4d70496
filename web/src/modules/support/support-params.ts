import type { SlaKind, SupportGroupBy, SupportMetric, TimeBasis } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

/** The page's own URL parameters; the global filter's (days, from, to, channel…) are kept beside them. */
export const PARAMS = {
  basis: 'basis',
  group: 'group',
  trend: 'trend',
  metric: 'metric',
  breach: 'breach',
  breachBy: 'breachBy',
  breachKey: 'breachKey',
} as const;

interface Option<T> {
  value: T;
  param: string;
  label: MessageKey;
}

export const BASES: ReadonlyArray<Option<TimeBasis>> = [
  { value: 'CALENDAR', param: 'calendar', label: 'support.basis.CALENDAR' },
  { value: 'BUSINESS', param: 'business', label: 'support.basis.BUSINESS' },
];

export type SupportGrouping = Extract<SupportGroupBy, 'TEAM' | 'CHANNEL' | 'ACCOUNT'>;
export const GROUPS: ReadonlyArray<Option<SupportGrouping>> = [
  { value: 'TEAM', param: 'team', label: 'support.group.TEAM' },
  { value: 'CHANNEL', param: 'channel', label: 'support.group.CHANNEL' },
  { value: 'ACCOUNT', param: 'account', label: 'support.group.ACCOUNT' },
];

export type TrendPeriod = Extract<SupportGroupBy, 'DAY' | 'WEEK'>;
export const TRENDS: ReadonlyArray<Option<TrendPeriod>> = [
  { value: 'DAY', param: 'day', label: 'support.trend.DAY' },
  { value: 'WEEK', param: 'week', label: 'support.trend.WEEK' },
];

export const METRICS: ReadonlyArray<Option<SupportMetric>> = [
  { value: 'FIRST_RESPONSE', param: 'first-response', label: 'support.metric.FIRST_RESPONSE' },
  { value: 'REPLY', param: 'reply', label: 'support.metric.REPLY' },
  { value: 'RESOLUTION', param: 'resolution', label: 'support.metric.RESOLUTION' },
];

export const SLA_KINDS: ReadonlyArray<Option<SlaKind>> = [
  { value: 'FIRST_RESPONSE', param: 'first-response', label: 'support.sla.FIRST_RESPONSE' },
  { value: 'NEXT_REPLY', param: 'next-reply', label: 'support.sla.NEXT_REPLY' },
  { value: 'RESOLUTION', param: 'resolution', label: 'support.sla.RESOLUTION' },
];

/** Whose breaching conversations are listed: everyone's, one agent's or one team's. */
export type BreachScope = 'agent' | 'team';

/** The open list of conversations that missed a target, as it lives in the URL (a reload reopens it). */
export interface BreachDrill {
  kind: SlaKind;
  by?: BreachScope;
  key?: string;
}

export interface SupportView {
  basis: TimeBasis;
  group: SupportGrouping;
  trend: TrendPeriod;
  metric: SupportMetric;
  breach: BreachDrill | null;
}

// Business hours by default: agents are compared on the time they are on duty, as the SLA targets usually are.
export const DEFAULT_VIEW: Omit<SupportView, 'breach'> = {
  basis: 'BUSINESS',
  group: 'TEAM',
  trend: 'DAY',
  metric: 'FIRST_RESPONSE',
};

const byParam = <T>(list: ReadonlyArray<Option<T>>, value: string | null) =>
  list.find((entry) => entry.param === value?.toLowerCase())?.value;
const paramOf = <T>(list: ReadonlyArray<Option<T>>, value: T) => list.find((entry) => entry.value === value)?.param;

export function parseView(params: URLSearchParams): SupportView {
  return {
    basis: byParam(BASES, params.get(PARAMS.basis)) ?? DEFAULT_VIEW.basis,
    group: byParam(GROUPS, params.get(PARAMS.group)) ?? DEFAULT_VIEW.group,
    trend: byParam(TRENDS, params.get(PARAMS.trend)) ?? DEFAULT_VIEW.trend,
    metric: byParam(METRICS, params.get(PARAMS.metric)) ?? DEFAULT_VIEW.metric,
    breach: parseBreach(params),
  };
}

function parseBreach(params: URLSearchParams): BreachDrill | null {
  const kind = byParam(SLA_KINDS, params.get(PARAMS.breach));
  if (!kind) return null;
  const by = params.get(PARAMS.breachBy);
  const key = params.get(PARAMS.breachKey);
  // A scope without its key (or an unknown scope) lists everyone's breaches rather than nothing.
  if ((by === 'agent' || by === 'team') && key) return { kind, by, key };
  return { kind };
}

/** New URL parameters for a change of the view; defaults are left out so plain links stay short. */
export function withView(params: URLSearchParams, patch: Partial<SupportView>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | undefined) =>
    value === undefined ? next.delete(name) : next.set(name, value);
  const option = <T>(name: string, list: ReadonlyArray<Option<T>>, value: T | undefined, fallback: T) => {
    if (value !== undefined) set(name, value === fallback ? undefined : paramOf(list, value));
  };
  option(PARAMS.basis, BASES, patch.basis, DEFAULT_VIEW.basis);
  option(PARAMS.group, GROUPS, patch.group, DEFAULT_VIEW.group);
  option(PARAMS.trend, TRENDS, patch.trend, DEFAULT_VIEW.trend);
  option(PARAMS.metric, METRICS, patch.metric, DEFAULT_VIEW.metric);
  if (patch.breach !== undefined) {
    const breach = patch.breach;
    set(PARAMS.breach, breach ? paramOf(SLA_KINDS, breach.kind) : undefined);
    set(PARAMS.breachBy, breach?.key ? breach.by : undefined);
    set(PARAMS.breachKey, breach?.by ? breach.key : undefined);
  }
  return next;
}

/** A stable identity for a breach list, so it starts again at page 1 for another figure. */
export function breachIdentity(breach: BreachDrill): string {
  return [breach.kind, breach.by, breach.key].map((v) => v ?? '').join('|');
}
