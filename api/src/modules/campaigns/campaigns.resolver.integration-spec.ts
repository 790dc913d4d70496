import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { CampaignsRepository } from './campaigns.repository';

const CAMPAIGN = `id key name channel sourceKind templateName startsOn endsOn currency totalSpend createdAt updatedAt
  account { id externalId } codes { kind value } spend { date amount }`;
const CAMPAIGNS = `query List($page: PageInput, $search: String) { campaigns(page: $page, search: $search) { nodes { ${CAMPAIGN} } pageInfo { endCursor hasNextPage } totalCount } }`;
const GET = `query Get($id: ID!) { campaign(id: $id) { ${CAMPAIGN} } }`;
const CREATE = `mutation Create($input: CampaignInput!) { createCampaign(input: $input) { ${CAMPAIGN} } }`;
const UPDATE = `mutation Update($id: ID!, $input: CampaignInput!) { updateCampaign(id: $id, input: $input) { ${CAMPAIGN} } }`;
const DELETE = 'mutation Delete($id: ID!) { deleteCampaign(id: $id) }';
const SET_SPEND = `mutation Spend($id: ID!, $spend: [DailySpendInput!]!) { setCampaignSpend(id: $id, spend: $spend) { ${CAMPAIGN} } }`;
const AUDIT = `query Audit { auditLog(entityType: "campaign") { nodes { action entityId actorLabel before after } } }`;

interface Campaign {
  id: string;
  key: string;
  name: string;
  channel: string | null;
  account: { id: string; externalId: string } | null;
  codes: { kind: string; value: string }[];
  spend: { date: string; amount: number }[];
  totalSpend: number;
  startsOn: string | null;
  endsOn: string | null;
  currency: string;
  updatedAt: string;
}
interface Page {
  campaigns: { nodes: Campaign[]; pageInfo: { endCursor: string | null; hasNextPage: boolean }; totalCount: number };
}
interface AuditPage {
  auditLog: { nodes: { action: string; entityId: string; actorLabel: string; before: unknown; after: unknown }[] };
}

/** The simulator's CTWA campaign as the demo seeder sends it. */
const spring = (accountId: string) => ({
  key: 'cmp_ctwa_spring_de',
  name: 'Spring sale – CTWA ads DE',
  channel: 'WHATSAPP',
  accountId,
  sourceKind: 'CTWA_AD',
  codes: [
    { kind: 'AD_ID', value: '120208450000000001' },
    { kind: 'AD_ID', value: '120208450000000002' },
    { kind: 'UTM_SOURCE', value: 'facebook' },
  ],
  templateName: null,
  startsOn: '2026-01-01',
  endsOn: '2026-03-31',
  currency: 'EUR',
});

describe('campaigns over GraphQL (real app, chDB, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let accountId: string;
  let foreignAccountId: string;
  let campaign: Campaign;

  const createAccount = async (token: string, externalId: string) =>
    (
      await t.ok<{ createBusinessAccount: { id: string } }>(
        token,
        'mutation A($input: BusinessAccountInput!) { createBusinessAccount(input: $input) { id } }',
        { input: { channel: 'WHATSAPP', externalId } },
      )
    ).createBusinessAccount.id;
  const create = async (token: string, input: Record<string, unknown>) =>
    (await t.ok<{ createCampaign: Campaign }>(token, CREATE, { input })).createCampaign;
  const list = async (token: string, variables: Record<string, unknown> = {}) =>
    (await t.ok<Page>(token, CAMPAIGNS, variables)).campaigns;
  const issuePaths = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await t.gql(token, query, variables);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return (response.errors?.[0].extensions?.issues as { path: string }[]).map((i) => i.path).sort();
  };

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    accountId = await createAccount(t.as.admin, '106540352242922');
    foreignAccountId = await createAccount(t.otherTenant, '106540352242999');
    campaign = await create(t.as.marketer, spring(accountId));
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('creates a campaign with its account and codes in order, and reads it back by id for every role', async () => {
    expect(campaign).toMatchObject({
      key: 'cmp_ctwa_spring_de',
      channel: 'WHATSAPP',
      account: { id: accountId, externalId: '106540352242922' },
      codes: spring(accountId).codes,
      spend: [],
      totalSpend: 0,
      startsOn: '2026-01-01',
      endsOn: '2026-03-31',
    });
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      expect((await t.ok<{ campaign: Campaign }>(t.as[role], GET, { id: campaign.id })).campaign).toEqual(campaign);
    }
  });

  it('upserts spend by day, keeps the days not given and totals them', async () => {
    await t.ok(t.as.marketer, SET_SPEND, {
      id: campaign.id,
      spend: [
        { date: '2026-01-02', amount: 150.25 },
        { date: '2026-01-01', amount: 180.1 },
      ],
    });
    const { setCampaignSpend } = await t.ok<{ setCampaignSpend: Campaign }>(t.as.admin, SET_SPEND, {
      id: campaign.id,
      spend: [
        { date: '2026-01-02', amount: 99.9 },
        { date: '2026-01-03', amount: 0 },
      ],
    });
    expect(setCampaignSpend.spend).toEqual([
      { date: '2026-01-01', amount: 180.1 },
      { date: '2026-01-02', amount: 99.9 },
      { date: '2026-01-03', amount: 0 },
    ]);
    expect(setCampaignSpend.totalSpend).toBe(280);
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'campaign.set_spend',
      entityId: campaign.id,
      actorLabel: 'admin@checkmark.local',
      before: {
        days: [
          { date: '2026-01-02', amount: 150.25 },
          { date: '2026-01-03', amount: null },
        ],
        totalSpend: 330.35,
      },
      after: {
        days: [
          { date: '2026-01-02', amount: 99.9 },
          { date: '2026-01-03', amount: 0 },
        ],
        totalSpend: 280,
      },
    });
  });

  it('rejects bad campaign input with BAD_USER_INPUT issues and stores nothing', async () => {
    expect(
      await issuePaths(t.as.admin, CREATE, {
        input: {
          ...spring(accountId),
          key: 'has spaces',
          currency: 'EURO',
          codes: [
            { kind: 'REF', value: 'summer' },
            { kind: 'REF', value: ' summer ' },
          ],
        },
      }),
    ).toEqual(['input.codes.1.value', 'input.currency', 'input.key']);
    expect(
      await issuePaths(t.as.admin, CREATE, { input: { ...spring(accountId), key: 'k2', startsOn: '2026-04-01' } }),
    ).toEqual(['input.endsOn']);
    expect(await issuePaths(t.as.admin, CREATE, { input: { ...spring(foreignAccountId), key: 'k3' } })).toEqual([
      'input.accountId',
    ]);
    expect(
      await issuePaths(t.as.admin, CREATE, { input: { ...spring(accountId), key: 'k4', channel: 'TELEGRAM' } }),
    ).toEqual(['input.accountId']);
    expect(
      await issuePaths(t.as.admin, SET_SPEND, { id: campaign.id, spend: [{ date: '2026-01-05', amount: -1 }] }),
    ).toEqual(['spend.0.amount']);
    const twice = [
      { date: '2026-01-06', amount: 1 },
      { date: '2026-01-06', amount: 2 },
    ];
    expect(await issuePaths(t.as.admin, SET_SPEND, { id: campaign.id, spend: twice })).toEqual(['spend.1.date']);
    expect(
      await t.codes(t.as.admin, CREATE, { input: { ...spring(accountId), key: 'k5', startsOn: '2026-02-30' } }),
    ).toEqual(['BAD_USER_INPUT']);
    expect((await list(t.as.admin)).totalCount).toBe(1);
    expect((await t.ok<{ campaign: Campaign }>(t.as.admin, GET, { id: campaign.id })).campaign.totalSpend).toBe(280);
  });

  it('answers CONFLICT for a key the tenant uses; another tenant may use the same key', async () => {
    expect(await t.codes(t.as.admin, CREATE, { input: { ...spring(accountId), name: 'Copy' } })).toEqual(['CONFLICT']);
    await expect(create(t.otherTenant, spring(foreignAccountId))).resolves.toMatchObject({ key: 'cmp_ctwa_spring_de' });
  });

  it("answers NOT_FOUND for another tenant's campaign on every operation and changes nothing", async () => {
    expect(await t.codes(t.otherTenant, GET, { id: campaign.id })).toEqual(['NOT_FOUND']);
    expect(
      await t.codes(t.otherTenant, UPDATE, { id: campaign.id, input: { ...spring(foreignAccountId), name: 'Mine' } }),
    ).toEqual(['NOT_FOUND']);
    expect(
      await t.codes(t.otherTenant, SET_SPEND, { id: campaign.id, spend: [{ date: '2026-01-01', amount: 1 }] }),
    ).toEqual(['NOT_FOUND']);
    expect(await t.codes(t.otherTenant, DELETE, { id: campaign.id })).toEqual(['NOT_FOUND']);
    const mine = (await t.ok<{ campaign: Campaign }>(t.as.admin, GET, { id: campaign.id })).campaign;
    expect(mine).toMatchObject({ name: 'Spring sale – CTWA ads DE', totalSpend: 280 });
    expect((await list(t.otherTenant)).nodes.map((c) => c.id)).not.toContain(campaign.id);
  });

  it('lets admins and marketers change campaigns; other roles get FORBIDDEN', async () => {
    for (const role of ['manager', 'compliance', 'viewer'] as const) {
      expect(await t.codes(t.as[role], CREATE, { input: { ...spring(accountId), key: `by_${role}` } })).toEqual([
        'FORBIDDEN',
      ]);
      expect(await t.codes(t.as[role], UPDATE, { id: campaign.id, input: spring(accountId) })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], SET_SPEND, { id: campaign.id, spend: [] })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], DELETE, { id: campaign.id })).toEqual(['FORBIDDEN']);
      expect((await list(t.as[role])).totalCount).toBe(1);
    }
  });

  it('updates fields and replaces the codes, keeping the spend; audited with before and after', async () => {
    const { updateCampaign } = await t.ok<{ updateCampaign: Campaign }>(t.as.marketer, UPDATE, {
      id: campaign.id,
      input: {
        ...spring(accountId),
        name: 'Spring sale DE',
        channel: null,
        accountId: null,
        codes: [{ kind: 'REF', value: 'spring' }],
      },
    });
    expect(updateCampaign).toMatchObject({
      name: 'Spring sale DE',
      channel: null,
      account: null,
      codes: [{ kind: 'REF', value: 'spring' }],
      totalSpend: 280,
    });
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'campaign.update',
      before: {
        name: 'Spring sale – CTWA ads DE',
        accountId,
        codes: [{ kind: 'ad_id' }, { kind: 'ad_id' }, { kind: 'utm_source' }],
      },
      after: { name: 'Spring sale DE', accountId: null, codes: [{ kind: 'ref', value: 'spring' }] },
    });
  });

  it('searches name and key case-insensitively, taking % and _ literally', async () => {
    for (const [key, name] of [
      ['sale_50', '50% off weekend'],
      ['sale_500', '500 off weekend'],
      ['tg_influencer', 'Telegram influencer deep links'],
      ['tgXinfluencer', 'Something else'],
    ]) {
      await create(t.as.admin, { key, name, sourceKind: 'OTHER', codes: [], currency: 'eur' });
    }
    const names = async (search: string) => (await list(t.as.viewer, { search })).nodes.map((c) => c.key);
    expect(await names('50%')).toEqual(['sale_50']);
    expect(await names('SPRING')).toEqual(['cmp_ctwa_spring_de']);
    expect(await names('tg_')).toEqual(['tg_influencer']);
    expect(await names('weekend')).toEqual(['sale_50', 'sale_500']);
    expect((await list(t.as.viewer, { search: 'weekend' })).totalCount).toBe(2);
  });

  it('pages by name with a cursor, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: Page['campaigns'] = await list(t.as.admin, { page: { first: 2, after } });
      expect(page.totalCount).toBe(5);
      seen.push(...page.nodes.map((c) => c.name));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual([
      '50% off weekend',
      '500 off weekend',
      'Something else',
      'Spring sale DE',
      'Telegram influencer deep links',
    ]);
  });

  it('gives the keys of the tenant’s own campaigns only', async () => {
    const foreign = (await list(t.otherTenant)).nodes[0];
    const repository = t.running.app.get(CampaignsRepository, { strict: false });
    expect(await repository.keysFor(t.tenantA, [campaign.id, foreign.id, 'no-such-id'])).toEqual([
      'cmp_ctwa_spring_de',
    ]);
  });

  it('deletes a campaign with its codes and spend, audited', async () => {
    expect(await t.ok(t.as.marketer, DELETE, { id: campaign.id })).toEqual({ deleteCampaign: true });
    expect(await t.codes(t.as.admin, GET, { id: campaign.id })).toEqual(['NOT_FOUND']);
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT);
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'campaign.delete',
      entityId: campaign.id,
      before: { key: 'cmp_ctwa_spring_de', totalSpend: 280 },
      after: null,
    });
    // Recreating the key starts from nothing: no codes or spend survived.
    const again = await create(t.as.admin, { ...spring(accountId), codes: [] });
    expect(again).toMatchObject({ codes: [], spend: [], totalSpend: 0 });
  });
});
