import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { refreshTestRollups } from '@checkmark/test/helpers/rollups';
import { whatsappEvent } from '../../testing/analytics-fixtures';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';

const KEY = 'ck_bootstrap_templates_0123456789abcdefghij';

const TEMPLATES = `
  query Templates($filter: AnalyticsFilter!, $page: PageInput, $search: String) {
    templates(filter: $filter, page: $page, search: $search) {
      totalCount
      pageInfo { hasNextPage endCursor }
      nodes { channel accountExternalId businessAccountId name language category status quality sent delivered read failed deliveryRate readRate medianTimeToReadSeconds }
    }
  }`;

describe('template analytics over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let accountId: string;
  const gql = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: KEY });

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_BOOTSTRAP_API_KEY: KEY } });
    const me = await gql<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }');
    const tenantId = me.data!.me.tenant.id;
    const account = await gql<{ createBusinessAccount: { id: string } }>(
      'mutation { createBusinessAccount(input: { channel: WHATSAPP, externalId: "wa_1" }) { id } }',
    );
    accountId = account.data!.createBusinessAccount.id;
    // One template send read 60 s later without a delivered status, a failed one (131026), and a status change.
    await warehouse.sink.insertEvents([
      whatsappEvent(tenantId, 'e:sent:1', 'message.sent', '2025-03-10T10:00:00.000Z', {
        messageId: 'm1',
        payload: {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'order_ready',
          templateLanguage: 'en',
          templateCategory: 'utility',
          contentType: 'template',
        },
      }),
      whatsappEvent(tenantId, 'e:read:1', 'message.status', '2025-03-10T10:01:00.000Z', {
        messageId: 'm1',
        payload: { status: 'read' },
      }),
      whatsappEvent(tenantId, 'e:sent:2', 'message.sent', '2025-03-10T11:00:00.000Z', {
        messageId: 'm2',
        contactId: 'c_2',
        payload: {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'order_ready',
          templateLanguage: 'en',
          templateCategory: 'utility',
          contentType: 'template',
        },
      }),
      whatsappEvent(tenantId, 'e:failed:2', 'message.status', '2025-03-10T11:00:02.000Z', {
        messageId: 'm2',
        contactId: 'c_2',
        payload: { status: 'failed', errorCode: '131026', errorTitle: 'Message undeliverable' },
      }),
      {
        ...whatsappEvent(tenantId, 'e:tpl:1', 'template.updated', '2024-06-01T00:00:00.000Z', {
          payload: { templateName: 'order_ready', language: 'en', status: 'APPROVED' },
        }),
        contactId: undefined,
      } as CanonicalEvent,
      whatsappEvent('tenant_someone_else', 'e:other', 'message.sent', '2025-03-10T10:00:00.000Z', {
        messageId: 'm9',
        payload: {
          sender: { kind: 'campaign' },
          isTemplate: true,
          templateName: 'order_ready',
          templateLanguage: 'en',
          contentType: 'template',
        },
      }),
    ]);
    await refreshTestRollups(warehouse);
  });

  afterAll(async () => {
    await running?.close();
    removeDataDir(dataDir);
    await dropTestDatabase(warehouse);
  });

  const filter = { from: '2025-03-10', to: '2025-03-10' };

  it('lists templates with their funnel and state', async () => {
    const response = await gql<{ templates: unknown }>(TEMPLATES, { filter });
    expect(response.errors).toBeUndefined();
    expect(response.data!.templates).toEqual({
      totalCount: 1,
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
      nodes: [
        {
          channel: 'WHATSAPP',
          accountExternalId: 'wa_1',
          businessAccountId: accountId,
          name: 'order_ready',
          language: 'en',
          category: 'utility',
          status: 'APPROVED',
          quality: null,
          sent: 2,
          delivered: 1,
          read: 1,
          failed: 1,
          deliveryRate: 0.5,
          readRate: 1,
          medianTimeToReadSeconds: 60,
        },
      ],
    });
  });

  it('says when the list was rolled up', async () => {
    const refreshed = Math.floor(Date.now() / 1000) * 1000;
    await refreshTestRollups(warehouse);
    const { data, errors } = await gql<{ templates: { asOf: string } }>(
      'query($filter: AnalyticsFilter!) { templates(filter: $filter) { asOf } }',
      { filter },
    );
    expect(errors).toBeUndefined();
    expect(Date.parse(data!.templates.asOf)).toBeGreaterThanOrEqual(refreshed);
  });

  it('answers history and failure reasons', async () => {
    const history = await gql<{ templateHistory: unknown }>(
      'query($id: ID) { templateHistory(name: "order_ready", accountId: $id) { occurredAt channel changes { field from to } reason } }',
      { id: null },
    );
    expect(history.data).toEqual({
      templateHistory: [
        {
          occurredAt: '2024-06-01T00:00:00.000Z',
          channel: 'WHATSAPP',
          changes: [{ field: 'STATUS', from: null, to: 'APPROVED' }],
          reason: null,
        },
      ],
    });
    const failures = await gql<{ templateFailures: unknown }>(
      'query($filter: AnalyticsFilter!) { templateFailures(filter: $filter, name: "order_ready", language: "en") { channel errorCode count share known title } }',
      { filter },
    );
    expect(failures.data).toEqual({
      templateFailures: [
        { channel: 'WHATSAPP', errorCode: '131026', count: 1, share: 1, known: true, title: expect.any(String) },
      ],
    });
  });

  it('refuses bad input and unknown accounts with typed errors', async () => {
    expect(errorCodes(await gql(TEMPLATES, { filter: { from: '2025-03-10', to: '2025-03-01' } }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    expect(errorCodes(await gql(TEMPLATES, { filter, page: { after: 'garbage' } }))).toEqual(['BAD_USER_INPUT']);
    expect(
      errorCodes(
        await gql(
          '{ templateHistory(name: "order_ready", accountId: "00000000-0000-0000-0000-000000000000") { reason } }',
        ),
      ),
    ).toEqual(['NOT_FOUND']);
    const anonymous = await graphql(running.url, TEMPLATES, { filter });
    expect(errorCodes(anonymous)).toEqual(['UNAUTHENTICATED']);
  });
});
