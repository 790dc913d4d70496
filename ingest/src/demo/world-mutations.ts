import type { Campaign, SimAccount, World } from '../simulator';
import {
  COUNTRIES,
  DEMO_BUSINESS_HOURS,
  DEMO_SLA_TARGETS,
  DEMO_TIME_ZONE,
  SIM_CHANNELS,
  type SimChannel,
  type SlaKind,
} from '../simulator/world';

/** GraphQL input shapes from contract.graphql, as the demo seeder sends them. */
export interface BusinessAccountInput {
  channel: string;
  externalId: string;
  wabaId?: string;
  displayPhoneNumber?: string;
  displayName: string;
  verified: boolean;
}
export interface TeamInput {
  name: string;
  externalId: string;
}
export interface AgentInput {
  externalId: string;
  name: string;
  email: string;
  teamId: string;
  active: boolean;
}
export interface CampaignCodeInput {
  kind: string;
  value: string;
}
export interface CampaignInput {
  key: string;
  name: string;
  channel: string;
  accountId: string;
  sourceKind: string;
  codes: CampaignCodeInput[];
  templateName?: string;
  startsOn: string;
  endsOn: string;
  currency: string;
}
export interface DailySpendInput {
  date: string;
  amount: number;
}
export interface TenantSettingsInput {
  timeZone: string;
  businessHours: { dayOfWeek: number; opens: string; closes: string }[];
}

export interface SlaTargetInput {
  kind: SlaKind;
  minutes: number;
  basis: 'BUSINESS' | 'CALENDAR';
}
export interface MonitoringSettingsInput {
  tierEra: 'AUTO' | 'LEGACY' | 'ERA_2023' | 'PORTFOLIO_2025';
  complaintSpikeThreshold: number | null;
}
export type AlertKind =
  | 'QUALITY_DROP'
  | 'STATUS_FLAGGED'
  | 'STATUS_RESTRICTED'
  | 'TIER_CHANGE'
  | 'COMPLAINT_SPIKE'
  | 'SLA_BELOW_TARGET'
  | 'NPS_DROP'
  | 'COMPLIANCE_VIOLATION';
export interface AlertRuleInput {
  kind: AlertKind;
  name: string;
  enabled: boolean;
  threshold: number | null;
  accountIds: string[];
  emailRecipients: string[];
  notifyWebhook: boolean;
}

const DAY_MS = 86_400_000;

export type CaseAction = 'ACKNOWLEDGE' | 'RESOLVE';
/** One bulk case change of the demo: the open consent violations of one week of the period. */
export interface DemoCaseChange {
  action: CaseAction;
  comment: string;
  from: string;
  to: string;
}

/** Consent kinds the demo's compliance officer has worked on. */
export const DEMO_HANDLED_KINDS = ['NO_CONSENT', 'AFTER_OPT_OUT', 'PURPOSE_MISMATCH'] as const;

/**
 * How far Northwind's compliance officer got: consent violations older than two weeks were reviewed and
 * resolved, those of the week before were acknowledged, the latest are still open — so "have they been handled"
 * has all three answers on the demo. Week by week, as a bulk change of all matching cases is capped.
 */
export function demoCaseChanges(startMs: number, endMs: number): DemoCaseChange[] {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  const changes: DemoCaseChange[] = [];
  const resolvedUntil = endMs - 14 * DAY_MS;
  const acknowledgedUntil = endMs - 7 * DAY_MS;
  for (let from = startMs; from < acknowledgedUntil; from += 7 * DAY_MS) {
    const to = Math.min(from + 7 * DAY_MS, acknowledgedUntil) - DAY_MS;
    if (to < from) break;
    const week = { from: day(from), to: day(to) };
    changes.push({ action: 'ACKNOWLEDGE', comment: 'Reviewed with the campaign owner.', ...week });
    if (from + 7 * DAY_MS <= resolvedUntil) {
      changes.push({
        action: 'RESOLVE',
        comment: 'Contacts removed from the broadcast lists; the opt-in wording of the web form fixed.',
        ...week,
      });
    }
  }
  return changes;
}

/** The demo company (Northwind) sits in Berlin and answers on weekdays and Saturday mornings. */
export function demoTenantSettings(): TenantSettingsInput {
  return { timeZone: DEMO_TIME_ZONE, businessHours: DEMO_BUSINESS_HOURS.map((h) => ({ ...h })) };
}

/** Northwind's support targets (the simulator's ground truth measures the planted SLA misses against them). */
export function demoSlaTargets(): SlaTargetInput[] {
  return DEMO_SLA_TARGETS.map((t) => ({ ...t }));
}

/** The limit rule of the era in force on each date, and spikes judged against the trailing mean + 3σ. */
export function demoMonitoringSettings(): MonitoringSettingsInput {
  return { tierEra: 'AUTO', complaintSpikeThreshold: null };
}

/**
 * One alert rule per kind, over every account, shown in the dashboard only (no webhook or e-mail: the demo has
 * neither). The thresholds sit between the demo's ordinary days and its planted incidents: a team below 60% of
 * any SLA target on a day (the backlog days), NPS down 30 points or more week on week (the planted week).
 */
export function demoAlertRules(): AlertRuleInput[] {
  const rule = (kind: AlertKind, name: string, threshold: number | null = null): AlertRuleInput => ({
    kind,
    name,
    enabled: true,
    threshold,
    accountIds: [],
    emailRecipients: [],
    notifyWebhook: false,
  });
  return [
    rule('QUALITY_DROP', 'Quality rating dropped'),
    rule('STATUS_FLAGGED', 'Number flagged'),
    rule('STATUS_RESTRICTED', 'Number restricted'),
    rule('TIER_CHANGE', 'Messaging limit changed'),
    rule('COMPLAINT_SPIKE', 'Complaint spike'),
    rule('SLA_BELOW_TARGET', 'Team below 60% of an SLA target', 60),
    rule('NPS_DROP', 'NPS fell 30 points in a week', 30),
    rule('COMPLIANCE_VIOLATION', 'New high-severity compliance violations'),
  ];
}

export interface MarketingSettingsInput {
  reportingCurrency: string;
  exchangeRates: { currency: string; rate: number }[];
  messagePrices: { channel: string; category: string; price: number }[];
}

/** Euros for one unit of each currency the simulated campaigns and customers use (fixed, about mid-2025). */
const EUR_RATES: Readonly<Record<string, number>> = {
  BRL: 0.16,
  GBP: 1.17,
  PLN: 0.235,
  RUB: 0.0108,
  UAH: 0.0207,
};

/**
 * Euros per billable message, about 2025 list prices for a German sender. WhatsApp per category (per-message
 * pricing; service replies are free); other channels one price for every message: SMS through a gateway, Viber
 * business messages, e-mail through a sending service; Telegram, Messenger, Instagram and VK charge nothing.
 */
const MESSAGE_PRICES: Readonly<Record<SimChannel, Readonly<Record<string, number>>>> = {
  whatsapp: { marketing: 0.1131, utility: 0.0456, authentication: 0.0636, service: 0 },
  sms: { any: 0.075 },
  viber: { any: 0.025 },
  email: { any: 0.0009 },
  telegram: { any: 0 },
  messenger: { any: 0 },
  instagram: { any: 0 },
  vk: { any: 0 },
};

/**
 * The demo's marketing settings: reports in euros, a rate for every other currency the simulator's campaigns and
 * conversions use, and message prices for every simulated channel.
 */
export function demoMarketingSettings(world: World): MarketingSettingsInput {
  const currencies = new Set([...world.campaigns.map((c) => c.currency), ...COUNTRIES.map((c) => c.currency)]);
  currencies.delete('EUR');
  return {
    reportingCurrency: 'EUR',
    exchangeRates: [...currencies].sort().map((currency) => {
      const rate = EUR_RATES[currency];
      if (rate === undefined) throw new Error(`no demo exchange rate for ${currency}`);
      return { currency, rate };
    }),
    messagePrices: SIM_CHANNELS.flatMap((channel) =>
      Object.entries(MESSAGE_PRICES[channel]).map(([category, price]) => ({
        channel: channel.toUpperCase(),
        category,
        price,
      })),
    ),
  };
}

/** Key identifying a business account across runs: events carry (channel, account id). */
export function accountKey(channel: string, externalId: string): string {
  return `${channel.toUpperCase()}:${externalId}`;
}

export function businessAccountInput(account: SimAccount): BusinessAccountInput {
  return {
    channel: account.channel.toUpperCase(),
    externalId: account.id,
    ...(account.wabaId ? { wabaId: account.wabaId } : {}),
    ...(account.displayPhoneNumber ? { displayPhoneNumber: `+${account.displayPhoneNumber}` } : {}),
    displayName: account.name,
    // WhatsApp numbers of the demo business are verified (green tick); other channels have no such notion.
    verified: account.channel === 'whatsapp',
  };
}

/** Teams keyed by the team id events carry, so team analytics can join events to them. */
export function teamInputs(world: World): TeamInput[] {
  return world.teams.map((t) => ({ name: t.name, externalId: t.id }));
}

/** An ASCII mailbox from a display name: "Lucía Martín" → "lucia.martin". */
function mailbox(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '.')
    .replace(/^\.|\.$/g, '');
}

/** Agents as the API stores them; `teamIds` maps the simulator's team id to the created Team.id. */
export function agentInputs(world: World, teamIds: ReadonlyMap<string, string>): AgentInput[] {
  return world.agents.map((agent) => {
    const teamId = teamIds.get(agent.teamId);
    if (!teamId) throw new Error(`no team created for ${agent.teamId}`);
    return {
      externalId: agent.id,
      name: agent.name,
      email: `${mailbox(agent.name)}@northwind.example`,
      teamId,
      active: true,
    };
  });
}

export function campaignCodes(campaign: Campaign): CampaignCodeInput[] {
  const { codes } = campaign;
  const out: CampaignCodeInput[] = [];
  for (const adId of codes.adIds ?? []) out.push({ kind: 'AD_ID', value: adId });
  if (codes.deepLinkPayload) out.push({ kind: 'DEEP_LINK_PAYLOAD', value: codes.deepLinkPayload });
  if (codes.ref) out.push({ kind: 'REF', value: codes.ref });
  if (codes.context) out.push({ kind: 'CONTEXT', value: codes.context });
  if (codes.qrCode) out.push({ kind: 'QR_CODE', value: codes.qrCode });
  if (codes.utm) {
    out.push({ kind: 'UTM_SOURCE', value: codes.utm.source });
    out.push({ kind: 'UTM_MEDIUM', value: codes.utm.medium });
    out.push({ kind: 'UTM_CAMPAIGN', value: codes.utm.campaign });
  }
  return out;
}

const isoDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `accountIds` maps accountKey(channel, externalId) to the created BusinessAccount.id. */
export function campaignInput(
  campaign: Campaign,
  startMs: number,
  accountIds: ReadonlyMap<string, string>,
): CampaignInput {
  const accountId = accountIds.get(accountKey(campaign.channel, campaign.accountId));
  if (!accountId) throw new Error(`no business account created for ${campaign.channel} ${campaign.accountId}`);
  return {
    // The key is what events carry as campaignId, so analytics join spend and attribution to the traffic.
    key: campaign.id,
    name: campaign.name,
    channel: campaign.channel.toUpperCase(),
    accountId,
    sourceKind: campaign.sourceKind.toUpperCase(),
    codes: campaignCodes(campaign),
    ...(campaign.templateName ? { templateName: campaign.templateName } : {}),
    startsOn: isoDate(startMs + campaign.startDay * DAY_MS),
    endsOn: isoDate(startMs + campaign.endDay * DAY_MS),
    currency: campaign.currency,
  };
}

export function campaignSpend(campaign: Campaign): DailySpendInput[] {
  return campaign.dailySpend.map((d) => ({ date: d.date, amount: d.amount }));
}
