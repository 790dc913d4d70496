import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_engagement_0123456789abcdefgh';

const ENGAGEMENT = `
  query Engagement($filter: AnalyticsFilter!, $groupBy: EngagementDimension) {
    engagement(filter: $filter, groupBy: $groupBy) {
      timeZone
      period { from to }
      total { sent delivered read readRate readRateUnavailableReason timedReads medianSeconds readReceipts }
      histogram { bucket count share }
      groups { key label channel stats { sent readRate } }
      heatmap { dayOfWeek hour sent read }
      days { date sent }
    }
  }`;

const MESSAGES = `
  query Messages($filter: AnalyticsFilter!, $drillDown: EngagementDrillDown, $page: PageInput) {
    engagementMessages(filter: $filter, drillDown: $drillDown, page: $page) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { messageId channel accountExternalId sentAt deliveredAt readAt timeToReadSeconds }
    }
  }`;

describe('engagement over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const tenantId = me.data!.me.tenant.id;
    expect(
      (await gql('mutation { updateTenantSettings(input: { timeZone: "Europe/Kyiv" }) { timeZone } }')).errors,
    ).toBeUndefined();
    const account = await gql(
      'mutation { createBusinessAccount(input: { channel: WHATSAPP, externalId: "wa_1", displayName: "Shop" }) { id } }',
    );
    expect(account.errors).toBeUndefined();
    // 23:30 UTC on the 10th is 01:30 on Tuesday the 11th in Kyiv; read 90 s later without a delivered status.
    await warehouse.sink.insertEvents([
      whatsappEvent(tenantId, 'e:sent', 'message.sent', '2025-03-10T23:30:00.000Z', {
        messageId: 'm1',
        payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
      }),
      whatsappEvent(tenantId, 'e:read', 'message.status', '2025-03-10T23:31:30.000Z', {
        messageId: 'm1',
        payload: { status: 'read' },
      }),
      whatsappEvent(tenantId, 'e:sent2', 'message.sent', '2025-03-11T10:00:00.000Z', {
        messageId: 'm2',
        payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
      }),
      whatsappEvent(tenantId, 'e:failed2', 'message.status', '2025-03-11T10:00:01.000Z', {
        messageId: 'm2',
        payload: { status: 'failed', errorCode: '131047', errorTitle: 'Re-engagement message' },
      }),
      whatsappEvent('tenant_someone_else', 'e:other', 'message.sent', '2025-03-11T10:00:00.000Z', {
        messageId: 'm3',
        payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
      }),
    ]);
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    if (warehouse) await dropTestDatabase(warehouse);
  });

  const filter = { from: '2025-03-11', to: '2025-03-11' };

  it('answers engagement by account with the display name, in the tenant time zone', async () => {
    const { data, errors } = await gql<{ engagement: Record<string, unknown> }>(ENGAGEMENT, {
      filter,
      groupBy: 'ACCOUNT',
    });
    expect(errors).toBeUndefined();
    expect(data!.engagement).toEqual({
      timeZone: 'Europe/Kyiv',
      period: filter,
      total: {
        sent: 2,
        delivered: 1,
        read: 1,
        readRate: 1,
        readRateUnavailableReason: null,
        timedReads: 1,
        medianSeconds: 90,
        readReceipts: true,
      },
      histogram: [
        { bucket: 'UNDER_1_MIN', count: 0, share: 0 },
        { bucket: 'MIN_1_TO_5', count: 1, share: 1 },
        { bucket: 'MIN_5_TO_30', count: 0, share: 0 },
        { bucket: 'MIN_30_TO_2_H', count: 0, share: 0 },
        { bucket: 'H_2_TO_24', count: 0, share: 0 },
        { bucket: 'OVER_24_H', count: 0, share: 0 },
      ],
      groups: [{ key: 'wa_1', label: 'Shop', channel: 'WHATSAPP', stats: { sent: 2, readRate: 1 } }],
      heatmap: [
        { dayOfWeek: 2, hour: 1, sent: 1, read: 1 },
        { dayOfWeek: 2, hour: 12, sent: 1, read: 0 },
      ],
      days: [{ date: '2025-03-11', sent: 2 }],
    });
  });

  it('says when the figures were rolled up', async () => {
    const refreshed = Math.floor(Date.now() / 1000) * 1000;
    await refreshTestRollups(warehouse);
    const { data, errors } = await gql<{ engagement: { asOf: string } }>(
      'query($filter: AnalyticsFilter!) { engagement(filter: $filter) { asOf } }',
      { filter },
    );
    expect(errors).toBeUndefined();
    expect(Date.parse(data!.engagement.asOf)).toBeGreaterThanOrEqual(refreshed);
    expect(Date.parse(data!.engagement.asOf)).toBeLessThanOrEqual(Date.now());
  });

  it('pages through the messages behind a chart element and explains failures', async () => {
    const first = await gql<{
      engagementMessages: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        nodes: unknown[];
      };
    }>(MESSAGES, { filter, page: { first: 1 } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.engagementMessages).toMatchObject({
      totalCount: 2,
      pageInfo: { hasNextPage: true },
      nodes: [{ messageId: 'm2' }],
    });
    const second = await gql<{ engagementMessages: { nodes: unknown[]; pageInfo: { hasNextPage: boolean } } }>(
      MESSAGES,
      {
        filter,
        page: { first: 1, after: first.data!.engagementMessages.pageInfo.endCursor },
      },
    );
    expect(second.data!.engagementMessages).toMatchObject({
      pageInfo: { hasNextPage: false },
      nodes: [
        {
          messageId: 'm1',
          channel: 'WHATSAPP',
          accountExternalId: 'wa_1',
          sentAt: '2025-03-10T23:30:00.000Z',
          deliveredAt: '2025-03-10T23:31:30.000Z',
          readAt: '2025-03-10T23:31:30.000Z',
          timeToReadSeconds: 90,
        },
      ],
    });
    const bucket = await gql<{ engagementMessages: { totalCount: number } }>(MESSAGES, {
      filter,
      drillDown: { bucket: 'MIN_1_TO_5', status: 'read' },
    });
    expect(bucket.data!.engagementMessages.totalCount).toBe(1);
    const reasons = await gql<{ failureReasons: unknown[] }>(
      'query($filter: AnalyticsFilter!) { failureReasons(filter: $filter) { channel errorCode count known } }',
      { filter },
    );
    expect(reasons.data).toEqual({
      failureReasons: [{ channel: 'WHATSAPP', errorCode: '131047', count: 1, known: true }],
    });
    // A failure reason's row opens exactly its messages: the code, on its channel.
    const byCode = async (drillDown: Record<string, unknown>) =>
      (
        await gql<{ engagementMessages: { nodes: Array<{ messageId: string }> } }>(MESSAGES, { filter, drillDown })
      ).data!.engagementMessages.nodes.map((n) => n.messageId);
    expect(await byCode({ dimension: 'CHANNEL', key: 'whatsapp', errorCode: '131047' })).toEqual(['m2']);
    expect(await byCode({ errorCode: '131026' })).toEqual([]);
    expect(await byCode({ channel: 'WHATSAPP', accountId: 'wa_1' })).toEqual(['m2', 'm1']);
  });

  it('refuses drill-downs that do not fit the chart with BAD_USER_INPUT', async () => {
    for (const drillDown of [
      { status: 'opened' },
      { hour: 24 },
      { dayOfWeek: 0 },
      { key: 'wa_1' },
      { date: '2025-03-12' },
      { accountId: '' },
    ]) {
      expect(errorCodes(await gql(MESSAGES, { filter, drillDown }))).toEqual(['BAD_USER_INPUT']);
    }
    expect(errorCodes(await gql(MESSAGES, { filter, page: { after: 'bm90LWEtY3Vyc29y' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
  });
});
