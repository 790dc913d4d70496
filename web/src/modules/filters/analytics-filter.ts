import type { AnalyticsFilter, Channel } from '@web/generated/graphql';
import { channelFromParam } from '@web/lib/channels';
import { addDays, daysBetween, isIsoDate, todayIn, type IsoDate } from '@web/lib/dates';

export const PRESETS = [7, 30, 90] as const;
export type Preset = (typeof PRESETS)[number];
export const DEFAULT_PRESET: Preset = 30;
export const MAX_DAYS = 367;

/** The analytics filter as it lives in the URL: `days` (a preset ending today) or `from`+`to`, and one id per dimension. */
export interface FilterState {
  preset: Preset | null;
  from: IsoDate;
  to: IsoDate;
  channel: Channel | null;
  accountId: string | null;
  campaignId: string | null;
  agentId: string | null;
  /** Why the dates cannot be queried, when they cannot. */
  invalid: 'ORDER' | 'TOO_LONG' | null;
}

/** The URL parameters the filter owns; other parameters (a page's own) are left alone. */
export const FILTER_PARAMS = ['days', 'from', 'to', 'channel', 'account', 'campaign', 'agent'] as const;

export function parseFilter(params: URLSearchParams, timeZone: string, now: Date = new Date()): FilterState {
  const today = todayIn(timeZone, now);
  const from = params.get('from');
  const to = params.get('to');
  const dims = {
    channel: channelFromParam(params.get('channel')),
    accountId: params.get('account') || null,
    campaignId: params.get('campaign') || null,
    agentId: params.get('agent') || null,
  };
  if (isIsoDate(from) && isIsoDate(to)) {
    const invalid = from > to ? 'ORDER' : daysBetween(from, to) > MAX_DAYS ? 'TOO_LONG' : null;
    return { preset: null, from, to, ...dims, invalid };
  }
  const days = Number(params.get('days'));
  const preset = PRESETS.find((p) => p === days) ?? DEFAULT_PRESET;
  return { preset, from: addDays(today, 1 - preset), to: today, ...dims, invalid: null };
}

export function toAnalyticsFilter(state: FilterState): AnalyticsFilter | null {
  if (state.invalid) return null;
  return {
    from: state.from,
    to: state.to,
    ...(state.channel && { channels: [state.channel] }),
    ...(state.accountId && { accountIds: [state.accountId] }),
    ...(state.campaignId && { campaignIds: [state.campaignId] }),
    ...(state.agentId && { agentIds: [state.agentId] }),
  };
}

export type FilterPatch =
  | { preset: Preset }
  | { from: IsoDate; to: IsoDate }
  | { channel: Channel | null }
  | { accountId: string | null }
  | { campaignId: string | null }
  | { agentId: string | null }
  /** Drops these filters at once (those a page does not apply). */
  | { clear: readonly ('channel' | 'accountId' | 'campaignId' | 'agentId')[] };

const PARAM_OF = { channel: 'channel', accountId: 'account', campaignId: 'campaign', agentId: 'agent' } as const;

/** New URL parameters for a change; parameters that are not the filter's are kept. */
export function applyFilterPatch(params: URLSearchParams, patch: FilterPatch): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | null) => (value ? next.set(name, value) : next.delete(name));
  if ('preset' in patch) {
    next.delete('from');
    next.delete('to');
    set('days', patch.preset === DEFAULT_PRESET ? null : String(patch.preset));
  } else if ('from' in patch) {
    next.delete('days');
    set('from', patch.from);
    set('to', patch.to);
  } else if ('clear' in patch) {
    for (const field of patch.clear) next.delete(PARAM_OF[field]);
  } else if ('channel' in patch) set('channel', patch.channel?.toLowerCase() ?? null);
  else if ('accountId' in patch) set('account', patch.accountId);
  else if ('campaignId' in patch) set('campaign', patch.campaignId);
  else set('agent', patch.agentId);
  return next;
}

/** Only the filter's parameters, for links between analytics pages. */
export function filterSearch(params: URLSearchParams): string {
  const kept = new URLSearchParams();
  for (const name of FILTER_PARAMS) {
    const value = params.get(name);
    if (value) kept.set(name, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}
