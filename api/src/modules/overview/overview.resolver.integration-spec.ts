import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_overview_0123456789abcdefghij';

interface GraphqlResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
}

const OVERVIEW = `
  query Overview($filter: AnalyticsFilter!) {
    overview(filter: $filter) {
      timeZone
      period { from to }
      previousPeriod { from to }
      messages { value previousValue change unit sampleSize unavailableReason series { date value } }
      deliveryRate { value unit sampleSize unavailableReason }
      readRate { value unavailableReason series { date value } }
      medianTimeToReadSeconds { value unit sampleSize }
      activeConversations { value }
      medianFirstResponseSeconds { value unavailableReason }
      nps { value unavailableReason }
      complaintRate { value unit unavailableReason }
      openViolations { value unavailableReason series { date } }
      volumeByChannelAndDay { date channel sent received }
      channels { channel sent delivered read received deliveryRate readRate readReceipts deliveryReceipts }
    }
  }`;

describe('overview over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let accountId: string;

  async function gql<T>(
    query: string,
    variables: Record<string, unknown> = {},
    token: string | null = KEY,
  ): Promise<GraphqlResponse<T>> {
    const response = await fetch(`${running.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphqlResponse<T>;
  }

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const tenantId = me.data!.me.tenant.id;
    const settings = await gql('mutation { updateTenantSettings(input: { timeZone: "Europe/Kyiv" }) { timeZone } }');
    expect(settings.errors).toBeUndefined();
    const account = await gql<{ createBusinessAccount: { id: string } }>(
      'mutation { createBusinessAccount(input: { channel: WHATSAPP, externalId: "wa_1" }) { id } }',
    );
    accountId = account.data!.createBusinessAccount.id;
    // 23:30 UTC on the 10th is the 11th in Kyiv: one message, read 60 s after it was sent, no delivered status.
    await warehouse.sink.insertEvents([
      whatsappEvent(tenantId, 'e:sent', 'message.sent', '2025-03-10T23:30:00.000Z', {
        messageId: 'm1',
        payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
      }),
      whatsappEvent(tenantId, 'e:read', 'message.status', '2025-03-10T23:31:00.000Z', {
        messageId: 'm1',
        payload: { status: 'read' },
      }),
      whatsappEvent('tenant_someone_else', 'e:other', 'message.sent', '2025-03-11T10:00:00.000Z', {
        messageId: 'm2',
        payload: { sender: { kind: 'agent', agentId: 'agent_1' }, isTemplate: false, contentType: 'text' },
      }),
    ]);
  });

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    await dropTestDatabase(warehouse);
  });

  it('answers the Overview in the tenant time zone with unavailable figures explained', async () => {
    const { data, errors } = await gql<{ overview: Record<string, unknown> }>(OVERVIEW, {
      filter: { from: '2025-03-11', to: '2025-03-11' },
    });
    expect(errors).toBeUndefined();
    expect(data!.overview).toMatchObject({
      timeZone: 'Europe/Kyiv',
      period: { from: '2025-03-11', to: '2025-03-11' },
      previousPeriod: { from: '2025-03-10', to: '2025-03-10' },
      messages: {
        value: 1,
        previousValue: 0,
        change: null,
        unit: 'COUNT',
        sampleSize: 1,
        unavailableReason: null,
        series: [{ date: '2025-03-11', value: 1 }],
      },
      deliveryRate: { value: 1, unit: 'RATIO', sampleSize: 1, unavailableReason: null },
      readRate: { value: 1, unavailableReason: null, series: [{ date: '2025-03-11', value: 1 }] },
      medianTimeToReadSeconds: { value: 60, unit: 'SECONDS', sampleSize: 1 },
      medianFirstResponseSeconds: { value: null, unavailableReason: 'NO_DATA' },
      nps: { value: null, unavailableReason: 'NO_DATA' },
      complaintRate: { value: null, unit: 'PER_THOUSAND', unavailableReason: 'NO_DATA' },
      openViolations: { value: 0, unavailableReason: null },
      volumeByChannelAndDay: [{ date: '2025-03-11', channel: 'WHATSAPP', sent: 1, received: 0 }],
      channels: [
        {
          channel: 'WHATSAPP',
          sent: 1,
          delivered: 1,
          read: 1,
          received: 0,
          deliveryRate: 1,
          readRate: 1,
          readReceipts: true,
          deliveryReceipts: true,
        },
      ],
    });
  });

  it('filters by account id; unknown ids select nothing instead of everything', async () => {
    const own = await gql<{ overview: { messages: { value: number } } }>(OVERVIEW, {
      filter: { from: '2025-03-11', to: '2025-03-11', accountIds: [accountId] },
    });
    expect(own.data!.overview.messages.value).toBe(1);
    const unknown = await gql<{
      overview: { messages: { value: number }; deliveryRate: { unavailableReason: string } };
    }>(OVERVIEW, {
      filter: { from: '2025-03-11', to: '2025-03-11', accountIds: ['00000000-0000-4000-8000-000000000000'] },
    });
    expect(unknown.data!.overview.messages.value).toBe(0);
    expect(unknown.data!.overview.deliveryRate.unavailableReason).toBe('NO_DATA');
  });

  it('says NOT_MEASURABLE for read figures on channels without read receipts', async () => {
    const { data } = await gql<{ overview: { readRate: { value: null; unavailableReason: string } } }>(OVERVIEW, {
      filter: { from: '2025-03-11', to: '2025-03-11', channels: ['TELEGRAM', 'SMS'] },
    });
    expect(data!.overview.readRate).toEqual({ value: null, unavailableReason: 'NOT_MEASURABLE', series: [] });
  });

  it('rejects a reversed or too long period with BAD_USER_INPUT and anonymous callers with UNAUTHENTICATED', async () => {
    const reversed = await gql(OVERVIEW, { filter: { from: '2025-03-11', to: '2025-03-01' } });
    expect(reversed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooLong = await gql(OVERVIEW, { filter: { from: '2024-01-01', to: '2025-01-02' } });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const anonymous = await gql(OVERVIEW, { filter: { from: '2025-03-11', to: '2025-03-11' } }, null);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
