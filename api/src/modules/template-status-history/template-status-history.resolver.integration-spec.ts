import type { CanonicalEvent } from '@checkmark/schemas';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';

const HISTORY = `
  query($filter: AnalyticsFilter!, $templateName: String, $page: PageInput) {
    templateStatusHistory(filter: $filter, templateName: $templateName, page: $page) {
      totalCount
      pageInfo { endCursor hasNextPage }
      nodes {
        id occurredAt templateName language category status quality previousStatus previousQuality reason accountId
      }
    }
  }`;
const PERIOD = { from: '2026-03-01', to: '2026-03-31' };

interface Change {
  id: string;
  [field: string]: unknown;
}
interface ChangePage {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  nodes: Change[];
}

describe('template status history over GraphQL (real app, chDB, SQLite)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let wa2: string;

  const history = async (variables: Record<string, unknown> = {}, token = t.as.viewer) =>
    (await t.ok<{ templateStatusHistory: ChangePage }>(token, HISTORY, { filter: PERIOD, ...variables }))
      .templateStatusHistory;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    const created = await t.ok<{ createBusinessAccount: { id: string } }>(
      t.as.admin,
      'mutation($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
      { input: { channel: 'WHATSAPP', externalId: 'wa_2' } },
    );
    wa2 = created.createBusinessAccount.id;
    const update = (tenantId: string, id: string, at: string, account: string, payload: Record<string, unknown>) =>
      ({
        id,
        tenantId,
        type: 'template.updated',
        occurredAt: at,
        channel: 'whatsapp',
        accountId: account,
        source: 'fixture',
        schemaVersion: 1,
        payload: { templateName: 'promo', language: 'en', ...payload },
      }) as CanonicalEvent;
    const a = t.tenantA;
    await warehouse.sink.insertEvents([
      update(a, 'e1', '2026-02-20T00:00:00.000Z', 'wa_1', {
        status: 'APPROVED',
        quality: 'GREEN',
        category: 'MARKETING',
      }),
      update(a, 'e2', '2026-03-05T10:00:00.000Z', 'wa_1', { quality: 'YELLOW' }),
      update(a, 'e3', '2026-03-06T10:00:00.000Z', 'wa_1', { status: 'PAUSED', quality: 'RED', reason: 'SCAM' }),
      update(a, 'e3', '2026-03-06T10:00:00.000Z', 'wa_1', { status: 'PAUSED', quality: 'RED', reason: 'SCAM' }),
      update(a, 'e4', '2026-03-10T10:00:00.000Z', 'wa_1', { status: 'REINSTATED' }),
      update(a, 'e5', '2026-03-07T10:00:00.000Z', 'wa_1', {
        language: 'pt',
        status: 'REJECTED',
        reason: 'PROMOTIONAL',
      }),
      update(a, 'e6', '2026-03-08T10:00:00.000Z', 'wa_2', { status: 'PENDING' }),
      update(a, 'e7', '2026-03-09T10:00:00.000Z', 'wa_1', {
        templateName: 'otp',
        status: 'APPROVED',
        category: 'AUTHENTICATION',
      }),
      // The same instant: the event id orders them.
      update(a, 'e8b', '2026-03-12T00:00:00.000Z', 'wa_1', { templateName: 'otp', status: 'DISABLED' }),
      update(a, 'e8a', '2026-03-12T00:00:00.000Z', 'wa_1', { templateName: 'otp', status: 'FLAGGED' }),
      update(a, 'e9', '2026-04-01T00:00:00.000Z', 'wa_1', { status: 'DISABLED' }),
      update(t.tenantB, 'x1', '2026-03-11T00:00:00.000Z', 'wa_1', { status: 'DISABLED' }),
    ]);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('lists the period newest first with the state before each change, carried over events that did not say', async () => {
    const page = await history({ page: { first: 200 } });
    expect(page.totalCount).toBe(8);
    expect(page.nodes.map((c) => c.id)).toEqual(['e8b', 'e8a', 'e4', 'e7', 'e6', 'e5', 'e3', 'e2']);
    const byId = new Map(page.nodes.map((c) => [c.id, c]));
    expect(byId.get('e2')).toEqual({
      id: 'e2',
      occurredAt: '2026-03-05T10:00:00.000Z',
      templateName: 'promo',
      language: 'en',
      category: null,
      status: 'APPROVED',
      quality: 'YELLOW',
      previousStatus: 'APPROVED',
      previousQuality: 'GREEN',
      reason: null,
      accountId: 'wa_1',
    });
    expect(byId.get('e3')).toMatchObject({
      status: 'PAUSED',
      quality: 'RED',
      previousStatus: 'APPROVED',
      previousQuality: 'YELLOW',
      reason: 'SCAM',
    });
    expect(byId.get('e4')).toMatchObject({
      status: 'REINSTATED',
      quality: 'RED',
      previousStatus: 'PAUSED',
      previousQuality: 'RED',
    });
    // Another language and another account are other histories: nothing before them.
    expect(byId.get('e5')).toMatchObject({
      language: 'pt',
      status: 'REJECTED',
      previousStatus: null,
      reason: 'PROMOTIONAL',
    });
    expect(byId.get('e6')).toMatchObject({
      accountId: 'wa_2',
      status: 'PENDING',
      previousStatus: null,
      previousQuality: null,
    });
    expect(byId.get('e7')).toMatchObject({ templateName: 'otp', category: 'AUTHENTICATION', previousStatus: null });
    expect(byId.get('e8a')).toMatchObject({ status: 'FLAGGED', previousStatus: 'APPROVED' });
    expect(byId.get('e8b')).toMatchObject({ status: 'DISABLED', previousStatus: 'FLAGGED' });
  });

  it('pages with a cursor and narrows by template, account and channel', async () => {
    const first = await history({ page: { first: 3 } });
    expect(first.nodes.map((c) => c.id)).toEqual(['e8b', 'e8a', 'e4']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await history({ page: { first: 3, after: first.pageInfo.endCursor } });
    expect(second.nodes.map((c) => c.id)).toEqual(['e7', 'e6', 'e5']);
    const third = await history({ page: { first: 3, after: second.pageInfo.endCursor } });
    expect(third.nodes.map((c) => c.id)).toEqual(['e3', 'e2']);
    expect(third.pageInfo.hasNextPage).toBe(false);

    const promo = await history({ templateName: 'promo' });
    expect(promo.nodes.map((c) => c.id)).toEqual(['e4', 'e6', 'e5', 'e3', 'e2']);
    expect(promo.totalCount).toBe(5);
    expect((await history({ filter: { ...PERIOD, accountIds: [wa2] } })).nodes.map((c) => c.id)).toEqual(['e6']);
    expect((await history({ filter: { ...PERIOD, channels: ['TELEGRAM'] } })).totalCount).toBe(0);
    expect(await t.codes(t.as.viewer, HISTORY, { filter: PERIOD, page: { after: 'nope' } })).toEqual([
      'BAD_USER_INPUT',
    ]);
  });

  it("keeps tenants apart, and another tenant's account id selects nothing", async () => {
    expect((await history({}, t.otherTenant)).nodes.map((c) => c.id)).toEqual(['x1']);
    const foreign = await t.gql<{ templateStatusHistory: ChangePage }>(t.otherTenant, HISTORY, {
      filter: { ...PERIOD, accountIds: [wa2] },
    });
    expect(foreign.data?.templateStatusHistory.totalCount ?? 0).toBe(0);
  });
});
