import type { MessageKey } from '@web/i18n/catalog';
import { isIsoDate } from '@web/lib/dates';
import type { AttributionModel, CampaignDimension } from './campaign-types';

/** The page's own URL parameters; the global filter's (days, from, to, channel…) are kept beside them. */
export const PARAMS = {
  model: 'model',
  group: 'group',
  drill: 'drill',
  drillBy: 'drillBy',
  drillKey: 'drillKey',
  drillDate: 'drillDate',
  drillStatus: 'drillStatus',
} as const;

export const MODELS: ReadonlyArray<{ value: AttributionModel; param: string; label: MessageKey }> = [
  { value: 'LAST_TOUCH', param: 'last-touch', label: 'campaigns.model.LAST_TOUCH' },
  { value: 'FIRST_TOUCH', param: 'first-touch', label: 'campaigns.model.FIRST_TOUCH' },
];
export const DEFAULT_MODEL: AttributionModel = 'LAST_TOUCH';

export const GROUPS: ReadonlyArray<{ value: CampaignDimension; param: string; label: MessageKey }> = [
  { value: 'CAMPAIGN', param: 'campaign', label: 'campaigns.dimension.CAMPAIGN' },
  { value: 'SOURCE', param: 'source', label: 'campaigns.dimension.SOURCE' },
  { value: 'CHANNEL', param: 'channel', label: 'campaigns.dimension.CHANNEL' },
];
export const DEFAULT_GROUP: CampaignDimension = 'CAMPAIGN';

/** Which rows a drill-down lists: the conversations (and their contacts), the conversions, or campaign messages. */
export type DrillRows = 'conversations' | 'conversions' | 'messages';
const DRILL_ROWS: readonly DrillRows[] = ['conversations', 'conversions', 'messages'];
/** Message stages a campaign's messages can be narrowed to (the Engagement API's drill-down status). */
export const MESSAGE_STATUSES = ['sent', 'delivered', 'read'] as const;
export type MessageStatus = (typeof MESSAGE_STATUSES)[number];

/** One chart element or table row whose rows are listed, as it lives in the URL (a reload restores it). */
export interface CampaignDrill {
  rows: DrillRows;
  dimension?: CampaignDimension;
  key?: string;
  date?: string;
  status?: MessageStatus;
}

export interface CampaignsView {
  model: AttributionModel;
  group: CampaignDimension;
  drill: CampaignDrill | null;
}

const byParam = <T>(list: ReadonlyArray<{ value: T; param: string }>, value: string | null) =>
  list.find((entry) => entry.param === value?.toLowerCase())?.value;
const paramOf = <T>(list: ReadonlyArray<{ value: T; param: string }>, value: T) =>
  list.find((entry) => entry.value === value)?.param;

export function parseView(params: URLSearchParams): CampaignsView {
  return {
    model: byParam(MODELS, params.get(PARAMS.model)) ?? DEFAULT_MODEL,
    group: byParam(GROUPS, params.get(PARAMS.group)) ?? DEFAULT_GROUP,
    drill: parseDrill(params),
  };
}

function parseDrill(params: URLSearchParams): CampaignDrill | null {
  const rows = DRILL_ROWS.find((r) => r === params.get(PARAMS.drill));
  if (!rows) return null;
  const dimension = byParam(GROUPS, params.get(PARAMS.drillBy));
  const key = params.get(PARAMS.drillKey);
  const date = params.get(PARAMS.drillDate);
  const status = MESSAGE_STATUSES.find((s) => s === params.get(PARAMS.drillStatus));
  const drill: CampaignDrill = {
    rows,
    ...(dimension && key !== null && { dimension, key }),
    ...(isIsoDate(date) && { date }),
    ...(rows === 'messages' && status && { status }),
  };
  // Messages are listed per campaign only; a bare list of every row of the period is no chart element.
  if (rows === 'messages' && drill.dimension !== 'CAMPAIGN') return null;
  if (!drill.dimension && !drill.date) return null;
  return drill;
}

/** New URL parameters for a change of the view; defaults are left out so plain links stay short. */
export function withView(params: URLSearchParams, patch: Partial<CampaignsView>): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (name: string, value: string | undefined) =>
    value === undefined ? next.delete(name) : next.set(name, value);
  if (patch.model) set(PARAMS.model, patch.model === DEFAULT_MODEL ? undefined : paramOf(MODELS, patch.model));
  if (patch.group) set(PARAMS.group, patch.group === DEFAULT_GROUP ? undefined : paramOf(GROUPS, patch.group));
  if (patch.drill !== undefined) {
    const drill = patch.drill;
    set(PARAMS.drill, drill?.rows);
    set(PARAMS.drillBy, drill?.dimension && paramOf(GROUPS, drill.dimension));
    set(PARAMS.drillKey, drill?.dimension ? drill.key : undefined);
    set(PARAMS.drillDate, drill?.date);
    set(PARAMS.drillStatus, drill?.status);
  }
  return next;
}

/** A stable identity for a drill-down, so its list starts again at page 1 for another element. */
export function drillIdentity(drill: CampaignDrill): string {
  return [drill.rows, drill.dimension, drill.key, drill.date, drill.status].map((v) => v ?? '').join('|');
}
