import type { CaseState, ViolationFilter, ViolationKind, ViolationSeverity } from '@web/generated/graphql';
import type { FilterState } from '@web/modules/filters/analytics-filter';

export const VIOLATION_KINDS: readonly ViolationKind[] = [
  'NO_CONSENT',
  'AFTER_OPT_OUT',
  'PURPOSE_MISMATCH',
  'OUTSIDE_WINDOW',
  'PROHIBITED_CONTENT',
  'TEMPLATE_MISUSE',
  'FREQUENCY_CAP',
  'QUIET_HOURS',
  'PLATFORM_ENFORCEMENT',
];
export const SEVERITIES: readonly ViolationSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const CASE_STATES: readonly CaseState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'FALSE_POSITIVE'];

/** The assignee parameter's value for "cases nobody owns". */
export const UNASSIGNED = 'none';
/** The drill-down parameter: the violation whose details panel is open. */
export const VIOLATION_PARAM = 'violation';
/** The page's own URL parameters (the period, channel, number and campaign are the global filter's). */
export const VIOLATION_PARAMS = ['kind', 'severity', 'state', 'assignee', 'retracted'] as const;

/** The violations list's own choices as they live in the URL; absent = all. */
export interface ViolationChoices {
  kind: ViolationKind | null;
  severity: ViolationSeverity | null;
  state: CaseState | null;
  /** A user id, UNASSIGNED, or null for anyone. */
  assignee: string | null;
  retracted: boolean;
}

function pick<T extends string>(values: readonly T[], value: string | null): T | null {
  const upper = value?.trim().toUpperCase();
  return values.find((v) => v === upper) ?? null;
}

/** Reads the choices; unknown values are ignored (the list shows everything rather than nothing). */
export function parseChoices(params: URLSearchParams): ViolationChoices {
  return {
    kind: pick(VIOLATION_KINDS, params.get('kind')),
    severity: pick(SEVERITIES, params.get('severity')),
    state: pick(CASE_STATES, params.get('state')),
    assignee: params.get('assignee')?.trim() || null,
    retracted: params.get('retracted') === '1' || params.get('retracted') === 'true',
  };
}

/** New URL parameters with a choice changed; others (the global filter, the open violation) are kept. */
export function withChoice<K extends keyof ViolationChoices>(
  params: URLSearchParams,
  key: K,
  value: ViolationChoices[K],
): URLSearchParams {
  const next = new URLSearchParams(params);
  if (key === 'retracted') {
    if (value) next.set('retracted', '1');
    else next.delete('retracted');
  } else if (value) next.set(key, String(value));
  else next.delete(key);
  return next;
}

/** The API filter for the global filter's period and scope plus the page's choices; null while the dates are invalid. */
export function toViolationFilter(state: FilterState, choices: ViolationChoices): ViolationFilter | null {
  if (state.invalid) return null;
  return {
    from: state.from,
    to: state.to,
    ...(state.channel && { channels: [state.channel] }),
    ...(state.accountId && { accountIds: [state.accountId] }),
    ...(state.campaignId && { campaignIds: [state.campaignId] }),
    ...(choices.kind && { kinds: [choices.kind] }),
    ...(choices.severity && { severities: [choices.severity] }),
    ...(choices.state && { caseStates: [choices.state] }),
    ...(choices.assignee === UNASSIGNED
      ? { unassigned: true }
      : choices.assignee
        ? { assigneeUserIds: [choices.assignee] }
        : {}),
    ...(choices.retracted && { includeRetracted: true }),
  };
}

/**
 * The query string of the server's CSV of every matching violation (GET /v1/compliance/violations.csv): the
 * ViolationFilter's own field names, lists comma-separated.
 */
export function violationsCsvSearch(filter: ViolationFilter): string {
  const params = new URLSearchParams({ from: filter.from, to: filter.to });
  const lists = [
    'kinds',
    'severities',
    'channels',
    'accountIds',
    'campaignIds',
    'caseStates',
    'assigneeUserIds',
  ] as const;
  for (const name of lists) {
    const values = filter[name];
    if (values?.length) params.set(name, values.join(','));
  }
  if (filter.unassigned) params.set('unassigned', 'true');
  if (filter.includeRetracted) params.set('includeRetracted', 'true');
  return params.toString();
}

/** The parameters a saved view keeps: the period, scope and choices, never the open drill-down. */
export const SAVED_VIEW_PARAMS = ['days', 'from', 'to', 'channel', 'account', 'campaign', ...VIOLATION_PARAMS];

/** A saved view's filter as stored: the page's URL state, opaque to the server. */
export function viewFilterFromParams(params: URLSearchParams): Record<string, string> {
  const kept: Record<string, string> = {};
  for (const name of SAVED_VIEW_PARAMS) {
    const value = params.get(name);
    if (value) kept[name] = value;
  }
  return kept;
}

/** The URL parameters for a saved view: its filter replaces the view state; anything else it holds is ignored. */
export function paramsFromViewFilter(filter: unknown): URLSearchParams {
  const next = new URLSearchParams();
  if (!filter || typeof filter !== 'object' || Array.isArray(filter)) return next;
  for (const name of SAVED_VIEW_PARAMS) {
    const value = (filter as Record<string, unknown>)[name];
    if (typeof value === 'string' && value) next.set(name, value);
  }
  return next;
}
