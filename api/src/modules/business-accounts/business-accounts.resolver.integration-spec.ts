import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from './testing/settings-test-app';
import { BusinessAccountsRepository } from './business-accounts.repository';

const FIELDS = 'id channel externalId wabaId displayPhoneNumber displayName verified createdAt';
const LIST = `query Accounts($page: PageInput) { businessAccounts(page: $page) { nodes { ${FIELDS} } pageInfo { endCursor hasNextPage } totalCount } }`;
const CREATE = `mutation Create($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $input: BusinessAccountInput!) { updateBusinessAccount(id: $id, input: $input) { ${FIELDS} } }`;
const DELETE = 'mutation Delete($id: ID!) { deleteBusinessAccount(id: $id) }';
const AUDIT = `query Audit { auditLog(entityType: "business_account") { nodes { action entityId actorLabel before after } } }`;

interface Account {
  id: string;
  channel: string;
  externalId: string;
  wabaId: string | null;
  displayPhoneNumber: string | null;
  displayName: string | null;
  verified: boolean;
  createdAt: string;
}
interface Page {
  businessAccounts: {
    nodes: Account[];
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    totalCount: number;
  };
}

const whatsapp = {
  channel: 'WHATSAPP',
  externalId: '106540352242922',
  wabaId: '102290129340398',
  displayPhoneNumber: '+49 30 9018 2012',
  displayName: 'Northwind Shop DE',
  verified: true,
};

describe('business accounts over GraphQL (real app, chDB, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let created: Account;

  const create = async (token: string, input: Record<string, unknown>) =>
    (await t.ok<{ createBusinessAccount: Account }>(token, CREATE, { input })).createBusinessAccount;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    created = await create(t.as.admin, whatsapp);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('creates an account with digits-only display number, readable by every role of the tenant', async () => {
    expect(created).toMatchObject({ ...whatsapp, displayPhoneNumber: '493090182012' });
    expect(new Date(created.createdAt).toISOString()).toBe(created.createdAt);
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      const page = await t.ok<Page>(t.as[role], LIST);
      expect(page.businessAccounts.nodes.map((a) => a.id)).toContain(created.id);
    }
  });

  it('hides the account from another tenant and answers NOT_FOUND to its writes, changing nothing', async () => {
    const page = await t.ok<Page>(t.otherTenant, LIST);
    expect(page.businessAccounts.nodes.map((a) => a.id)).not.toContain(created.id);
    expect(
      await t.codes(t.otherTenant, UPDATE, { id: created.id, input: { ...whatsapp, displayName: 'Taken over' } }),
    ).toEqual(['NOT_FOUND']);
    expect(await t.codes(t.otherTenant, DELETE, { id: created.id })).toEqual(['NOT_FOUND']);
    const mine = await t.ok<Page>(t.as.admin, LIST);
    expect(mine.businessAccounts.nodes.find((a) => a.id === created.id)?.displayName).toBe('Northwind Shop DE');
  });

  it('answers CONFLICT for a channel and external id already registered, by this tenant or another', async () => {
    expect(await t.codes(t.as.admin, CREATE, { input: whatsapp })).toEqual(['CONFLICT']);
    expect(await t.codes(t.otherTenant, CREATE, { input: { ...whatsapp, displayName: 'Mine now' } })).toEqual([
      'CONFLICT',
    ]);
  });

  it('answers BAD_USER_INPUT with the offending fields and stores nothing', async () => {
    const response = await t.gql(t.as.admin, CREATE, {
      input: { channel: 'TELEGRAM', externalId: '  ', displayPhoneNumber: 'call me' },
    });
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const paths = (response.errors?.[0].extensions?.issues as { path: string }[]).map((i) => i.path).sort();
    expect(paths).toEqual(['input.displayPhoneNumber', 'input.externalId']);
    const waba = await t.gql(t.as.admin, CREATE, { input: { channel: 'TELEGRAM', externalId: 'bot', wabaId: '1' } });
    expect(waba.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', issues: [{ path: 'input.wabaId' }] });
    expect((await t.ok<Page>(t.as.admin, LIST)).businessAccounts.totalCount).toBe(1);
  });

  it('lets only admins create, update and delete', async () => {
    for (const role of ['manager', 'compliance', 'marketer', 'viewer'] as const) {
      expect(await t.codes(t.as[role], CREATE, { input: { channel: 'SMS', externalId: `sc:${role}` } })).toEqual([
        'FORBIDDEN',
      ]);
      expect(await t.codes(t.as[role], UPDATE, { id: created.id, input: whatsapp })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], DELETE, { id: created.id })).toEqual(['FORBIDDEN']);
    }
    expect(await t.codes('', LIST)).toEqual(['UNAUTHENTICATED']);
  });

  it('updates an account and audits the change with before and after', async () => {
    const updated = await t.ok<{ updateBusinessAccount: Account }>(t.as.admin, UPDATE, {
      id: created.id,
      input: { ...whatsapp, displayName: 'Northwind DE', verified: false },
    });
    expect(updated.updateBusinessAccount).toMatchObject({
      id: created.id,
      displayName: 'Northwind DE',
      verified: false,
    });
    const audit = await t.ok<{
      auditLog: { nodes: { action: string; entityId: string; actorLabel: string; before: unknown; after: unknown }[] };
    }>(t.as.admin, AUDIT);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'business_account.update',
      entityId: created.id,
      actorLabel: 'admin@checkmark.local',
      before: { displayName: 'Northwind Shop DE', verified: true },
      after: { displayName: 'Northwind DE', verified: false },
    });
    expect(audit.auditLog.nodes[1]).toMatchObject({
      action: 'business_account.create',
      before: null,
      after: { externalId: '106540352242922' },
    });
  });

  it('pages by channel then external id with a stable cursor', async () => {
    for (const externalId of ['sc:72455', 'sc:NORTHWIND', 'sc:10000'])
      await create(t.as.admin, { channel: 'SMS', externalId });
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: Page = await t.ok<Page>(t.as.admin, LIST, { page: { first: 2, after } });
      expect(page.businessAccounts.totalCount).toBe(4);
      seen.push(...page.businessAccounts.nodes.map((a) => `${a.channel}:${a.externalId}`));
      after = page.businessAccounts.pageInfo.hasNextPage ? page.businessAccounts.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(2);
    expect(seen).toEqual(['SMS:sc:10000', 'SMS:sc:72455', 'SMS:sc:NORTHWIND', 'WHATSAPP:106540352242922']);
    expect(await t.codes(t.as.admin, LIST, { page: { first: 201 } })).toEqual(['BAD_USER_INPUT']);
  });

  it('gives the external ids of the tenant’s own accounts only', async () => {
    const foreign = await create(t.otherTenant, { channel: 'TELEGRAM', externalId: 'tenant_b_bot' });
    const repository = t.running.app.get(BusinessAccountsRepository, { strict: false });
    expect(await repository.externalIdsFor(t.tenantA, [created.id, foreign.id, 'no-such-id'])).toEqual([
      '106540352242922',
    ]);
    expect(await repository.externalIdsFor(t.tenantA, [])).toEqual([]);
  });

  it('refuses to delete an account a campaign uses (CONFLICT), then deletes it once the campaign is gone', async () => {
    const campaign = await t.ok<{ createCampaign: { id: string } }>(
      t.as.admin,
      'mutation C($input: CampaignInput!) { createCampaign(input: $input) { id } }',
      {
        input: {
          key: 'cmp_uses_account',
          name: 'Uses the account',
          channel: 'WHATSAPP',
          accountId: created.id,
          sourceKind: 'CTWA_AD',
          codes: [],
          currency: 'EUR',
        },
      },
    );
    expect(await t.codes(t.as.admin, DELETE, { id: created.id })).toEqual(['CONFLICT']);
    await t.ok(t.as.admin, 'mutation D($id: ID!) { deleteCampaign(id: $id) }', { id: campaign.createCampaign.id });
    expect(await t.ok(t.as.admin, DELETE, { id: created.id })).toEqual({ deleteBusinessAccount: true });
    const page = await t.ok<Page>(t.as.admin, LIST);
    expect(page.businessAccounts.nodes.map((a) => a.id)).not.toContain(created.id);
    const audit = await t.ok<{ auditLog: { nodes: { action: string; before: unknown; after: unknown }[] } }>(
      t.as.admin,
      AUDIT,
    );
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'business_account.delete',
      before: { id: created.id },
      after: null,
    });
  });
});
