import type { CanonicalEvent } from '@checkmark/schemas';
import { startKeyedTestApp, type KeyedTestApp } from '@checkmark/test/helpers/keyed-test-app';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes } from '../../testing/graphql-client';

const KEY = 'ck_bootstrap_support_0123456789abcdefghij';
const NOW = new Date('2026-03-31T12:00:00.000Z');
// Fri 20 – Mon 30 March 2026 in Berlin; summer time starts Sunday 29 March (CET +1 → CEST +2).
const PERIOD = { from: '2026-03-20', to: '2026-03-30' };
const MIN = 60_000;
const HOUR = 60 * MIN;

const STATS = 'count medianMs p90Ms meanMs';
const GROUP = `key label conversations handled agentMessages resolved reopened botHandoffs
  firstResponse { ${STATS} } reply { ${STATS} } resolution { ${STATS} }
  sla { kind targetMs basis measured within attainment }`;
const PERFORMANCE = `
  query P($filter: AnalyticsFilter!, $groupBy: SupportGroupBy!, $basis: TimeBasis!) {
    supportPerformance(filter: $filter, groupBy: $groupBy, basis: $basis) {
      asOf basis totals { ${GROUP} } groups { ${GROUP} }
    }
  }`;
const DISTRIBUTION = `
  query D($filter: AnalyticsFilter!, $metric: SupportMetric!, $basis: TimeBasis!) {
    responseTimeDistribution(filter: $filter, metric: $metric, basis: $basis) { label fromMs toMs count }
  }`;
const HEATMAP = `
  query H($filter: AnalyticsFilter!) { supportHeatmap(filter: $filter) { dayOfWeek hour conversations medianFirstResponseMs } }`;
const CONVERSATIONS = `
  query C($filter: AnalyticsFilter!, $basis: TimeBasis!, $breach: SlaKind, $teamId: ID, $page: PageInput) {
    supportConversations(filter: $filter, basis: $basis, breach: $breach, teamId: $teamId, page: $page) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id channel accountId contactId agentId agentName teamId teamName startedAt firstResponseAt firstResponseMs
        longestReplyMs resolvedAt resolutionMs reopened botHandoffAt customerMessages agentMessages breaches
      }
    }
  }`;

interface Stats {
  count: number;
  medianMs: number | null;
  p90Ms: number | null;
  meanMs: number | null;
}
interface Group {
  key: string;
  label: string;
  conversations: number;
  handled: number;
  agentMessages: number;
  resolved: number;
  reopened: number;
  botHandoffs: number;
  firstResponse: Stats;
  reply: Stats;
  resolution: Stats;
  sla: { kind: string; targetMs: number; basis: string; measured: number; within: number; attainment: number | null }[];
}
interface Performance {
  asOf: string | null;
  basis: string;
  totals: Group;
  groups: Group[];
}
interface Conversation {
  id: string;
  contactId: string;
  agentId: string | null;
  agentName: string | null;
  teamId: string | null;
  teamName: string | null;
  startedAt: string;
  firstResponseAt: string | null;
  firstResponseMs: number | null;
  longestReplyMs: number | null;
  resolvedAt: string | null;
  resolutionMs: number | null;
  reopened: boolean;
  botHandoffAt: string | null;
  customerMessages: number;
  agentMessages: number;
  breaches: string[];
}
interface ConversationPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Conversation[];
}

/**
 * Hand-computed support traffic on WhatsApp account wa_1 (times UTC; Berlin business hours Mon–Fri 09–18).
 * - c1 (no conversation id), Mon 23 Mar: customer 09:00, bot 09:00:10 and automation 09:00:20 (never responses),
 *   customer 09:01, bot hand-off 09:02, Anna 09:07 (FRT 5 min from the hand-off; one reply to both messages: 7 min
 *   from the earliest), customer 09:10 and 09:11, Anna 09:13 (reply 3 min), Anna 09:14 (answers nothing), resolved
 *   09:30 (30 min).
 * - c2 (conversation id conv-2), Tue 24 Mar: customer 08:00, Boris 08:10 (FRT 10 min), resolved 08:20, reopened
 *   08:40, customer 08:45, Boris 09:45 (a 60 min reply, not a second FRT), resolved 10:00 (2 h).
 * - c3, Fri 27 Mar 16:30 (17:30 CET) customer, Anna Mon 30 Mar 07:15 (09:15 CEST, after the DST change): FRT
 *   62 h 45 min calendar, 45 min business (Fri 17:30–18:00 + Mon 09:00–09:15).
 * - c4 (no id): customer Wed 25 Mar 10:00, Anna 10:20 (FRT 20 min); customer Thu 26 Mar 10:20, exactly 24 h of
 *   silence later → a second conversation, Boris 10:50 (FRT 30 min).
 * - c5 (conversation id conv-5): customer Wed 25 Mar 10:00, Boris 10:05 (FRT 5 min); customer Thu 26 Mar 12:00,
 *   26 h later but the same conversation, Boris 12:30 (reply 30 min); customer 13:00, still unanswered.
 * - c6, Thu 26 Mar 15:00: customer, bot, campaign, assigned to Anna 15:02, a reaction 15:03: never answered.
 * - c0 on 19 Mar (before the period) and c7 with only a system notice: not in the figures.
 */
function traffic(tenantId: string): CanonicalEvent[] {
  let n = 0;
  const id = (contact: string) => `${contact}:${(n += 1)}`;
  const customer = (contact: string, at: string, extra: Record<string, unknown> = {}, contentType = 'text') =>
    whatsappEvent(tenantId, id(contact), 'message.received', at, {
      contactId: contact,
      messageId: `wamid.${contact}.${n}`,
      payload: { contentType },
      ...extra,
    });
  const sent = (contact: string, at: string, sender: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    whatsappEvent(tenantId, id(contact), 'message.sent', at, {
      contactId: contact,
      messageId: `wamid.${contact}.${n}`,
      payload: { sender, isTemplate: false, contentType: 'text' },
      ...extra,
    });
  const update = (contact: string, at: string, payload: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
    whatsappEvent(tenantId, id(contact), 'conversation.updated', at, { contactId: contact, payload, ...extra });
  const anna = { kind: 'agent', agentId: 'ag_anna', teamId: 'tm_support' };
  const boris = { kind: 'agent', agentId: 'ag_boris' };
  const conv2 = { conversationId: 'conv-2' };
  const conv5 = { conversationId: 'conv-5' };
  return [
    customer('c1', '2026-03-23T09:00:00.000Z'),
    sent('c1', '2026-03-23T09:00:10.000Z', { kind: 'bot' }),
    sent('c1', '2026-03-23T09:00:20.000Z', { kind: 'automation' }),
    customer('c1', '2026-03-23T09:01:00.000Z'),
    update('c1', '2026-03-23T09:02:00.000Z', { action: 'bot_handoff' }),
    sent('c1', '2026-03-23T09:07:00.000Z', anna),
    customer('c1', '2026-03-23T09:10:00.000Z'),
    customer('c1', '2026-03-23T09:11:00.000Z'),
    sent('c1', '2026-03-23T09:13:00.000Z', anna),
    sent('c1', '2026-03-23T09:14:00.000Z', anna),
    update('c1', '2026-03-23T09:30:00.000Z', { action: 'resolved' }),

    customer('c2', '2026-03-24T08:00:00.000Z', conv2),
    sent('c2', '2026-03-24T08:10:00.000Z', boris, conv2),
    update('c2', '2026-03-24T08:20:00.000Z', { action: 'resolved' }, conv2),
    update('c2', '2026-03-24T08:40:00.000Z', { action: 'reopened' }, conv2),
    customer('c2', '2026-03-24T08:45:00.000Z', conv2),
    sent('c2', '2026-03-24T09:45:00.000Z', boris, conv2),
    update('c2', '2026-03-24T10:00:00.000Z', { action: 'resolved' }, conv2),

    customer('c3', '2026-03-27T16:30:00.000Z'),
    sent('c3', '2026-03-30T07:15:00.000Z', anna),

    customer('c4', '2026-03-25T10:00:00.000Z'),
    sent('c4', '2026-03-25T10:20:00.000Z', anna),
    customer('c4', '2026-03-26T10:20:00.000Z'),
    sent('c4', '2026-03-26T10:50:00.000Z', boris),

    customer('c5', '2026-03-25T10:00:00.000Z', conv5),
    sent('c5', '2026-03-25T10:05:00.000Z', boris, conv5),
    customer('c5', '2026-03-26T12:00:00.000Z', conv5),
    sent('c5', '2026-03-26T12:30:00.000Z', boris, conv5),
    customer('c5', '2026-03-26T13:00:00.000Z', conv5),

    customer('c6', '2026-03-26T15:00:00.000Z'),
    sent('c6', '2026-03-26T15:00:05.000Z', { kind: 'bot' }),
    sent('c6', '2026-03-26T15:01:00.000Z', { kind: 'campaign' }, {}),
    update('c6', '2026-03-26T15:02:00.000Z', { action: 'assigned', agentId: 'ag_anna', teamId: 'tm_support' }),
    customer('c6', '2026-03-26T15:03:00.000Z', {}, 'reaction'),

    customer('c0', '2026-03-19T10:00:00.000Z'),
    sent('c0', '2026-03-19T10:01:00.000Z', anna),
    customer('c7', '2026-03-25T10:00:00.000Z', {}, 'system'),
  ];
}

const ATTAINMENT = { FIRST_RESPONSE: 15, NEXT_REPLY: 30, RESOLUTION: 60 } as const;

describe('support analytics over GraphQL (real app, chDB, SQLite)', () => {
  let app: KeyedTestApp;
  let annaId: string;
  let borisId: string;
  let supportId: string;
  let salesId: string;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) => app.call<T>(query, variables);
  const ok = <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => app.ok<T>(query, variables);
  const performance = async (groupBy: string, basis = 'CALENDAR', filter: object = PERIOD) =>
    (await ok<{ supportPerformance: Performance }>(PERFORMANCE, { filter, groupBy, basis })).supportPerformance;
  const conversations = async (variables: Record<string, unknown>) =>
    (await ok<{ supportConversations: ConversationPage }>(CONVERSATIONS, { filter: PERIOD, ...variables }))
      .supportConversations;

  beforeAll(async () => {
    app = await startKeyedTestApp(KEY, NOW);
    await ok(
      `mutation { updateTenantSettings(input: { timeZone: "Europe/Berlin", businessHours: [
        { dayOfWeek: 1, opens: "09:00", closes: "18:00" }, { dayOfWeek: 2, opens: "09:00", closes: "18:00" },
        { dayOfWeek: 3, opens: "09:00", closes: "18:00" }, { dayOfWeek: 4, opens: "09:00", closes: "18:00" },
        { dayOfWeek: 5, opens: "09:00", closes: "18:00" }] }) { timeZone } }`,
    );
    await ok('mutation($targets: [SlaTargetInput!]!) { updateSlaSettings(targets: $targets) { updatedAt } }', {
      targets: [
        { kind: 'FIRST_RESPONSE', minutes: ATTAINMENT.FIRST_RESPONSE, basis: 'BUSINESS' },
        { kind: 'NEXT_REPLY', minutes: ATTAINMENT.NEXT_REPLY, basis: 'CALENDAR' },
        { kind: 'RESOLUTION', minutes: ATTAINMENT.RESOLUTION, basis: 'CALENDAR' },
      ],
    });
    supportId = await app.team('Support', 'tm_support');
    // Boris's messages carry no team: his figures go to his team in the directory.
    salesId = await app.team('Sales', null);
    annaId = await app.agent('Anna', 'ag_anna', supportId);
    borisId = await app.agent('Boris', 'ag_boris', salesId);
    await app.warehouse.sink.insertEvents([
      ...traffic(app.tenantId),
      // Another tenant: the same traffic and one more conversation, none of it visible here.
      ...traffic('tenant_someone_else'),
      whatsappEvent('tenant_someone_else', 'other:1', 'message.received', '2026-03-24T10:00:00.000Z', {
        contactId: 'c9',
        payload: { contentType: 'text' },
      }),
    ]);
    await refreshTestRollups(app.warehouse);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('measures first response, reply and resolution times in calendar time, bots excluded', async () => {
    const result = await performance('CHANNEL');
    expect(result.basis).toBe('CALENDAR');
    expect(result.asOf).not.toBeNull();
    // 7 conversations: c1, c2, c3, c4 twice (24 h silence), c5 once (its id), c6; not c0 (before) nor c7 (system).
    expect(result.totals).toMatchObject({
      key: '',
      conversations: 7,
      handled: 6,
      agentMessages: 10,
      resolved: 2,
      reopened: 1,
      botHandoffs: 1,
    });
    // FRT: 5, 5, 10, 20, 30 min and 62 h 45 min; median between 10 and 20 min, p90 halfway from 30 min to 62.75 h.
    expect(result.totals.firstResponse).toEqual({
      count: 6,
      medianMs: 15 * MIN,
      p90Ms: 30 * MIN + 0.5 * (62.75 * HOUR - 30 * MIN),
      meanMs: ((5 + 5 + 10 + 20 + 30 + 62.75 * 60) * MIN) / 6,
    });
    // Replies: 3, 5, 7, 10, 20, 30, 30, 60 min and 62 h 45 min (c1's 09:14 message answered nothing).
    expect(result.totals.reply).toEqual({
      count: 9,
      medianMs: 20 * MIN,
      p90Ms: 60 * MIN + 0.2 * (62.75 * HOUR - 60 * MIN), // 48,060,000
      meanMs: ((3 + 5 + 7 + 10 + 20 + 30 + 30 + 60 + 62.75 * 60) * MIN) / 9,
    });
    expect(result.totals.resolution).toEqual({
      count: 2,
      medianMs: 75 * MIN,
      p90Ms: 30 * MIN + 0.9 * 90 * MIN,
      meanMs: 75 * MIN,
    });
    expect(result.groups.map((g) => [g.key, g.label, g.conversations])).toEqual([['whatsapp', 'whatsapp', 7]]);
  });

  it('counts only business hours across a weekend and the DST change in the BUSINESS basis', async () => {
    const result = await performance('CHANNEL', 'BUSINESS');
    expect(result.basis).toBe('BUSINESS');
    // c3 is 45 business minutes (Fri 17:30–18:00 CET + Mon 09:00–09:15 CEST); the others were inside hours.
    expect(result.totals.firstResponse).toEqual({
      count: 6,
      medianMs: 15 * MIN,
      p90Ms: 30 * MIN + 0.5 * 15 * MIN,
      meanMs: ((5 + 5 + 10 + 20 + 30 + 45) * MIN) / 6,
    });
    const page = await conversations({ basis: 'BUSINESS' });
    const c3 = page.nodes.find((c) => c.contactId === 'c3')!;
    expect(c3).toMatchObject({ firstResponseMs: 45 * MIN, longestReplyMs: 45 * MIN, resolutionMs: null });
    const calendar = await conversations({ basis: 'CALENDAR' });
    expect(calendar.nodes.find((c) => c.contactId === 'c3')).toMatchObject({ firstResponseMs: 62.75 * HOUR });
  });

  it('credits agents and teams, with workload and SLA attainment per group', async () => {
    const agents = await performance('AGENT');
    expect(agents.groups.map((g) => [g.key, g.label])).toEqual([
      [annaId, 'Anna'],
      [borisId, 'Boris'],
    ]);
    const [anna, boris] = agents.groups;
    // Anna: c1, c3, c4 (first), c6 (assignee, unanswered); Boris: c2, c4 (second), c5.
    expect(anna).toMatchObject({
      conversations: 4,
      handled: 3,
      agentMessages: 5,
      resolved: 1,
      reopened: 0,
      botHandoffs: 1,
    });
    expect(boris).toMatchObject({ conversations: 3, handled: 3, agentMessages: 5, resolved: 1, reopened: 1 });
    expect(anna.firstResponse).toEqual({
      count: 3,
      medianMs: 20 * MIN,
      p90Ms: 20 * MIN + 0.8 * (62.75 * HOUR - 20 * MIN), // 180,960,000
      meanMs: ((5 + 20 + 62.75 * 60) * MIN) / 3,
    });
    expect(boris.firstResponse).toEqual({ count: 3, medianMs: 10 * MIN, p90Ms: 26 * MIN, meanMs: 15 * MIN });
    expect(boris.reply).toMatchObject({ count: 5, medianMs: 30 * MIN });
    // FIRST_RESPONSE 15 business min: Anna c1 only within, c3/c4 late, c6 still waiting; Boris c2, c5 within.
    // NEXT_REPLY 30 min: Anna c1 09:13 (3 min); Boris c2 60 min late, c5 exactly 30 min within.
    // RESOLUTION 60 min: only c1 resolved in time; every open conversation is past an hour by now.
    const sla = (measured: number, within: number, kind: keyof typeof ATTAINMENT, basis: string) => ({
      kind,
      targetMs: ATTAINMENT[kind] * MIN,
      basis,
      measured,
      within,
      attainment: within / measured,
    });
    expect(anna.sla).toEqual([
      sla(4, 1, 'FIRST_RESPONSE', 'BUSINESS'),
      sla(1, 1, 'NEXT_REPLY', 'CALENDAR'),
      sla(4, 1, 'RESOLUTION', 'CALENDAR'),
    ]);
    expect(boris.sla).toEqual([
      sla(3, 2, 'FIRST_RESPONSE', 'BUSINESS'),
      sla(2, 1, 'NEXT_REPLY', 'CALENDAR'),
      sla(3, 0, 'RESOLUTION', 'CALENDAR'),
    ]);
    expect(agents.totals.sla.map((f) => [f.measured, f.within])).toEqual([
      [7, 3],
      [3, 2],
      [7, 1],
    ]);
    // The SLA basis is the target's own: the same figures when durations are asked in calendar or business time.
    expect((await performance('AGENT', 'BUSINESS')).groups[0].sla).toEqual(anna.sla);

    const teams = await performance('TEAM');
    expect(teams.groups.map((g) => [g.key, g.label, g.conversations, g.agentMessages])).toEqual([
      [supportId, 'Support', 4, 5],
      [salesId, 'Sales', 3, 5],
    ]);
    expect(teams.groups[1].sla).toEqual(boris.sla);

    const onlyBoris = await performance('CHANNEL', 'CALENDAR', { ...PERIOD, agentIds: [borisId] });
    expect(onlyBoris.totals).toMatchObject({ conversations: 3, handled: 3, agentMessages: 5 });
  });

  it('groups by the local day and week the conversation started', async () => {
    const days = await performance('DAY');
    expect(days.groups.map((g) => [g.key, g.conversations]).sort()).toEqual([
      ['2026-03-23', 1],
      ['2026-03-24', 1],
      ['2026-03-25', 2],
      ['2026-03-26', 2],
      ['2026-03-27', 1],
    ]);
    const weeks = await performance('WEEK');
    expect(weeks.groups.map((g) => [g.key, g.conversations])).toEqual([['2026-03-23', 7]]);
  });

  it('lists one reopened conversation with a single first response, and the bot hand-off conversation', async () => {
    const page = await conversations({ basis: 'CALENDAR' });
    expect(page.totalCount).toBe(7);
    const c2 = page.nodes.find((c) => c.contactId === 'c2')!;
    expect(c2).toMatchObject({
      agentId: borisId,
      agentName: 'Boris',
      teamId: salesId,
      teamName: 'Sales',
      startedAt: '2026-03-24T08:00:00.000Z',
      firstResponseAt: '2026-03-24T08:10:00.000Z',
      firstResponseMs: 10 * MIN,
      longestReplyMs: 60 * MIN,
      resolvedAt: '2026-03-24T10:00:00.000Z',
      resolutionMs: 2 * HOUR,
      reopened: true,
      customerMessages: 2,
      agentMessages: 2,
      breaches: ['NEXT_REPLY', 'RESOLUTION'],
    });
    const c1 = page.nodes.find((c) => c.contactId === 'c1')!;
    expect(c1).toMatchObject({
      agentName: 'Anna',
      teamName: 'Support',
      botHandoffAt: '2026-03-23T09:02:00.000Z',
      firstResponseMs: 5 * MIN,
      longestReplyMs: 7 * MIN,
      resolutionMs: 30 * MIN,
      customerMessages: 4,
      agentMessages: 3,
      breaches: [],
    });
    const c6 = page.nodes.find((c) => c.contactId === 'c6')!;
    expect(c6).toMatchObject({
      agentName: 'Anna',
      firstResponseAt: null,
      firstResponseMs: null,
      customerMessages: 1,
      agentMessages: 0,
      breaches: ['FIRST_RESPONSE', 'RESOLUTION'],
    });
    expect(page.nodes.filter((c) => c.contactId === 'c4')).toHaveLength(2);
    expect(page.nodes.filter((c) => c.contactId === 'c5')).toHaveLength(1);
  });

  it('lists the breaching conversations newest first, per team, page by page', async () => {
    const first = await conversations({ basis: 'CALENDAR', breach: 'FIRST_RESPONSE', page: { first: 2 } });
    expect(first.totalCount).toBe(4);
    expect(first.nodes.map((c) => [c.contactId, c.startedAt])).toEqual([
      ['c3', '2026-03-27T16:30:00.000Z'],
      ['c6', '2026-03-26T15:00:00.000Z'],
    ]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await conversations({
      basis: 'CALENDAR',
      breach: 'FIRST_RESPONSE',
      page: { first: 2, after: first.pageInfo.endCursor },
    });
    expect(second.nodes.map((c) => [c.contactId, c.startedAt])).toEqual([
      ['c4', '2026-03-26T10:20:00.000Z'],
      ['c4', '2026-03-25T10:00:00.000Z'],
    ]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    const support = await conversations({ basis: 'CALENDAR', breach: 'FIRST_RESPONSE', teamId: supportId });
    expect(support.nodes.map((c) => c.startedAt)).toEqual([
      '2026-03-27T16:30:00.000Z',
      '2026-03-26T15:00:00.000Z',
      '2026-03-25T10:00:00.000Z',
    ]);
    // c2's 60 min reply was late; c5's last message has waited longer than 30 min since (open past the target).
    const sales = await conversations({ basis: 'CALENDAR', breach: 'NEXT_REPLY', teamId: salesId });
    expect(sales.nodes.map((c) => [c.contactId, c.breaches])).toEqual([
      ['c5', ['NEXT_REPLY', 'RESOLUTION']],
      ['c2', ['NEXT_REPLY', 'RESOLUTION']],
    ]);
  });

  it('puts durations in the seven buckets', async () => {
    const buckets = async (metric: string, basis: string) =>
      (
        await ok<{ responseTimeDistribution: { label: string; count: number }[] }>(DISTRIBUTION, {
          filter: PERIOD,
          metric,
          basis,
        })
      ).responseTimeDistribution;
    const frt = await buckets('FIRST_RESPONSE', 'CALENDAR');
    expect(frt.map((b) => b.label)).toEqual(['<1 min', '1–5 min', '5–15 min', '15–60 min', '1–4 h', '4–24 h', '>24 h']);
    // A duration on an edge falls in the upper bucket (5 min → 5–15 min, 60 min → 1–4 h).
    expect(frt.map((b) => b.count)).toEqual([0, 0, 3, 2, 0, 0, 1]);
    expect((await buckets('FIRST_RESPONSE', 'BUSINESS')).map((b) => b.count)).toEqual([0, 0, 3, 3, 0, 0, 0]);
    expect((await buckets('REPLY', 'CALENDAR')).map((b) => b.count)).toEqual([0, 1, 3, 3, 1, 0, 1]);
    expect((await buckets('RESOLUTION', 'CALENDAR')).map((b) => b.count)).toEqual([0, 0, 0, 1, 1, 0, 0]);
  });

  it('maps conversation starts to the Berlin weekday and hour across the DST change', async () => {
    const cells = (await ok<{ supportHeatmap: unknown[] }>(HEATMAP, { filter: PERIOD })).supportHeatmap;
    expect(cells).toEqual([
      { dayOfWeek: 1, hour: 10, conversations: 1, medianFirstResponseMs: 5 * MIN },
      { dayOfWeek: 2, hour: 9, conversations: 1, medianFirstResponseMs: 10 * MIN },
      { dayOfWeek: 3, hour: 11, conversations: 2, medianFirstResponseMs: 12.5 * MIN },
      { dayOfWeek: 4, hour: 11, conversations: 1, medianFirstResponseMs: 30 * MIN },
      { dayOfWeek: 4, hour: 16, conversations: 1, medianFirstResponseMs: null },
      { dayOfWeek: 5, hour: 17, conversations: 1, medianFirstResponseMs: 62.75 * HOUR },
    ]);
  });

  it('rejects a team that is not the tenant’s and a bad cursor', async () => {
    const unknownTeam = await gql(CONVERSATIONS, {
      filter: PERIOD,
      basis: 'CALENDAR',
      teamId: '00000000-0000-4000-8000-000000000000',
    });
    expect(errorCodes(unknownTeam)).toEqual(['NOT_FOUND']);
    const badCursor = await gql(CONVERSATIONS, { filter: PERIOD, basis: 'CALENDAR', page: { after: 'nope' } });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
  });
});

describe('first-response SLA for conversations no agent answered (real app, chDB, SQLite)', () => {
  let app: KeyedTestApp;

  beforeAll(async () => {
    app = await startKeyedTestApp(KEY, NOW);
    const tenantId = app.tenantId;
    await app.ok('mutation($targets: [SlaTargetInput!]!) { updateSlaSettings(targets: $targets) { updatedAt } }', {
      targets: [{ kind: 'FIRST_RESPONSE', minutes: 15, basis: 'CALENDAR' }],
    });
    const event = (id: string, type: string, at: string, contactId: string, payload: Record<string, unknown>) =>
      whatsappEvent(tenantId, id, type, at, { contactId, messageId: `wamid.${id}`, payload });
    const bot = { sender: { kind: 'bot' }, isTemplate: false, contentType: 'text' };
    await app.warehouse.sink.insertEvents([
      // b1: a bot answers and the conversation is resolved two hours later with no agent: not measured.
      event('b1:1', 'message.received', '2026-03-24T08:00:00.000Z', 'b1', { contentType: 'text' }),
      event('b1:2', 'message.sent', '2026-03-24T08:00:05.000Z', 'b1', bot),
      event('b1:3', 'conversation.updated', '2026-03-24T10:00:00.000Z', 'b1', { action: 'resolved' }),
      // b2: a bot answers, nobody resolves it and no agent ever replies: still waiting, so a breach.
      event('b2:1', 'message.received', '2026-03-25T08:00:00.000Z', 'b2', { contentType: 'text' }),
      event('b2:2', 'message.sent', '2026-03-25T08:00:05.000Z', 'b2', bot),
    ]);
    await refreshTestRollups(app.warehouse);
  });

  afterAll(async () => {
    await app?.close();
  });

  it('measures only the open one and lists only it as breaching', async () => {
    const performance = await app.call<{ supportPerformance: Performance }>(PERFORMANCE, {
      filter: PERIOD,
      groupBy: 'CHANNEL',
      basis: 'CALENDAR',
    });
    expect(performance.data!.supportPerformance.totals).toMatchObject({
      conversations: 2,
      resolved: 1,
      sla: [{ kind: 'FIRST_RESPONSE', measured: 1, within: 0, attainment: 0 }],
    });
    const breaching = await app.call<{ supportConversations: ConversationPage }>(CONVERSATIONS, {
      filter: PERIOD,
      basis: 'CALENDAR',
      breach: 'FIRST_RESPONSE',
    });
    expect(breaching.data!.supportConversations.nodes.map((c) => c.contactId)).toEqual(['b2']);
  });
});
