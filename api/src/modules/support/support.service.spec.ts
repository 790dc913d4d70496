import type { AnalyticsScope } from '../overview/analytics-scope';
import type { SlaTargetValue } from '../sla-settings/sla-settings-value';
import { SupportGroupBy, SupportMetric } from './dtos/support.enums';
import type { SupportConversationGroupRow } from './queries/support-conversation-groups.query';
import type { SupportReplyGroupRow } from './queries/support-reply-groups.query';
import type { SupportDirectory } from './support-labels.repository';
import type { SupportQueryContext } from './support.repository';
import { RESPONSE_TIME_BUCKETS, SupportService } from './support.service';

const SCOPE: AnalyticsScope = {
  tenantId: 't1',
  timeZone: 'Europe/Berlin',
  period: { from: '2026-03-01', to: '2026-03-31' },
  previousPeriod: { from: '2026-01-29', to: '2026-02-28' },
  channels: null,
  accountIds: null,
  campaignKeys: null,
  agentIds: null,
};

const DIRECTORY: SupportDirectory = {
  agents: [
    { id: 'agent-anna', externalId: 'ag_anna', name: 'Anna', teamId: 'team-support' },
    { id: 'agent-ivan', externalId: 'ag_ivan', name: 'Ivan', teamId: null },
  ],
  teams: [
    { id: 'team-support', externalId: 'tm_support', name: 'Support' },
    { id: 'team-sales', externalId: null, name: 'Sales' },
  ],
};

const TARGETS: SlaTargetValue[] = [
  { kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' },
  { kind: 'NEXT_REPLY', minutes: 30, basis: 'CALENDAR' },
];

function conversationRow(key: string, total: boolean, conversations: number): SupportConversationGroupRow {
  return {
    group_key: key,
    is_total: total ? 1 : 0,
    conversations,
    resolved: 1,
    reopened_count: 0,
    bot_handoffs: 0,
    frt_count: 2,
    frt_quantiles: [90_000.4, 150_000.6],
    frt_mean: 100_000.5,
    resolution_count: 0,
    resolution_quantiles: [0, 0],
    resolution_mean: null,
    first_measured_count: 4,
    first_within_count: 3,
    resolution_measured_count: 0,
    resolution_within_count: 0,
  };
}

function replyRow(key: string, total: boolean): SupportReplyGroupRow {
  return {
    group_key: key,
    is_total: total ? 1 : 0,
    handled: 2,
    agent_messages: 5,
    reply_count: 0,
    reply_quantiles: [0, 0],
    reply_mean: null,
    next_measured_count: 0,
    next_within_count: 0,
  };
}

function service(rows: { conversations: SupportConversationGroupRow[]; replies: SupportReplyGroupRow[] }) {
  const contexts: SupportQueryContext[] = [];
  const repository = {
    refreshedAt: () => Promise.resolve(new Date('2026-04-01T00:00:00.000Z')),
    conversationGroups: (_: AnalyticsScope, context: SupportQueryContext) => {
      contexts.push(context);
      return Promise.resolve(rows.conversations);
    },
    replyGroups: () => Promise.resolve(rows.replies),
    timeBuckets: () =>
      Promise.resolve([
        { bucket: 2, count: 3 },
        { bucket: 6, count: 1 },
      ]),
    heatmap: () => Promise.resolve([]),
    conversations: () => Promise.resolve([]),
    conversationCount: () => Promise.resolve(0),
  };
  const calendar = {
    tenantId: 't1',
    timeZone: 'Europe/Berlin',
    businessHours: [{ dayOfWeek: 1, opens: '09:00', closes: '17:00' }],
    holidays: [],
    updatedAt: new Date(0),
  };
  const instance = new SupportService(
    { resolve: () => Promise.resolve(SCOPE) },
    { forTenant: () => Promise.resolve(calendar) },
    { forTenant: () => Promise.resolve(TARGETS) },
    repository,
    {
      directory: () => Promise.resolve(DIRECTORY),
      accountsByExternalIds: () => Promise.resolve([]),
      teamExists: () => Promise.resolve(true),
    },
    { now: () => new Date('2026-04-01T12:00:00.000Z') },
  );
  return { instance, contexts };
}

const FILTER = { from: '2026-03-01', to: '2026-03-31' };

describe('SupportService', () => {
  it('labels agents by their relational id and name, keeps unknown agents by external id, and splits out the totals', async () => {
    const { instance } = service({
      conversations: [
        conversationRow('', true, 7),
        conversationRow('ag_unknown', false, 2),
        conversationRow('ag_anna', false, 5),
      ],
      replies: [replyRow('', true), replyRow('ag_anna', false), replyRow('ag_ivan', false)],
    });
    const result = await instance.supportPerformance('t1', FILTER, SupportGroupBy.AGENT, 'CALENDAR');
    expect(result.totals).toMatchObject({ key: '', label: '', conversations: 7, handled: 2, agentMessages: 5 });
    // Most conversations first; Ivan only sent messages (no conversation credited to him).
    expect(result.groups.map((g) => [g.key, g.label, g.conversations, g.handled])).toEqual([
      ['agent-anna', 'Anna', 5, 2],
      ['ag_unknown', 'ag_unknown', 2, 0],
      ['agent-ivan', 'Ivan', 0, 2],
    ]);
    expect(result.groups[0].firstResponse).toEqual({ count: 2, medianMs: 90_000, p90Ms: 150_001, meanMs: 100_001 });
    expect(result.groups[0].resolution).toEqual({ count: 0, medianMs: null, p90Ms: null, meanMs: null });
  });

  it('reports one SLA figure per configured target in its own basis, null attainment when nothing was measured', async () => {
    const { instance, contexts } = service({
      conversations: [conversationRow('', true, 7)],
      replies: [replyRow('', true)],
    });
    const result = await instance.supportPerformance('t1', FILTER, SupportGroupBy.CHANNEL, 'CALENDAR');
    expect(result.totals.sla).toEqual([
      { kind: 'FIRST_RESPONSE', targetMs: 900_000, basis: 'BUSINESS', measured: 4, within: 3, attainment: 0.75 },
      { kind: 'NEXT_REPLY', targetMs: 1_800_000, basis: 'CALENDAR', measured: 0, within: 0, attainment: null },
    ]);
    expect(contexts[0].sla).toEqual({
      first: { ms: 900_000, business: true },
      next: { ms: 1_800_000, business: false },
      resolution: null,
    });
    // Teams with an external id map to their id; agents with a team lend it to messages without one.
    expect(contexts[0]).toMatchObject({
      teamExternal: ['tm_support'],
      teamIds: ['team-support'],
      agentExternal: ['ag_anna'],
      agentTeams: ['team-support'],
    });
  });

  it('gives empty totals for a period without conversations', async () => {
    const { instance } = service({ conversations: [], replies: [] });
    const result = await instance.supportPerformance('t1', FILTER, SupportGroupBy.TEAM, 'BUSINESS');
    expect(result.basis).toBe('BUSINESS');
    expect(result.groups).toEqual([]);
    expect(result.totals).toMatchObject({ conversations: 0, handled: 0, firstResponse: { count: 0, medianMs: null } });
    expect(result.totals.sla.map((f) => f.attainment)).toEqual([null, null]);
  });

  it('fills every distribution bucket, zeros included', async () => {
    const { instance } = service({ conversations: [], replies: [] });
    const buckets = await instance.responseTimeDistribution('t1', FILTER, SupportMetric.FIRST_RESPONSE, 'CALENDAR');
    expect(buckets.map((b) => b.count)).toEqual([0, 0, 3, 0, 0, 0, 1]);
    expect(buckets.map((b) => [b.fromMs, b.toMs])).toEqual(RESPONSE_TIME_BUCKETS.map((b) => [b.fromMs, b.toMs]));
  });
});
