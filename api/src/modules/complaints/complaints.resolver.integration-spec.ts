import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_complaints_0123456789abcdefgh';

const TRENDS = `
  query Trends($filter: AnalyticsFilter!, $threshold: Float) {
    complaintTrends(filter: $filter, threshold: $threshold) {
      asOf
      timeZone
      threshold
      complaints
      delivered
      rate
      days { date complaints delivered rate mean stdDev historyDays limit spike reason judged notJudgedReason }
      weeks { weekStart isoWeek complaints delivered rate days }
      kinds { kind complaints rate }
      topReasons { reason complaints }
    }
  }`;

const BREAKDOWN = `
  query Breakdown($filter: AnalyticsFilter!, $by: ComplaintDimension!) {
    complaintBreakdown(filter: $filter, by: $by) { key complaints delivered rate }
  }`;

const EVENTS = `
  query Events($filter: AnalyticsFilter!, $drillDown: ComplaintDrillDown, $page: PageInput) {
    complaintEvents(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id occurredAt channel accountId accountName contactId kind reason templateName campaignId campaignName
        relatedMessageId
      }
    }
  }`;

const MESSAGES = `
  query Messages($filter: AnalyticsFilter!, $drillDown: EngagementDrillDown, $page: PageInput) {
    engagementMessages(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      nodes { messageId templateName campaignKey deliveredAt }
    }
  }`;

interface ComplaintEvent {
  id: string;
  occurredAt: string;
  kind: string;
  reason: string | null;
  templateName: string | null;
  campaignId: string | null;
  relatedMessageId: string | null;
  [field: string]: unknown;
}

interface EventPage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: ComplaintEvent[];
}

interface Day {
  date: string;
  complaints: number;
  delivered: number;
  rate: number | null;
  mean: number | null;
  stdDev: number | null;
  historyDays: number;
  limit: number | null;
  spike: boolean;
  reason: string | null;
  judged: boolean;
  notJudgedReason: string | null;
}

interface Trends {
  complaintTrends: {
    asOf: string | null;
    timeZone: string;
    threshold: number | null;
    complaints: number;
    delivered: number;
    rate: number | null;
    days: Day[];
    weeks: unknown[];
    kinds: { kind: string; complaints: number; rate: number | null }[];
    topReasons: { reason: string; complaints: number }[];
  };
}

const PERIOD = { from: '2025-03-09', to: '2025-03-11' };

/**
 * 100 delivered template messages a day at 10:00 UTC (12:00 in Kyiv), each to its own contact.
 * 03-01..03-08 (history): template "welcome", 1 complaint a day → rate 10, mean 10, σ 0; σ is floored at the
 * counting noise √(10·100/1000)·1000/100 = 10, so the limit is 10 + 3·10 = 40.
 * 03-09: messages 0–49 template "promo" of campaign "spring", 50–99 "welcome"; 5 complaints about promo 0–4
 * → 50 per 1,000 > 40: a spike.
 * 03-10: 100 "welcome"; 4 complaints → 40, not above 40: normal. One of them is at 22:30 UTC on 03-09, already
 * 03-10 in Kyiv (about 03-09's welcome #50).
 * 03-11: nothing delivered; 1 complaint at 22:30 UTC on 03-10 (03-11 in Kyiv) about 03-10's welcome #3.
 * Plus an agent's reply (not business-initiated) on 03-10 to the contact of welcome #0, who complains later that
 * day: the contact complained after it, but it is not in the complaint rate's base, nor in any breakdown row.
 */
function plantedEvents(tenantId: string): CanonicalEvent[] {
  const events: CanonicalEvent[] = [];
  const days = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10'].map((d) => `2025-03-${d}`);
  const messageId = (date: string, i: number) => `m:${date}:${i}`;
  const contactId = (date: string, i: number) => `c:${date}:${i}`;
  const complaint = (date: string, i: number, at: string, kind: string, reason?: string) =>
    whatsappEvent(tenantId, `complaint:${date}:${i}`, 'complaint.recorded', at, {
      contactId: contactId(date, i),
      payload: { kind, relatedMessageId: messageId(date, i), ...(reason ? { reason } : {}) },
    });
  for (const date of days) {
    for (let i = 0; i < 100; i += 1) {
      const promo = date === '2025-03-09' && i < 50;
      events.push(
        whatsappEvent(tenantId, `sent:${date}:${i}`, 'message.sent', `${date}T10:00:00.000Z`, {
          messageId: messageId(date, i),
          contactId: contactId(date, i),
          payload: {
            sender: promo ? { kind: 'campaign' } : { kind: 'bot' },
            isTemplate: true,
            templateName: promo ? 'promo' : 'welcome',
            templateCategory: promo ? 'MARKETING' : 'UTILITY',
            contentType: 'template',
            ...(promo ? { campaignId: 'spring' } : {}),
          },
        }),
        whatsappEvent(tenantId, `delivered:${date}:${i}`, 'message.status', `${date}T10:00:05.000Z`, {
          messageId: messageId(date, i),
          contactId: contactId(date, i),
          payload: { status: 'delivered' },
        }),
      );
    }
    if (date < '2025-03-09') events.push(complaint(date, 0, `${date}T15:00:00.000Z`, 'block'));
  }
  for (let i = 0; i < 5; i += 1) {
    events.push(
      complaint(
        '2025-03-09',
        i,
        '2025-03-09T15:00:00.000Z',
        'report_spam',
        i < 3 ? 'too many offers' : 'not subscribed',
      ),
    );
  }
  events.push(complaint('2025-03-09', 50, '2025-03-09T22:30:00.000Z', 'marketing_stop'));
  for (let i = 0; i < 3; i += 1) {
    events.push(complaint('2025-03-10', i, '2025-03-10T15:00:00.000Z', 'negative_feedback', 'not subscribed'));
  }
  events.push(complaint('2025-03-10', 3, '2025-03-10T22:30:00.000Z', 'unsubscribe_request', 'too many offers'));
  events.push(
    whatsappEvent(tenantId, 'sent:agent:2025-03-10', 'message.sent', '2025-03-10T11:00:00.000Z', {
      messageId: 'm:agent:2025-03-10',
      contactId: contactId('2025-03-10', 0),
      payload: { sender: { kind: 'agent' }, isTemplate: false, contentType: 'text' },
    }),
    whatsappEvent(tenantId, 'delivered:agent:2025-03-10', 'message.status', '2025-03-10T11:00:05.000Z', {
      messageId: 'm:agent:2025-03-10',
      contactId: contactId('2025-03-10', 0),
      payload: { status: 'delivered' },
    }),
  );
  return events;
}

describe('complaint trends over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });
  const trends = async (variables: Record<string, unknown>) => {
    const response = await gql<Trends>(TRENDS, variables);
    expect(response.errors).toBeUndefined();
    return response.data!.complaintTrends;
  };
  const dayOf = (days: Day[], date: string) => days.find((d) => d.date === date)!;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const tenantId = me.data!.me.tenant.id;
    expect(
      (await gql('mutation { updateTenantSettings(input: { timeZone: "Europe/Kyiv" }) { timeZone } }')).errors,
    ).toBeUndefined();
    await warehouse.sink.insertEvents([
      ...plantedEvents(tenantId),
      // Another tenant: the same data plus 20 blocks on 03-10 about its own messages.
      ...plantedEvents('tenant_someone_else'),
      ...Array.from({ length: 20 }, (_, i) =>
        whatsappEvent('tenant_someone_else', `other:complaint:${i}`, 'complaint.recorded', '2025-03-10T12:00:00.000Z', {
          contactId: `c:2025-03-10:${i}`,
          payload: { kind: 'block', reason: 'someone else', relatedMessageId: `m:2025-03-10:${i}` },
        }),
      ),
    ]);
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    if (warehouse) await dropTestDatabase(warehouse);
  });

  it('flags the planted spike day, not the normal day at exactly the limit, and leaves the empty day unjudged', async () => {
    const result = await trends({ filter: PERIOD });
    // As of the rollup rebuild after the writes (complaints and deliveries of the same one).
    expect(Date.parse(result.asOf!)).toBeGreaterThan(Date.now() - 10 * 60_000);
    expect(result.timeZone).toBe('Europe/Kyiv');
    expect(result.threshold).toBeNull();
    expect(result.days.map((d) => d.date)).toEqual(['2025-03-09', '2025-03-10', '2025-03-11']);
    expect(dayOf(result.days, '2025-03-09')).toEqual({
      date: '2025-03-09',
      complaints: 5,
      delivered: 100,
      rate: 50,
      mean: 10,
      stdDev: 0,
      historyDays: 8,
      limit: 40,
      spike: true,
      reason: 'ABOVE_TRAILING_MEAN',
      judged: true,
      notJudgedReason: null,
    });
    // The spike stays out of the baseline: 03-10 is judged against the same 8 days.
    expect(dayOf(result.days, '2025-03-10')).toMatchObject({
      complaints: 4,
      delivered: 100,
      rate: 40,
      historyDays: 8,
      limit: 40,
      spike: false,
      reason: null,
      judged: true,
    });
    expect(dayOf(result.days, '2025-03-11')).toMatchObject({
      complaints: 1,
      delivered: 0,
      rate: null,
      limit: null,
      spike: false,
      judged: false,
      notJudgedReason: 'LOW_VOLUME',
    });
    expect(result).toMatchObject({ complaints: 10, delivered: 200, rate: 50 });
  });

  it('counts days, weeks, kinds and reasons in the tenant time zone', async () => {
    const result = await trends({ filter: PERIOD });
    // 2025-03-09 is a Sunday: its week began Monday 03-03; 03-10 and 03-11 open week 11.
    expect(result.weeks).toEqual([
      { weekStart: '2025-03-03', isoWeek: '2025-W10', complaints: 5, delivered: 100, rate: 50, days: 1 },
      { weekStart: '2025-03-10', isoWeek: '2025-W11', complaints: 5, delivered: 100, rate: 50, days: 2 },
    ]);
    expect(result.kinds).toEqual([
      { kind: 'BLOCK', complaints: 0, rate: 0 },
      { kind: 'REPORT_SPAM', complaints: 5, rate: 25 },
      { kind: 'MARKETING_STOP', complaints: 1, rate: 5 },
      { kind: 'NEGATIVE_FEEDBACK', complaints: 3, rate: 15 },
      { kind: 'UNSUBSCRIBE_REQUEST', complaints: 1, rate: 5 },
    ]);
    expect(result.topReasons).toEqual([
      { reason: 'not subscribed', complaints: 5 },
      { reason: 'too many offers', complaints: 4 },
    ]);
    // In UTC the 22:30 complaints would fall a day earlier: 03-09 would have 6, 03-11 none.
    const utc = await trends({ filter: { from: '2025-03-10', to: '2025-03-10' } });
    expect(utc.days).toEqual([expect.objectContaining({ date: '2025-03-10', complaints: 4 })]);
  });

  it('judges against a threshold when one is given', async () => {
    const at45 = await trends({ filter: PERIOD, threshold: 45 });
    expect(at45.threshold).toBe(45);
    expect(at45.days.map((d) => [d.date, d.limit, d.spike, d.reason])).toEqual([
      ['2025-03-09', 45, true, 'ABOVE_THRESHOLD'],
      ['2025-03-10', 45, false, null],
      ['2025-03-11', null, false, null],
    ]);
    const at35 = await trends({ filter: PERIOD, threshold: 35 });
    expect(at35.days.map((d) => d.spike)).toEqual([true, true, false]);
    const negative = await gql(TRENDS, { filter: PERIOD, threshold: -1 });
    expect(errorCodes(negative)).toEqual(['BAD_USER_INPUT']);
  });

  it("judges against the tenant's threshold setting when the request gives none", async () => {
    const setting = (value: number | null) =>
      gql('mutation($input: MonitoringSettingsInput!) { updateMonitoringSettings(input: $input) { tierEra } }', {
        input: { tierEra: 'AUTO', complaintSpikeThreshold: value },
      });
    expect((await setting(45)).errors).toBeUndefined();
    const fromSetting = await trends({ filter: PERIOD });
    expect(fromSetting.threshold).toBe(45);
    expect(fromSetting.days.map((d) => [d.date, d.limit, d.spike])).toEqual([
      ['2025-03-09', 45, true],
      ['2025-03-10', 45, false],
      ['2025-03-11', null, false],
    ]);
    // A threshold in the request wins over the setting.
    expect((await trends({ filter: PERIOD, threshold: 35 })).days.map((d) => d.spike)).toEqual([true, true, false]);
    expect((await setting(null)).errors).toBeUndefined();
    expect((await trends({ filter: PERIOD })).threshold).toBeNull();
  });

  it('has the Overview complaint rate on every day and for the period', async () => {
    const overview = await gql<{
      overview: { complaintRate: { value: number | null; series: { date: string; value: number | null }[] } };
    }>(
      'query($filter: AnalyticsFilter!) { overview(filter: $filter) { complaintRate { value series { date value } } } }',
      { filter: PERIOD },
    );
    expect(overview.errors).toBeUndefined();
    const result = await trends({ filter: PERIOD });
    expect(overview.data!.overview.complaintRate.value).toBe(result.rate);
    expect(overview.data!.overview.complaintRate.series).toEqual(
      result.days.map((d) => ({ date: d.date, value: d.rate })),
    );
  });

  it('breaks complaints down by template and campaign, per delivered message', async () => {
    // Period messages: 50 promo (campaign spring) with 5 complained about, 150 welcome with 3 + 2 (#50 of
    // 03-09 and #3 of 03-10, each complained about after 22:00 UTC).
    const byTemplate = await gql<{ complaintBreakdown: unknown[] }>(BREAKDOWN, { filter: PERIOD, by: 'TEMPLATE' });
    expect(byTemplate.errors).toBeUndefined();
    expect(byTemplate.data!.complaintBreakdown).toEqual([
      { key: 'welcome', complaints: 5, delivered: 150, rate: (5 * 1000) / 150 },
      { key: 'promo', complaints: 5, delivered: 50, rate: 100 },
    ]);
    const byCampaign = await gql<{ complaintBreakdown: unknown[] }>(BREAKDOWN, { filter: PERIOD, by: 'CAMPAIGN' });
    expect(byCampaign.data!.complaintBreakdown).toEqual([
      { key: '', complaints: 5, delivered: 150, rate: (5 * 1000) / 150 },
      { key: 'spring', complaints: 5, delivered: 50, rate: 100 },
    ]);
    const byCategory = await gql<{ complaintBreakdown: unknown[] }>(BREAKDOWN, { filter: PERIOD, by: 'CATEGORY' });
    expect(byCategory.data!.complaintBreakdown).toEqual([
      { key: 'UTILITY', complaints: 5, delivered: 150, rate: (5 * 1000) / 150 },
      { key: 'MARKETING', complaints: 5, delivered: 50, rate: 100 },
    ]);
  });

  it("never counts another tenant's complaints or messages", async () => {
    // The other tenant has the same planted data plus 20 blocks on 03-10: none of it shows here.
    const result = await trends({ filter: { from: '2025-03-10', to: '2025-03-10' } });
    expect(result).toMatchObject({ complaints: 4, delivered: 100 });
    expect(result.topReasons.map((r) => r.reason)).not.toContain('someone else');
    const byAccount = await gql<{ complaintBreakdown: unknown[] }>(BREAKDOWN, {
      filter: { from: '2025-03-10', to: '2025-03-10' },
      by: 'ACCOUNT',
    });
    expect(byAccount.data!.complaintBreakdown).toEqual([{ key: 'wa_1', complaints: 4, delivered: 100, rate: 40 }]);
  });
  describe('the complaints behind the figures (complaintEvents)', () => {
    const events = async (drillDown: Record<string, unknown> | null, page?: Record<string, unknown>) => {
      const response = await gql<{ complaintEvents: EventPage }>(EVENTS, { filter: PERIOD, drillDown, page });
      expect(response.errors).toBeUndefined();
      return response.data!.complaintEvents;
    };

    it("lists a day's complaints in the tenant time zone: as many as the day's count, newest first", async () => {
      const result = await trends({ filter: PERIOD });
      for (const day of result.days) {
        const list = await events({ date: day.date });
        expect([day.date, list.totalCount, list.nodes.length]).toEqual([day.date, day.complaints, day.complaints]);
      }
      // 03-10 in Kyiv: the marketing stop of 22:30 UTC on 03-09 and the three negative feedbacks.
      const march10 = await events({ date: '2025-03-10' });
      expect(march10.nodes.map((n) => [n.id, n.occurredAt, n.kind])).toEqual([
        ['complaint:2025-03-10:2', '2025-03-10T15:00:00.000Z', 'NEGATIVE_FEEDBACK'],
        ['complaint:2025-03-10:1', '2025-03-10T15:00:00.000Z', 'NEGATIVE_FEEDBACK'],
        ['complaint:2025-03-10:0', '2025-03-10T15:00:00.000Z', 'NEGATIVE_FEEDBACK'],
        ['complaint:2025-03-09:50', '2025-03-09T22:30:00.000Z', 'MARKETING_STOP'],
      ]);
      expect(march10.nodes[3]).toEqual({
        id: 'complaint:2025-03-09:50',
        occurredAt: '2025-03-09T22:30:00.000Z',
        channel: 'WHATSAPP',
        accountId: 'wa_1',
        accountName: null,
        contactId: 'c:2025-03-09:50',
        kind: 'MARKETING_STOP',
        reason: null,
        // Not in the complaint: from the message it names (welcome #50 of 03-09, no campaign).
        templateName: 'welcome',
        campaignId: null,
        campaignName: null,
        relatedMessageId: 'm:2025-03-09:50',
      });
    });

    it('lists a kind and a reason as many times as they are counted', async () => {
      const result = await trends({ filter: PERIOD });
      for (const kind of result.kinds) expect((await events({ kind: kind.kind })).totalCount).toBe(kind.complaints);
      for (const reason of result.topReasons) {
        expect((await events({ reason: reason.reason })).totalCount).toBe(reason.complaints);
      }
      const spam = await events({ kind: 'REPORT_SPAM' });
      expect(spam.nodes.map((n) => [n.relatedMessageId, n.templateName, n.campaignId, n.reason])).toEqual([
        ['m:2025-03-09:4', 'promo', 'spring', 'not subscribed'],
        ['m:2025-03-09:3', 'promo', 'spring', 'not subscribed'],
        ['m:2025-03-09:2', 'promo', 'spring', 'too many offers'],
        ['m:2025-03-09:1', 'promo', 'spring', 'too many offers'],
        ['m:2025-03-09:0', 'promo', 'spring', 'too many offers'],
      ]);
      // '' = the complaints given without a reason: only the marketing stop.
      expect((await events({ reason: '' })).nodes.map((n) => n.id)).toEqual(['complaint:2025-03-09:50']);
      // Parts combine: spam reports of 03-09 saying "not subscribed"; nothing of that kind on 03-10.
      expect((await events({ date: '2025-03-09', kind: 'REPORT_SPAM', reason: 'not subscribed' })).totalCount).toBe(2);
      expect((await events({ date: '2025-03-10', kind: 'REPORT_SPAM' })).totalCount).toBe(0);
    });

    it('pages newest first without losing or repeating a complaint', async () => {
      const all = await events(null);
      expect(all.totalCount).toBe(10);
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: EventPage = await events(null, { first: 4, ...(after ? { after } : {}) });
        expect(page.totalCount).toBe(10);
        seen.push(...page.nodes.map((n) => n.id));
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
        pages += 1;
      } while (after);
      expect(pages).toBe(3);
      expect(seen).toEqual(all.nodes.map((n) => n.id));
      const times = all.nodes.map((n) => n.occurredAt);
      expect([...times].sort().reverse()).toEqual(times);
    });

    it("never lists another tenant's complaints, and refuses a day outside the period or a foreign cursor", async () => {
      // The other tenant's 20 blocks of 03-10 (and its copy of the planted complaints) stay out.
      expect((await events({ kind: 'BLOCK' })).totalCount).toBe(0);
      const march10 = await events({ date: '2025-03-10' });
      expect(march10.nodes.map((n) => n.reason)).not.toContain('someone else');
      const outside = await gql(EVENTS, { filter: PERIOD, drillDown: { date: '2025-03-12' } });
      expect(errorCodes(outside)).toEqual(['BAD_USER_INPUT']);
      const cursor = await gql(EVENTS, { filter: PERIOD, page: { after: 'bm90LWEtY3Vyc29y' } });
      expect(errorCodes(cursor)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe("a breakdown row's complained messages (engagementMessages, status complained)", () => {
    const messages = async (filter: Record<string, unknown>, drillDown: Record<string, unknown>) => {
      const response = await gql<{
        engagementMessages: { totalCount: number; nodes: { messageId: string; templateName: string | null }[] };
      }>(MESSAGES, { filter, drillDown, page: { first: 200 } });
      expect(response.errors).toBeUndefined();
      return response.data!.engagementMessages;
    };

    it.each(['TEMPLATE', 'CAMPAIGN', 'ACCOUNT', 'CATEGORY'])(
      'opens exactly the complained messages of each %s row',
      async (by) => {
        const rows = await gql<{ complaintBreakdown: { key: string; complaints: number }[] }>(BREAKDOWN, {
          filter: PERIOD,
          by,
        });
        expect(rows.data!.complaintBreakdown.length).toBeGreaterThan(0);
        for (const row of rows.data!.complaintBreakdown) {
          const list = await messages(PERIOD, { complaintDimension: by, key: row.key, status: 'complained' });
          expect([row.key, list.totalCount, list.nodes.length]).toEqual([row.key, row.complaints, row.complaints]);
        }
      },
    );

    it('lists the hand-counted messages: promo #0–4 of 03-09, and on 03-10 only business-initiated ones', async () => {
      const promo = await messages(PERIOD, { complaintDimension: 'TEMPLATE', key: 'promo', status: 'complained' });
      expect(promo.nodes.map((n) => n.messageId).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `m:2025-03-09:${i}`));
      // The breakdown's template key is the name in any language; the engagement's TEMPLATE key ("name|language")
      // is another key, so the same text there selects nothing.
      expect((await messages(PERIOD, { dimension: 'TEMPLATE', key: 'promo', status: 'complained' })).totalCount).toBe(
        0,
      );
      // 03-10: welcome #0–3 drew complaints; the agent's reply to #0's contact did too but is not business-initiated.
      const day = { from: '2025-03-10', to: '2025-03-10' };
      const number = await messages(day, { complaintDimension: 'ACCOUNT', key: 'wa_1', status: 'complained' });
      expect(number.nodes.map((n) => n.messageId).sort()).toEqual([0, 1, 2, 3].map((i) => `m:2025-03-10:${i}`));
      // Without the status: every business message of the row's group, the agent's reply included.
      expect((await messages(day, { complaintDimension: 'ACCOUNT', key: 'wa_1' })).totalCount).toBe(101);
    });

    it('refuses a complaint dimension without a key or together with an engagement dimension', async () => {
      const noKey = await gql(MESSAGES, { filter: PERIOD, drillDown: { complaintDimension: 'TEMPLATE' } });
      expect(errorCodes(noKey)).toEqual(['BAD_USER_INPUT']);
      const both = await gql(MESSAGES, {
        filter: PERIOD,
        drillDown: { complaintDimension: 'TEMPLATE', dimension: 'TEMPLATE', key: 'promo' },
      });
      expect(errorCodes(both)).toEqual(['BAD_USER_INPUT']);
    });
  });
});
