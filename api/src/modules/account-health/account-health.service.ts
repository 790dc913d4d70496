import { MESSAGING_LIMITS, QUALITY_RATINGS, type Channel } from '@checkmark/schemas';
import { tierProgress, type QualityRating, type TierEra, type TierProgress } from '@checkmark/schemas/analytics';
import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { NotFoundError } from '../../common/errors/not-found.error';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import { MonitoringSettingsService } from '../monitoring-settings/monitoring-settings.service';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { AccountHealthRepository, TIER_CHANNEL } from './account-health.repository';
import type { AccountHealthModel } from './dtos/account-health.model';
import type { AccountQualityChangeModel } from './dtos/account-quality-change.model';
import type { TierProgressModel } from './dtos/tier-progress.model';
import type { AccountQualityHistoryRow } from './queries/account-quality-history.query';
import type { AccountQualityStateRow } from './queries/account-quality-states.query';
import type { BusinessInitiatedReachRow, PortfolioReachRow } from './queries/business-initiated-reach.query';
import { tierEraFor } from './tier-era';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type HealthReads = Pick<
  AccountHealthRepository,
  | 'qualityStates'
  | 'tierQualityStates'
  | 'reach'
  | 'reachWithPortfolios'
  | 'portfolioReach'
  | 'history'
  | 'tierAccounts'
  | 'accountsByExternalIds'
  | 'findAccount'
>;
type MonitoringSettings = Pick<MonitoringSettingsService, 'forTenant'>;

/** The tenant's business portfolios, for the per-portfolio rule: whatever the filter, every WhatsApp number counts. */
export interface PortfolioSources {
  /** External account id → portfolio id, for the WhatsApp accounts whose portfolio is known. */
  members: ReadonlyMap<string, string>;
  /** The latest quality state of every WhatsApp account of the tenant. */
  states: AccountQualityStateRow[];
  reach: PortfolioReachRow[];
}

/** What the account list is built from. */
export interface AccountHealthSources {
  now: Date;
  era: TierEra;
  states: AccountQualityStateRow[];
  reach: BusinessInitiatedReachRow[];
  /** Registered accounts: the tenant's WhatsApp ones and any other the quality events name. */
  registered: BusinessAccount[];
  /** Only when the era's limits are per portfolio. */
  portfolios: PortfolioSources | null;
}

/**
 * Quality and tier status per business account: the latest account.quality_changed state, unique customers reached
 * by business-initiated messages, and progress toward the next tier under the tenant's era setting (AUTO: the era in
 * force at the API clock's now); under the 2025 rule a number's tier follows its business portfolio.
 * The analytics filter narrows accounts and channels; its period does not apply (the status is always as of now).
 */
@Injectable()
export class AccountHealthService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(AccountHealthRepository) private readonly repository: HealthReads,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(MonitoringSettingsService) private readonly monitoring: MonitoringSettings,
  ) {}

  async accountHealth(tenantId: string, filter: AnalyticsFilterInput): Promise<AccountHealthModel[]> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const now = this.clock.now();
    const era = tierEraFor((await this.monitoring.forTenant(tenantId)).tierEra, now);
    const tierChannelSelected = scope.channels === null || scope.channels.includes(TIER_CHANNEL);
    const perPortfolio = era.scope === 'portfolio' && tierChannelSelected;
    let states: AccountQualityStateRow[];
    let reach: BusinessInitiatedReachRow[];
    let tierAccounts: BusinessAccount[];
    let portfolios: PortfolioSources | null = null;
    if (perPortfolio && scope.accountIds === null) {
      // Every number is listed: portfolio membership first, then one read of the sends for both figures.
      [states, tierAccounts] = await Promise.all([
        this.repository.qualityStates(scope),
        this.repository.tierAccounts(tenantId, null),
      ]);
      const members = portfolioMembers(tierAccounts, states);
      const both = await this.repository.reachWithPortfolios(scope, members, now);
      reach = both.accounts;
      portfolios = { members, states, reach: both.portfolios };
    } else {
      [states, reach, tierAccounts] = await Promise.all([
        this.repository.qualityStates(scope),
        this.repository.reach(scope, now),
        tierChannelSelected ? this.repository.tierAccounts(tenantId, scope.accountIds) : Promise.resolve([]),
      ]);
      if (perPortfolio) portfolios = await this.portfolios(tenantId, now);
    }
    const otherIds = states.filter((row) => row.channel !== TIER_CHANNEL).map((row) => row.account_id);
    const others = await this.repository.accountsByExternalIds(tenantId, [...new Set(otherIds)]);
    return buildAccountHealth({ now, era, states, reach, registered: [...tierAccounts, ...others], portfolios });
  }

  /** Portfolio membership and reach over all the tenant's WhatsApp numbers, for a list narrowed to some accounts. */
  private async portfolios(tenantId: string, now: Date): Promise<PortfolioSources> {
    const [states, tierAccounts] = await Promise.all([
      this.repository.tierQualityStates(tenantId),
      this.repository.tierAccounts(tenantId, null),
    ]);
    const members = portfolioMembers(tierAccounts, states);
    return { members, states, reach: await this.repository.portfolioReach(tenantId, members, now) };
  }

  async accountQualityHistory(tenantId: string, accountId: string): Promise<AccountQualityChangeModel[]> {
    const account = await this.repository.findAccount(tenantId, accountId);
    if (!account) throw new NotFoundError('BusinessAccount');
    const rows = await this.repository.history(tenantId, account.channel, account.externalId);
    return toHistory(rows);
  }
}

/** One entry per account that is a registered WhatsApp account or has quality events, by channel and id. */
export function buildAccountHealth(sources: AccountHealthSources): AccountHealthModel[] {
  const keyOf = (channel: string, externalId: string) => `${channel}\u0000${externalId}`;
  const states = new Map(sources.states.map((row) => [keyOf(row.channel, row.account_id), row]));
  const reach = new Map(sources.reach.map((row) => [keyOf(row.channel, row.account_id), row]));
  const registered = new Map(
    sources.registered.map((account) => [keyOf(account.channel, account.externalId), account]),
  );
  const keys = new Set([
    ...sources.registered
      .filter((account) => account.channel === TIER_CHANNEL || states.has(keyOf(account.channel, account.externalId)))
      .map((account) => keyOf(account.channel, account.externalId)),
    ...states.keys(),
  ]);
  const { era, portfolios } = sources;
  return [...keys].sort().map((key) => {
    const [channel, externalId] = key.split('\u0000');
    const state = states.get(key) ?? null;
    const account = registered.get(key) ?? null;
    const reached = reach.get(key);
    const reached24h = Number(reached?.reached_24h ?? 0);
    const reached7d = Number(reached?.reached_7d ?? 0);
    const flaggedSince = state?.flagged_since_ms ? new Date(Number(state.flagged_since_ms)) : null;
    const portfolioId = (channel === TIER_CHANNEL && portfolios?.members.get(externalId)) || null;
    const portfolio = portfolioId && portfolios ? portfolioFigures(portfolios, portfolioId) : null;
    const progress = tierProgress({
      era,
      currentLimit: portfolio?.limit ?? knownLimit(state?.latest_limit),
      qualityRating: portfolio?.quality ?? knownQuality(state?.latest_rating),
      status: state?.latest_status ?? '',
      uniqueRecipients24h: portfolio?.reached24h ?? reached24h,
      uniqueRecipients7d: portfolio?.reached7d ?? reached7d,
      dailyUniqueRecipients: portfolio?.daily ?? (reached ? reached.daily.map(Number) : new Array<number>(7).fill(0)),
      flaggedSince: flaggedSince?.toISOString() ?? null,
      now: sources.now.toISOString(),
    });
    return {
      channel: channel as Channel,
      accountExternalId: externalId,
      businessAccountId: account?.id ?? null,
      displayName: account?.displayName ?? null,
      displayPhoneNumber: account?.displayPhoneNumber ?? null,
      scope: state?.latest_scope || null,
      qualityRating: state?.latest_rating || null,
      status: state?.latest_status || null,
      messagingLimit: state?.latest_limit || null,
      lastChangedAt: state ? new Date(Number(state.changed_at_ms)) : null,
      flaggedSince,
      era: era.id,
      reached24h,
      reached7d,
      portfolioId,
      portfolioReached24h: portfolio?.reached24h ?? null,
      portfolioReached7d: portfolio?.reached7d ?? null,
      tier: toTierModel(progress),
    };
  });
}

/**
 * Each WhatsApp account's business portfolio: the registered account's WABA id, else the portfolio its latest
 * quality event named, else — for a portfolio-scoped state (the WABA itself reports) — its own id.
 */
export function portfolioMembers(
  registered: readonly BusinessAccount[],
  states: readonly AccountQualityStateRow[],
): Map<string, string> {
  const members = new Map<string, string>();
  for (const row of states) {
    if (row.channel !== TIER_CHANNEL) continue;
    const portfolio = row.latest_portfolio || (row.latest_scope === 'portfolio' ? row.account_id : '');
    if (portfolio) members.set(row.account_id, portfolio);
  }
  for (const account of registered) {
    if (account.channel === TIER_CHANNEL && account.wabaId) members.set(account.externalId, account.wabaId);
  }
  return members;
}

/** Worst first: a portfolio's quality is its worst number's. */
const QUALITY_ORDER: readonly QualityRating[] = ['RED', 'YELLOW', 'GREEN'];

interface PortfolioFigures {
  limit: string;
  quality: QualityRating;
  reached24h: number;
  reached7d: number;
  daily: number[];
}

/**
 * The tier inputs of one portfolio: the limit its members (numbers and the portfolio itself) reported last — since
 * 2025 each number reports the shared limit — the worst latest rating among them, and its unique reach.
 */
export function portfolioFigures(sources: PortfolioSources, portfolioId: string): PortfolioFigures {
  const members = sources.states.filter((row) => sources.members.get(row.account_id) === portfolioId);
  const withLimit = members
    .filter((row) => row.limit_changed_at_ms !== '' && knownLimit(row.latest_limit) !== 'TIER_NOT_SET')
    .sort((a, b) => Number(b.limit_changed_at_ms) - Number(a.limit_changed_at_ms));
  const ratings = new Set(members.map((row) => knownQuality(row.latest_rating)));
  const reach = sources.reach.find((row) => row.portfolio_id === portfolioId);
  return {
    limit: knownLimit(withLimit[0]?.latest_limit),
    quality: QUALITY_ORDER.find((rating) => ratings.has(rating)) ?? 'UNKNOWN',
    reached24h: Number(reach?.reached_24h ?? 0),
    reached7d: Number(reach?.reached_7d ?? 0),
    daily: reach ? reach.daily.map(Number) : new Array<number>(7).fill(0),
  };
}

function knownLimit(limit: string | undefined): string {
  return limit && (MESSAGING_LIMITS as readonly string[]).includes(limit) ? limit : 'TIER_NOT_SET';
}

function knownQuality(rating: string | undefined): QualityRating {
  return rating && (QUALITY_RATINGS as readonly string[]).includes(rating) ? (rating as QualityRating) : 'UNKNOWN';
}

function toTierModel(progress: TierProgress): TierProgressModel {
  const risk = progress.downgradeRisk;
  return {
    limit: progress.limit,
    next: progress.next,
    threshold: progress.threshold,
    usage24h: progress.usage24h,
    progress7d: progress.progress7d,
    eligible: progress.eligible,
    blockers: progress.blockers,
    projectedUpgradeAt: progress.projectedUpgradeAt ? new Date(progress.projectedUpgradeAt) : null,
    downgradeRisk: risk ? { to: risk.to, at: risk.at ? new Date(risk.at) : null, due: risk.due } : null,
  };
}

/** The changes in order; the previous rating is the one the last earlier event reported (events carry none). */
export function toHistory(rows: AccountQualityHistoryRow[]): AccountQualityChangeModel[] {
  let previous: string | null = null;
  return rows.map((row) => {
    const change: AccountQualityChangeModel = {
      id: row.id,
      occurredAt: new Date(Number(row.occurred_at_ms)),
      scope: row.quality_scope || null,
      qualityRating: row.quality_rating || null,
      previousQualityRating: previous,
      status: row.status || null,
      event: row.quality_event || null,
      messagingLimit: row.messaging_limit || null,
      previousMessagingLimit: row.previous_messaging_limit || null,
    };
    previous = change.qualityRating ?? previous;
    return change;
  });
}
