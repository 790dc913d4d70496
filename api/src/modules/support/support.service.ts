import { Inject, Injectable } from '@nestjs/common';
import { Clock } from '../../common/clock/clock';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import type { SlaKind, SlaTargetValue, TimeBasis } from '../sla-settings/sla-settings-value';
import { SlaSettingsService } from '../sla-settings/sla-settings.service';
import { TenantSettingsService } from '../tenant-settings/tenant-settings.service';
import type { ResponseTimeBucketModel } from './dtos/response-time-bucket.model';
import type { SupportConversationModel } from './dtos/support-conversation.model';
import type { SupportHeatmapCellModel } from './dtos/support-heatmap-cell.model';
import type {
  DurationStatsModel,
  SlaFigureModel,
  SupportGroupModel,
  SupportPerformanceModel,
} from './dtos/support-performance.model';
import { SupportGroupBy, type SupportMetric } from './dtos/support.enums';
import type { SupportConversationGroupRow } from './queries/support-conversation-groups.query';
import type { SupportConversationRow } from './queries/support-conversations.query';
import type { SupportReplyGroupRow } from './queries/support-reply-groups.query';
import { businessClock } from './support-business-clock';
import { SupportLabelsRepository, type SupportDirectory } from './support-labels.repository';
import { SupportRepository, type SupportQueryContext } from './support.repository';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;

/** Distribution buckets: <1 min, 1–5 min, 5–15 min, 15–60 min, 1–4 h, 4–24 h, >24 h (lower edge inclusive). */
export const RESPONSE_TIME_BUCKETS: readonly { label: string; fromMs: number; toMs: number | null }[] = [
  { label: '<1 min', fromMs: 0, toMs: MINUTE_MS },
  { label: '1–5 min', fromMs: MINUTE_MS, toMs: 5 * MINUTE_MS },
  { label: '5–15 min', fromMs: 5 * MINUTE_MS, toMs: 15 * MINUTE_MS },
  { label: '15–60 min', fromMs: 15 * MINUTE_MS, toMs: 60 * MINUTE_MS },
  { label: '1–4 h', fromMs: 60 * MINUTE_MS, toMs: 240 * MINUTE_MS },
  { label: '4–24 h', fromMs: 240 * MINUTE_MS, toMs: DAY_MS },
  { label: '>24 h', fromMs: DAY_MS, toMs: null },
];

/** One group's SLA attainment, for other modules (alerts). */
export interface SlaAttainment {
  key: string;
  label: string;
  sla: SlaFigureModel[];
}

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Calendars = Pick<TenantSettingsService, 'forTenant'>;
type SlaTargets = Pick<SlaSettingsService, 'forTenant'>;
type Reads = Pick<
  SupportRepository,
  | 'refreshedAt'
  | 'conversationGroups'
  | 'replyGroups'
  | 'timeBuckets'
  | 'heatmap'
  | 'conversations'
  | 'conversationCount'
>;
type LabelReads = Pick<SupportLabelsRepository, 'directory' | 'accountsByExternalIds' | 'teamExists'>;

interface Prepared {
  scope: AnalyticsScope;
  context: SupportQueryContext;
  targets: SlaTargetValue[];
  directory: SupportDirectory;
}

/**
 * Support response times and SLA attainment from the support rollups. Everything is about the conversations that
 * started in the period; durations in the asked basis, SLA targets each in their own basis.
 */
@Injectable()
export class SupportService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(TenantSettingsService) private readonly calendars: Calendars,
    @Inject(SlaSettingsService) private readonly slaTargets: SlaTargets,
    @Inject(SupportRepository) private readonly repository: Reads,
    @Inject(SupportLabelsRepository) private readonly labels: LabelReads,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async supportPerformance(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: SupportGroupBy,
    basis: TimeBasis,
  ): Promise<SupportPerformanceModel> {
    const prepared = await this.prepare(tenantId, filter, basis);
    const [asOf, conversations, replies] = await Promise.all([
      this.repository.refreshedAt(),
      this.repository.conversationGroups(prepared.scope, prepared.context, groupBy),
      this.repository.replyGroups(prepared.scope, prepared.context, groupBy),
    ]);
    const accounts =
      groupBy === SupportGroupBy.ACCOUNT ? await this.accountNames(tenantId, conversations, replies) : new Map();
    const groups = mergeGroups(conversations, replies, prepared.targets);
    const label = labeller(groupBy, prepared.directory, accounts);
    return {
      asOf,
      basis,
      totals: groups.get(TOTAL) ?? emptyGroup(prepared.targets),
      groups: [...groups.entries()]
        .filter(([id]) => id !== TOTAL)
        .map(([, group]) => ({ ...group, ...label(group.key) }))
        .sort((a, b) => b.conversations - a.conversations || b.handled - a.handled || compare(a.key, b.key)),
    };
  }

  /** SLA attainment per agent, team or day (for alerts): the figures of supportPerformance's groups. */
  async slaAttainment(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: 'AGENT' | 'TEAM' | 'DAY',
  ): Promise<SlaAttainment[]> {
    const performance = await this.supportPerformance(tenantId, filter, SupportGroupBy[groupBy], 'CALENDAR');
    return performance.groups.map(({ key, label, sla }) => ({ key, label, sla }));
  }

  async responseTimeDistribution(
    tenantId: string,
    filter: AnalyticsFilterInput,
    metric: SupportMetric,
    basis: TimeBasis,
  ): Promise<ResponseTimeBucketModel[]> {
    const { scope, context } = await this.prepare(tenantId, filter, basis);
    const edges = RESPONSE_TIME_BUCKETS.slice(1).map((bucket) => bucket.fromMs);
    const rows = await this.repository.timeBuckets(scope, context, metric, edges);
    const counts = new Map(rows.map((row) => [Number(row.bucket), Number(row.count)]));
    return RESPONSE_TIME_BUCKETS.map((bucket, index) => ({ ...bucket, count: counts.get(index) ?? 0 }));
  }

  async supportHeatmap(tenantId: string, filter: AnalyticsFilterInput): Promise<SupportHeatmapCellModel[]> {
    const { scope, context } = await this.prepare(tenantId, filter, 'CALENDAR');
    const rows = await this.repository.heatmap(scope, context);
    return rows.map((row) => ({
      dayOfWeek: Number(row.day_of_week),
      hour: Number(row.hour),
      conversations: Number(row.conversations),
      medianFirstResponseMs: Number(row.answered_count) === 0 ? null : Number(row.median_frt),
    }));
  }

  async supportConversations(
    tenantId: string,
    filter: AnalyticsFilterInput,
    basis: TimeBasis,
    breach: SlaKind | null,
    teamId: string | null,
    page: PageInput | null,
  ): Promise<Page<SupportConversationModel>> {
    const request = pageRequest(page, 2);
    if (teamId !== null && !(await this.labels.teamExists(tenantId, teamId))) throw new NotFoundError('team');
    const { scope, context, directory } = await this.prepare(tenantId, filter, basis);
    const after = request.after ? { startedMs: Number(request.after[0]), key: String(request.after[1]) } : null;
    const list = { teamKey: teamId, breach, after, limit: request.first + 1 };
    const [rows, total] = await Promise.all([
      this.repository.conversations(scope, context, list),
      this.repository.conversationCount(scope, context, { ...list, after: null }),
    ]);
    const nodes = rows.map((row) => toConversation(row, directory));
    return paginate(nodes, request, total, (node) => [node.startedAt.getTime(), node.id]);
  }

  private async prepare(tenantId: string, filter: AnalyticsFilterInput, basis: TimeBasis): Promise<Prepared> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const [settings, targets, directory] = await Promise.all([
      this.calendars.forTenant(tenantId),
      this.slaTargets.forTenant(tenantId),
      this.labels.directory(tenantId),
    ]);
    const nowMs = this.clock.now().getTime();
    // From two days before the period (any zone's local midnight) to a day after now or the period's end: every
    // instant a period's conversation can have, and "now" for open ones.
    const fromMs = Date.parse(`${scope.period.from}T00:00:00.000Z`) - 2 * DAY_MS;
    const toMs = Math.max(nowMs, Date.parse(`${scope.period.to}T00:00:00.000Z`) + 2 * DAY_MS) + DAY_MS;
    const calendar = { timeZone: settings.timeZone, intervals: settings.businessHours, holidays: settings.holidays };
    const target = (kind: SlaKind) => {
      const found = targets.find((t) => t.kind === kind);
      return found ? { ms: found.minutes * MINUTE_MS, business: found.basis === 'BUSINESS' } : null;
    };
    const teamsByExternal = directory.teams.filter((team) => team.externalId);
    const agentsWithTeam = directory.agents.filter((agent) => agent.teamId);
    return {
      scope,
      targets,
      directory,
      context: {
        clock: businessClock(calendar, fromMs, toMs),
        business: basis === 'BUSINESS',
        nowMs,
        sla: { first: target('FIRST_RESPONSE'), next: target('NEXT_REPLY'), resolution: target('RESOLUTION') },
        teamExternal: teamsByExternal.map((team) => team.externalId!),
        teamIds: teamsByExternal.map((team) => team.id),
        agentExternal: agentsWithTeam.map((agent) => agent.externalId),
        agentTeams: agentsWithTeam.map((agent) => agent.teamId!),
      },
    };
  }

  private async accountNames(
    tenantId: string,
    conversations: readonly SupportConversationGroupRow[],
    replies: readonly SupportReplyGroupRow[],
  ): Promise<Map<string, string>> {
    const keys = [...new Set([...conversations, ...replies].map((row) => row.group_key).filter(Boolean))];
    const accounts = await this.labels.accountsByExternalIds(tenantId, keys);
    return new Map(
      accounts.filter((account) => account.displayName).map((account) => [account.externalId, account.displayName!]),
    );
  }
}

/** The id of the whole period's figures among the groups. */
const TOTAL = '\u0000total';

/** Conversation and reply figures of the same group side by side (a group may have only one of them), by group id. */
export function mergeGroups(
  conversations: readonly SupportConversationGroupRow[],
  replies: readonly SupportReplyGroupRow[],
  targets: readonly SlaTargetValue[],
): Map<string, SupportGroupModel> {
  const id = (row: { group_key: string; is_total: number }) => (Number(row.is_total) === 1 ? TOTAL : row.group_key);
  const replyRows = new Map(replies.map((row) => [id(row), row]));
  const conversationRows = new Map(conversations.map((row) => [id(row), row]));
  const ids = [...new Set([...conversationRows.keys(), ...replyRows.keys()])];
  const merged = ids.map((groupId): [string, SupportGroupModel] => {
    const c = conversationRows.get(groupId);
    const r = replyRows.get(groupId);
    const group: SupportGroupModel = {
      key: groupId === TOTAL ? '' : groupId,
      label: '',
      conversations: Number(c?.conversations ?? 0),
      handled: Number(r?.handled ?? 0),
      agentMessages: Number(r?.agent_messages ?? 0),
      resolved: Number(c?.resolved ?? 0),
      reopened: Number(c?.reopened_count ?? 0),
      botHandoffs: Number(c?.bot_handoffs ?? 0),
      firstResponse: stats(c?.frt_count, c?.frt_quantiles, c?.frt_mean),
      reply: stats(r?.reply_count, r?.reply_quantiles, r?.reply_mean),
      resolution: stats(c?.resolution_count, c?.resolution_quantiles, c?.resolution_mean),
      sla: targets.map((target) => {
        const [measured, within] =
          target.kind === 'FIRST_RESPONSE'
            ? [c?.first_measured_count, c?.first_within_count]
            : target.kind === 'NEXT_REPLY'
              ? [r?.next_measured_count, r?.next_within_count]
              : [c?.resolution_measured_count, c?.resolution_within_count];
        return slaFigure(target, Number(measured ?? 0), Number(within ?? 0));
      }),
    };
    return [groupId, group];
  });
  return new Map(merged);
}

const NO_DURATIONS: DurationStatsModel = { count: 0, medianMs: null, p90Ms: null, meanMs: null };

/** The totals of a period without conversations or agent messages. */
function emptyGroup(targets: readonly SlaTargetValue[]): SupportGroupModel {
  return {
    key: '',
    label: '',
    conversations: 0,
    handled: 0,
    agentMessages: 0,
    resolved: 0,
    reopened: 0,
    botHandoffs: 0,
    firstResponse: NO_DURATIONS,
    reply: NO_DURATIONS,
    resolution: NO_DURATIONS,
    sla: targets.map((target) => slaFigure(target, 0, 0)),
  };
}

/** Durations are whole milliseconds, and so are their interpolated quantiles and mean as shown. */
function stats(
  count: number | undefined,
  quantiles: number[] | undefined,
  mean: number | null | undefined,
): DurationStatsModel {
  const n = Number(count ?? 0);
  return {
    count: n,
    medianMs: n === 0 ? null : Math.round(Number(quantiles![0])),
    p90Ms: n === 0 ? null : Math.round(Number(quantiles![1])),
    meanMs: n === 0 || mean == null ? null : Math.round(Number(mean)),
  };
}

function slaFigure(target: SlaTargetValue, measured: number, within: number): SlaFigureModel {
  return {
    kind: target.kind,
    targetMs: target.minutes * MINUTE_MS,
    basis: target.basis,
    measured,
    within,
    attainment: measured === 0 ? null : within / measured,
  };
}

/** Group keys as the API shows them: relational ids where known, with display names. */
function labeller(
  groupBy: SupportGroupBy,
  directory: SupportDirectory,
  accounts: ReadonlyMap<string, string>,
): (key: string) => { key: string; label: string } {
  switch (groupBy) {
    case SupportGroupBy.AGENT: {
      const agents = new Map(directory.agents.map((agent) => [agent.externalId, agent]));
      return (key) => {
        const agent = agents.get(key);
        return agent ? { key: agent.id, label: agent.name } : { key, label: key };
      };
    }
    case SupportGroupBy.TEAM: {
      const teams = new Map(directory.teams.map((team) => [team.id, team.name]));
      return (key) => ({ key, label: teams.get(key) ?? key });
    }
    case SupportGroupBy.ACCOUNT:
      return (key) => ({ key, label: accounts.get(key) ?? key });
    default:
      return (key) => ({ key, label: key });
  }
}

function toConversation(row: SupportConversationRow, directory: SupportDirectory): SupportConversationModel {
  const agent = directory.agents.find((candidate) => candidate.externalId === row.agent_id);
  const team = directory.teams.find((candidate) => candidate.id === row.team_key);
  const at = (ms: string | null) => (ms === null ? null : new Date(Number(ms)));
  return {
    id: row.key,
    channel: row.channel as SupportConversationModel['channel'],
    accountId: row.account_id,
    contactId: row.contact_id,
    agentId: row.agent_id === '' ? null : (agent?.id ?? row.agent_id),
    agentName: agent?.name ?? null,
    teamId: row.team_key === '' ? null : row.team_key,
    teamName: team?.name ?? null,
    startedAt: new Date(Number(row.started_ms)),
    firstResponseAt: at(row.first_response_ms),
    firstResponseMs: row.answered ? Number(row.frt) : null,
    longestReplyMs: row.has_reply ? Number(row.longest_reply) : null,
    resolvedAt: at(row.resolved_ms),
    resolutionMs: row.is_resolved ? Number(row.resolution) : null,
    reopened: Boolean(row.reopened),
    botHandoffAt: at(row.bot_handoff_ms),
    customerMessages: Number(row.customer_messages),
    agentMessages: Number(row.agent_messages),
    breaches: row.breaches as SlaKind[],
  };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
