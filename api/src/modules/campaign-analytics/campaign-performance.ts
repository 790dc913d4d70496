import type { Channel } from '@checkmark/schemas';
import type { CampaignView } from '../campaigns/campaigns.service';
import type { MarketingSettingsValue } from '../marketing-settings/marketing-settings-value';
import { toReportingCurrency } from '../marketing-settings/money';
import { datesOf, type AnalyticsScope } from '../overview/analytics-scope';
import { AttributionModel, CampaignDimension, TouchpointKind } from './dtos/campaign-analytics.enums';
import type {
  CampaignDayModel,
  CampaignPerformanceModel,
  CampaignPerformanceRowModel,
} from './dtos/campaign-performance.model';
import type { CampaignMessagesRow } from './queries/campaign-messages.query';
import type { ConversationStatsRow } from './queries/conversation-stats.query';
import type { ConversionStatsRow } from './queries/conversion-stats.query';

export const MAX_ROWS = 200;
export const ORGANIC_KEY = 'organic';

const SOURCE_LABELS: Record<string, string> = {
  ad: 'Ad',
  post: 'Boosted post',
  deeplink: 'Deep link',
  shortlink: 'Short link',
  qr: 'QR code',
  widget: 'Web widget',
  prefill_code: 'Prefilled code',
  organic: 'Organic',
  campaign_reply: 'Reply to a campaign message',
};

/** The GraphQL touchpoint kind of a warehouse kind ('' and unknown kinds read as organic). */
export function touchpointKindOf(kind: string): TouchpointKind {
  const value = kind.toUpperCase() as TouchpointKind;
  return Object.values(TouchpointKind).includes(value) ? value : TouchpointKind.ORGANIC;
}

export interface PerformanceInput {
  scope: AnalyticsScope;
  dimension: CampaignDimension;
  model: AttributionModel;
  settings: MarketingSettingsValue;
  campaigns: readonly CampaignView[];
  conversations: readonly ConversationStatsRow[];
  messages: readonly CampaignMessagesRow[];
  conversions: readonly ConversionStatsRow[];
}

interface Money {
  amount: number;
  /** Whether any amount could be converted (a sum of nothing converted is unknown, not 0). */
  known: boolean;
  unconverted: Set<string>;
}

/** Adds an amount in the reporting currency and returns it; without a rate it is left out and its currency noted. */
function convertInto(money: Money, amount: number, currency: string, settings: MarketingSettingsValue): number {
  const converted = toReportingCurrency(amount, currency, settings);
  if (converted === null) {
    money.unconverted.add(currency.trim().toUpperCase());
    return 0;
  }
  money.amount += converted;
  money.known = true;
  return converted;
}

/**
 * Campaigns whose spend belongs in the scope: the campaign filter; with a channel (account) filter, only
 * campaigns bound to one of its channels (accounts) — a campaign on several channels cannot be split.
 */
function campaignsInScope(scope: AnalyticsScope, campaigns: readonly CampaignView[]): CampaignView[] {
  return campaigns.filter(
    (c) =>
      (scope.campaignKeys === null || scope.campaignKeys.includes(c.key)) &&
      (scope.channels === null || (c.channel !== null && scope.channels.includes(c.channel as Channel))) &&
      (scope.accountIds === null || (c.account !== null && scope.accountIds.includes(c.account.externalId))),
  );
}

function spendDaysInPeriod(campaign: CampaignView, scope: AnalyticsScope) {
  return campaign.spend.filter((day) => day.date >= scope.period.from && day.date <= scope.period.to);
}

const ratio = (a: number | null, b: number | null): number | null =>
  a === null || b === null || b === 0 ? null : a / b;

/** Rounds away binary-fraction noise of summed money (to 1e-6 of a unit). */
const money = (value: number): number => Math.round(value * 1e6) / 1e6;

/** Builds the Campaigns page answer from the query rows; no I/O. */
export function buildPerformance(input: PerformanceInput): Omit<CampaignPerformanceModel, 'windowDays' | 'asOf'> {
  const { scope, dimension, settings } = input;
  const unconverted = new Set<string>();
  const byKey = new Map(input.campaigns.map((c) => [c.key, c]));
  const scoped = campaignsInScope(scope, input.campaigns);

  // Spend per group key (campaign key, or channel for channel rows), null = no spend recorded in the period.
  const spendByGroup = new Map<string, Money>();
  const spendByDay = new Map<string, number>();
  let totalSpend: Money | null = null;
  for (const campaign of scoped) {
    const days = spendDaysInPeriod(campaign, scope);
    if (days.length === 0) continue;
    const group =
      dimension === CampaignDimension.CAMPAIGN
        ? campaign.key
        : dimension === CampaignDimension.CHANNEL
          ? campaign.channel
          : null;
    totalSpend ??= { amount: 0, known: false, unconverted };
    const groupMoney = group === null ? null : (spendByGroup.get(group) ?? { amount: 0, known: false, unconverted });
    if (group !== null && groupMoney !== null) spendByGroup.set(group, groupMoney);
    for (const day of days) {
      const converted = convertInto(totalSpend, day.amount, campaign.currency, settings);
      spendByDay.set(day.date, (spendByDay.get(day.date) ?? 0) + converted);
      if (groupMoney !== null) convertInto(groupMoney, day.amount, campaign.currency, settings);
    }
  }

  const revenueOf = (rows: readonly ConversionStatsRow[]) => {
    const revenue: Money = { amount: 0, known: false, unconverted };
    let conversions = 0;
    for (const row of rows) {
      conversions += row.conversions;
      if (row.valued > 0) convertInto(revenue, row.value, row.currency, settings);
    }
    return { conversions, revenue: money(revenue.amount) };
  };

  const row = (key: string): CampaignPerformanceRowModel => {
    const stats = input.conversations.find((r) => r.key === key && r.day === '');
    const sent = input.messages.find((r) => r.key === key);
    const { conversions, revenue } = revenueOf(input.conversions.filter((r) => r.key === key && r.day === ''));
    const spendMoney = key === '' ? totalSpend : (spendByGroup.get(key) ?? null);
    const spend = spendMoney?.known ? money(spendMoney.amount) : null;
    const conversations = stats?.conversations ?? 0;
    return {
      key,
      ...describe(key, dimension, byKey),
      conversations,
      uniqueContacts: stats?.unique_contacts ?? 0,
      newOptIns: stats?.new_opt_ins ?? 0,
      messagesSent: sent?.sent ?? 0,
      replies: sent?.replies ?? 0,
      conversions,
      revenue,
      spend,
      costPerConversation: ratio(spend, conversations),
      costPerConversion: ratio(spend, conversions),
      roas: spend === null || spend === 0 ? null : revenue / spend,
    };
  };

  const keys = new Set<string>();
  for (const r of input.conversations) if (r.key !== '') keys.add(r.key);
  for (const r of input.messages) if (r.key !== '') keys.add(r.key);
  for (const r of input.conversions) if (r.key !== '') keys.add(r.key);
  for (const key of spendByGroup.keys()) keys.add(key);

  const rows = [...keys]
    .map(row)
    .sort((a, b) => b.conversions - a.conversions || b.conversations - a.conversations || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_ROWS);
  const total = row('');

  const days: CampaignDayModel[] = datesOf(scope.period).map((date) => {
    const { conversions, revenue } = revenueOf(input.conversions.filter((r) => r.key === '' && r.day === date));
    return {
      date,
      conversations: input.conversations.find((r) => r.key === '' && r.day === date)?.conversations ?? 0,
      conversions,
      revenue,
      spend: money(spendByDay.get(date) ?? 0),
    };
  });

  return {
    period: scope.period,
    timeZone: scope.timeZone,
    model: input.model,
    currency: settings.reportingCurrency,
    unconvertedCurrencies: [...unconverted].sort(),
    total,
    rows,
    days,
  };
}

/** Label and typed identity of a row: its campaign, channel or source kind. */
function describe(
  key: string,
  dimension: CampaignDimension,
  campaigns: ReadonlyMap<string, CampaignView>,
): Pick<CampaignPerformanceRowModel, 'label' | 'campaign' | 'channel' | 'sourceKind'> {
  const none = { campaign: null, channel: null, sourceKind: null };
  if (key === '') return { label: 'Total', ...none };
  if (dimension === CampaignDimension.CHANNEL) return { label: key, ...none, channel: key as Channel };
  if (dimension === CampaignDimension.SOURCE) {
    return { label: SOURCE_LABELS[key] ?? key, ...none, sourceKind: touchpointKindOf(key) };
  }
  if (key === ORGANIC_KEY) return { label: 'Organic', ...none, sourceKind: TouchpointKind.ORGANIC };
  const campaign = campaigns.get(key) ?? null;
  return { label: campaign?.name ?? key, ...none, campaign, channel: (campaign?.channel as Channel | null) ?? null };
}
