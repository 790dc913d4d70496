import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { SatisfactionGroupBy } from './dtos/satisfaction.enums';
import { SatisfactionService } from './satisfaction.service';

const FIGURE = 'survey answers score promoters passives detractors responseRate';
const SATISFACTION = `
  query($filter: AnalyticsFilter!, $groupBy: SatisfactionGroupBy!) {
    satisfaction(filter: $filter, groupBy: $groupBy) {
      totals { key label nps { ${FIGURE} } csat { ${FIGURE} } }
      groups { key label nps { ${FIGURE} } csat { ${FIGURE} } }
    }
  }`;
const COMMENTS = `
  query($filter: AnalyticsFilter!, $survey: SurveyKind, $maxScore: Int, $page: PageInput) {
    surveyComments(filter: $filter, survey: $survey, maxScore: $maxScore, page: $page) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes { id survey score comment answeredAt channel agentId agentName conversationId }
    }
  }`;

/** Monday 2 … Sunday 15 March 2026: two ISO weeks. */
const PERIOD = { from: '2026-03-02', to: '2026-03-15' };

interface Figure {
  survey: string;
  answers: number;
  score: number | null;
  promoters: number;
  passives: number;
  detractors: number;
  responseRate: number | null;
}
interface Group {
  key: string;
  label: string;
  nps: Figure;
  csat: Figure;
}
interface Comment {
  id: string;
  survey: string;
  score: number;
  comment: string;
  answeredAt: string;
  channel: string;
  agentId: string | null;
  agentName: string | null;
  conversationId: string | null;
}
interface CommentPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Comment[];
}

/** [answers, promoters, passives, detractors, score, responseRate] of one survey. */
type Expected = [number, number, number, number, number | null, number | null];
const nps = ([answers, promoters, passives, detractors, score, responseRate]: Expected): Figure => ({
  survey: 'NPS',
  answers,
  promoters,
  passives,
  detractors,
  score,
  responseRate,
});
const csat = (expected: Expected): Figure => ({ ...nps(expected), survey: 'CSAT' });
const NONE: Expected = [0, 0, 0, 0, null, null];

describe('satisfaction (NPS/CSAT) over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  const agentIds: Record<string, string> = {};
  let teamId: string;

  async function satisfaction(groupBy: string, filter: Record<string, unknown> = PERIOD) {
    return (
      await t.ok<{ satisfaction: { totals: Group; groups: Group[] } }>(t.as.viewer, SATISFACTION, { filter, groupBy })
    ).satisfaction;
  }
  const comments = async (token: string, variables: Record<string, unknown> = {}) =>
    (await t.ok<{ surveyComments: CommentPage }>(token, COMMENTS, { filter: PERIOD, ...variables })).surveyComments;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    const team = await t.ok<{ createTeam: { id: string } }>(
      t.as.admin,
      'mutation($input: TeamInput!) { createTeam(input: $input) { id } }',
      { input: { name: 'Support' } },
    );
    teamId = team.createTeam.id;
    for (const [externalId, name, team] of [
      ['ag_anna', 'Anna', teamId],
      ['ag_bob', 'Bob', teamId],
      ['ag_cara', 'Cara', null],
    ] as const) {
      const created = await t.ok<{ createAgent: { id: string } }>(
        t.as.admin,
        'mutation($input: AgentInput!) { createAgent(input: $input) { id } }',
        { input: { externalId, name, ...(team ? { teamId: team } : {}) } },
      );
      agentIds[externalId] = created.createAgent.id;
    }

    const base = (tenantId: string, id: string, type: string, at: string, contact: string, conversation: string) => ({
      id,
      tenantId,
      type,
      occurredAt: at,
      channel: contact === 'c5' || contact === 'c7' ? 'telegram' : 'whatsapp',
      accountId: contact === 'c5' || contact === 'c7' ? 'tg_bot' : 'wa_1',
      contactId: contact,
      ...(conversation ? { conversationId: conversation } : {}),
      source: 'fixture',
      schemaVersion: 1,
    });
    const answer = (
      tenantId: string,
      id: string,
      at: string,
      contact: string,
      conversation: string,
      survey: 'nps' | 'csat',
      score: number,
      agentId: string | null,
      comment?: string,
    ) =>
      ({
        ...base(tenantId, id, 'survey.answered', at, contact, conversation),
        payload: { survey, score, ...(agentId ? { agentId } : {}), ...(comment ? { comment } : {}) },
      }) as CanonicalEvent;
    const update = (
      tenantId: string,
      id: string,
      at: string,
      contact: string,
      conversation: string,
      action: string,
      agentId?: string,
    ) =>
      ({
        ...base(tenantId, id, 'conversation.updated', at, contact, conversation),
        payload: { action, ...(agentId ? { agentId } : {}) },
      }) as CanonicalEvent;

    const received = (tenantId: string, id: string, at: string, contact: string, conversation: string) =>
      ({
        ...base(tenantId, id, 'message.received', at, contact, conversation),
        messageId: `m:${id}`,
        payload: { contentType: 'text', text: 'hello' },
      }) as CanonicalEvent;

    const a = t.tenantA;
    const events: CanonicalEvent[] = [
      // NPS: 9 promoter, 6 detractor, 7 and 8 passives (n4 credited to cv4's assignee Bob), 10 promoter on Telegram.
      answer(a, 'n1', '2026-03-02T10:00:00.000Z', 'c1', 'cv1', 'nps', 9, 'ag_anna'),
      answer(a, 'n1', '2026-03-02T10:00:00.000Z', 'c1', 'cv1', 'nps', 9, 'ag_anna'),
      answer(a, 'n2', '2026-03-02T11:00:00.000Z', 'c2', 'cv2', 'nps', 6, 'ag_anna', 'Too slow'),
      answer(a, 'n3', '2026-03-03T09:00:00.000Z', 'c3', 'cv3', 'nps', 7, 'ag_bob'),
      answer(a, 'n4', '2026-03-03T10:00:00.000Z', 'c4', 'cv4', 'nps', 8, null),
      answer(a, 'n5', '2026-03-10T10:00:00.000Z', 'c5', '', 'nps', 10, 'ag_cara', 'Great'),
      answer(a, 'n0', '2026-03-01T23:59:59.999Z', 'c1', 'cv1', 'nps', 0, 'ag_anna', 'before the period'),
      // CSAT: 4 promoter, 3 passive, 2 detractor and 5 promoter (same conversation cv6, nobody assigned).
      answer(a, 's1', '2026-03-02T12:00:00.000Z', 'c1', 'cv1', 'csat', 4, 'ag_anna'),
      answer(a, 's2', '2026-03-04T12:00:00.000Z', 'c2', 'cv2', 'csat', 3, 'ag_bob'),
      answer(a, 's3', '2026-03-11T12:00:00.000Z', 'c6', 'cv6', 'csat', 2, 'ag_cara', 'Rude'),
      answer(a, 's4', '2026-03-11T13:00:00.000Z', 'c6', 'cv6', 'csat', 5, null, 'ok'),
      answer(a, 's5', '2026-03-16T00:00:00.000Z', 'c6', 'cv6', 'csat', 1, null, 'after the period'),
      // Each conversation starts with a customer message (support conversations exist from the first one); the
      // survey answers follow them, so each answer is credited to the conversation of its contact started last.
      received(a, 'r1', '2026-03-02T08:55:00.000Z', 'c1', 'cv1'),
      received(a, 'r2', '2026-03-02T09:55:00.000Z', 'c2', 'cv2'),
      received(a, 'r3', '2026-03-03T06:55:00.000Z', 'c3', 'cv3'),
      received(a, 'r4', '2026-03-03T07:55:00.000Z', 'c4', 'cv4'),
      received(a, 'r9', '2026-03-05T07:55:00.000Z', 'c9', 'cv9'),
      received(a, 'r7', '2026-03-10T06:55:00.000Z', 'c7', 'cv7'),
      received(a, 'r6', '2026-03-11T10:00:00.000Z', 'c6', 'cv6'),
      received(a, 'r8', '2026-02-27T06:55:00.000Z', 'c8', 'cv8'),
      // Conversations: cv1, cv2, cv9 Anna's, cv3 Bob's, cv4 Bob's but reopened after resolving, cv7 Cara's (Telegram),
      // cv6 nobody's, cv8 resolved before the period.
      update(a, 'u1a', '2026-03-02T09:00:00.000Z', 'c1', 'cv1', 'assigned', 'ag_anna'),
      update(a, 'u1r', '2026-03-02T09:50:00.000Z', 'c1', 'cv1', 'resolved'),
      update(a, 'u2a', '2026-03-02T10:00:00.000Z', 'c2', 'cv2', 'assigned', 'ag_anna'),
      update(a, 'u2r', '2026-03-02T10:30:00.000Z', 'c2', 'cv2', 'resolved'),
      update(a, 'u3a', '2026-03-03T07:00:00.000Z', 'c3', 'cv3', 'assigned', 'ag_bob'),
      update(a, 'u3r', '2026-03-03T08:00:00.000Z', 'c3', 'cv3', 'resolved'),
      update(a, 'u4a', '2026-03-03T08:00:00.000Z', 'c4', 'cv4', 'assigned', 'ag_bob'),
      update(a, 'u4r', '2026-03-03T09:30:00.000Z', 'c4', 'cv4', 'resolved'),
      update(a, 'u4o', '2026-03-03T12:00:00.000Z', 'c4', 'cv4', 'reopened'),
      update(a, 'u9a', '2026-03-05T08:00:00.000Z', 'c9', 'cv9', 'assigned', 'ag_anna'),
      update(a, 'u9r', '2026-03-05T09:00:00.000Z', 'c9', 'cv9', 'resolved'),
      update(a, 'u7a', '2026-03-10T07:00:00.000Z', 'c7', 'cv7', 'assigned', 'ag_cara'),
      update(a, 'u7r', '2026-03-10T08:00:00.000Z', 'c7', 'cv7', 'resolved'),
      update(a, 'u6r', '2026-03-11T11:00:00.000Z', 'c6', 'cv6', 'resolved'),
      update(a, 'u8a', '2026-02-27T07:00:00.000Z', 'c8', 'cv8', 'assigned', 'ag_anna'),
      update(a, 'u8r', '2026-02-28T08:00:00.000Z', 'c8', 'cv8', 'resolved'),
      // Another tenant with the same agent ids and conversations: never counted.
      answer(t.tenantB, 'x1', '2026-03-02T10:00:00.000Z', 'c1', 'cv1', 'nps', 0, 'ag_anna', 'other tenant'),
      received(t.tenantB, 'x0', '2026-03-02T09:00:00.000Z', 'c1', 'cv1'),
      update(t.tenantB, 'x2', '2026-03-02T11:00:00.000Z', 'c1', 'cv1', 'resolved'),
    ];
    await warehouse.sink.insertEvents(events);
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('counts each answer once, in its class at the 6/7/8/9 and 2/3/4 boundaries, against 6 resolved conversations', async () => {
    const { totals } = await satisfaction('CHANNEL');
    // NPS: promoters n1, n5; passives n3, n4; detractor n2 → (2 − 1) / 5 = 20; 5 conversations answered / 6 resolved.
    // CSAT: 4 and 5 of 4, 3, 2, 5 → 0.5; conversations cv1, cv2, cv6 → 3 / 6.
    expect(totals).toEqual({
      key: '',
      label: '',
      nps: nps([5, 2, 2, 1, 20, 5 / 6]),
      csat: csat([4, 2, 1, 1, 0.5, 0.5]),
    });
  });

  it('credits the survey agent, else the conversation assignee, and groups by agent', async () => {
    const { groups } = await satisfaction('AGENT');
    expect(groups).toEqual([
      // cv1, cv2, cv9 resolved.
      { key: agentIds.ag_anna, label: 'Anna', nps: nps([2, 1, 0, 1, 0, 2 / 3]), csat: csat([1, 1, 0, 0, 1, 1 / 3]) },
      // All passives: NPS 0. cv3 resolved; cv4 reopened after its resolution, so open.
      { key: agentIds.ag_bob, label: 'Bob', nps: nps([2, 0, 2, 0, 0, 2]), csat: csat([1, 0, 1, 0, 0, 1]) },
      { key: agentIds.ag_cara, label: 'Cara', nps: nps([1, 1, 0, 0, 100, 1]), csat: csat([1, 0, 0, 1, 0, 1]) },
      // No answers: score null, response rate 0 of cv6.
      { key: '', label: 'None', nps: nps([0, 0, 0, 0, null, 0]), csat: csat([1, 1, 0, 0, 1, 1]) },
    ]);
  });

  it("groups by the agent's team and by channel", async () => {
    expect((await satisfaction('TEAM')).groups).toEqual([
      { key: teamId, label: 'Support', nps: nps([4, 1, 2, 1, 0, 1]), csat: csat([2, 1, 1, 0, 0.5, 0.5]) },
      // Cara has no team; cv7 (Cara's) and cv6 (nobody's) resolved; s3 and s4 answer the same conversation.
      { key: '', label: 'None', nps: nps([1, 1, 0, 0, 100, 0.5]), csat: csat([2, 1, 0, 1, 0.5, 0.5]) },
    ]);
    expect((await satisfaction('CHANNEL')).groups).toEqual([
      { key: 'whatsapp', label: 'WHATSAPP', nps: nps([4, 1, 2, 1, 0, 0.8]), csat: csat([4, 2, 1, 1, 0.5, 0.6]) },
      { key: 'telegram', label: 'TELEGRAM', nps: nps([1, 1, 0, 0, 100, 1]), csat: csat([0, 0, 0, 0, null, 0]) },
    ]);
  });

  it('lists every day and week of the period as a trend', async () => {
    const days = (await satisfaction('DAY')).groups;
    expect(days.map((d) => d.key)).toEqual([
      ...Array.from({ length: 8 }, (_, i) => `2026-03-0${i + 2}`),
      ...Array.from({ length: 6 }, (_, i) => `2026-03-${i + 10}`),
    ]);
    const byDay = new Map(days.map((d) => [d.key, d]));
    expect(byDay.get('2026-03-02')).toMatchObject({ nps: nps([2, 1, 0, 1, 0, 1]), csat: csat([1, 1, 0, 0, 1, 0.5]) });
    expect(byDay.get('2026-03-03')).toMatchObject({ nps: nps([2, 0, 2, 0, 0, 2]), csat: csat([0, 0, 0, 0, null, 0]) });
    expect(byDay.get('2026-03-04')).toMatchObject({ nps: nps(NONE), csat: csat([1, 0, 1, 0, 0, null]) });
    expect(byDay.get('2026-03-05')).toMatchObject({ nps: nps([0, 0, 0, 0, null, 0]) });
    expect(byDay.get('2026-03-10')).toMatchObject({ nps: nps([1, 1, 0, 0, 100, 1]) });
    expect(byDay.get('2026-03-11')).toMatchObject({ csat: csat([2, 1, 0, 1, 0.5, 1]) });
    expect(byDay.get('2026-03-15')).toMatchObject({ label: '2026-03-15', nps: nps(NONE), csat: csat(NONE) });

    expect((await satisfaction('WEEK')).groups).toEqual([
      { key: '2026-03-02', label: '2026-03-02', nps: nps([4, 1, 2, 1, 0, 1]), csat: csat([2, 1, 1, 0, 0.5, 0.5]) },
      { key: '2026-03-09', label: '2026-03-09', nps: nps([1, 1, 0, 0, 100, 0.5]), csat: csat([2, 1, 0, 1, 0.5, 0.5]) },
    ]);
  });

  it('applies the agent and channel filters, and shows nothing for a period without answers', async () => {
    const bob = await satisfaction('AGENT', { ...PERIOD, agentIds: [agentIds.ag_bob] });
    expect(bob.totals).toMatchObject({ nps: nps([2, 0, 2, 0, 0, 2]), csat: csat([1, 0, 1, 0, 0, 1]) });
    expect(bob.groups.map((g) => g.label)).toEqual(['Bob']);
    const telegram = await satisfaction('CHANNEL', { ...PERIOD, channels: ['TELEGRAM'] });
    expect(telegram.totals).toMatchObject({ nps: nps([1, 1, 0, 0, 100, 1]), csat: csat([0, 0, 0, 0, null, 0]) });
    const empty = await satisfaction('AGENT', { from: '2026-04-01', to: '2026-04-30' });
    expect(empty).toEqual({ totals: { key: '', label: '', nps: nps(NONE), csat: csat(NONE) }, groups: [] });
  });

  it('keeps tenants apart: the other tenant sees only its own answer', async () => {
    const other = await t.ok<{ satisfaction: { totals: Group } }>(t.otherTenant, SATISFACTION, {
      filter: PERIOD,
      groupBy: 'AGENT',
    });
    expect(other.satisfaction.totals.nps).toEqual(nps([1, 0, 0, 1, -100, 1]));
  });

  it('is callable from other modules with the same figures', async () => {
    const service = t.running.app.get(SatisfactionService, { strict: false });
    const weeks = await service.satisfaction(t.tenantA, PERIOD, SatisfactionGroupBy.WEEK);
    expect(weeks.groups.map((g) => g.nps.score)).toEqual([0, 100]);
  });

  it('lists comments newest first, paged, with the credited agent, to admin and compliance only', async () => {
    const first = await comments(t.as.compliance, { page: { first: 2 } });
    expect(first.totalCount).toBe(4);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.nodes).toEqual([
      {
        id: 's4',
        survey: 'CSAT',
        score: 5,
        comment: 'ok',
        answeredAt: '2026-03-11T13:00:00.000Z',
        channel: 'WHATSAPP',
        agentId: null,
        agentName: null,
        conversationId: 'cv6',
      },
      expect.objectContaining({ id: 's3', score: 2, comment: 'Rude', agentId: agentIds.ag_cara, agentName: 'Cara' }),
    ]);
    const second = await comments(t.as.admin, { page: { first: 2, after: first.pageInfo.endCursor } });
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(second.nodes).toEqual([
      expect.objectContaining({ id: 'n5', channel: 'TELEGRAM', conversationId: null, agentName: 'Cara' }),
      expect.objectContaining({ id: 'n2', survey: 'NPS', score: 6, comment: 'Too slow', agentId: agentIds.ag_anna }),
    ]);

    expect((await comments(t.as.admin, { survey: 'NPS' })).nodes.map((c) => c.id)).toEqual(['n5', 'n2']);
    expect((await comments(t.as.admin, { maxScore: 5 })).nodes.map((c) => c.id)).toEqual(['s4', 's3']);
    expect((await comments(t.as.admin, { survey: 'NPS', maxScore: 6 })).totalCount).toBe(1);
    expect((await comments(t.otherTenant)).nodes.map((c) => c.comment)).toEqual(['other tenant']);

    for (const role of ['manager', 'marketer', 'viewer'] as const) {
      expect(await t.codes(t.as[role], COMMENTS, { filter: PERIOD })).toEqual(['FORBIDDEN']);
    }
    expect(await t.codes(t.as.admin, COMMENTS, { filter: PERIOD, maxScore: 11 })).toEqual(['BAD_USER_INPUT']);
    expect(await t.codes(t.as.admin, COMMENTS, { filter: PERIOD, page: { after: 'bogus' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
  it('credits an answer to a conversation started at most 30 days before it', async () => {
    const event = (id: string, type: string, at: string, contact: string, payload: Record<string, unknown>) =>
      ({
        id,
        tenantId: t.tenantA,
        type,
        occurredAt: at,
        channel: 'whatsapp',
        accountId: 'wa_1',
        contactId: contact,
        conversationId: `cv:${contact}`,
        source: 'fixture',
        schemaVersion: 1,
        ...(type === 'message.received' ? { messageId: `m:${id}` } : {}),
        payload,
      }) as CanonicalEvent;
    await warehouse.sink.insertEvents([
      // Bob's conversations with c20 and c21 began 30 days − 1 h and 30 days + 1 h before their answers.
      event('l20r', 'message.received', '2026-03-20T10:00:00.000Z', 'c20', { contentType: 'text', text: 'hi' }),
      event('l20a', 'conversation.updated', '2026-03-20T10:05:00.000Z', 'c20', {
        action: 'assigned',
        agentId: 'ag_bob',
      }),
      event('l20n', 'survey.answered', '2026-04-19T09:00:00.000Z', 'c20', { survey: 'nps', score: 9 }),
      event('l21r', 'message.received', '2026-03-20T10:00:00.000Z', 'c21', { contentType: 'text', text: 'hi' }),
      event('l21a', 'conversation.updated', '2026-03-20T10:05:00.000Z', 'c21', {
        action: 'assigned',
        agentId: 'ag_bob',
      }),
      event('l21n', 'survey.answered', '2026-04-19T11:00:00.000Z', 'c21', { survey: 'nps', score: 6 }),
    ]);
    await refreshTestRollups(warehouse);
    const { groups } = await satisfaction('AGENT', { from: '2026-04-19', to: '2026-04-19' });
    expect(groups).toEqual([
      { key: agentIds.ag_bob, label: 'Bob', nps: nps([1, 1, 0, 0, 100, null]), csat: csat(NONE) },
      { key: '', label: 'None', nps: nps([1, 0, 0, 1, -100, null]), csat: csat(NONE) },
    ]);
  });
});
