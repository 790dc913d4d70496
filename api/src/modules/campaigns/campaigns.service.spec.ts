/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import type { BusinessAccount } from '../business-accounts/business-account.entity';
import type { BusinessAccountsRepository } from '../business-accounts/business-accounts.repository';
import { ADMIN, FAKE_MANAGER, failure, fakeAudit, fakeTransaction } from '../business-accounts/testing/settings-fakes';
import type { CampaignCode } from './campaign-code.entity';
import type { CampaignSpend } from './campaign-spend.entity';
import type { Campaign } from './campaign.entity';
import {
  containsPattern,
  type CampaignFields,
  type CampaignListQuery,
  type CampaignsRepository,
} from './campaigns.repository';
import { CampaignsService, sumSpend } from './campaigns.service';
import type { CampaignInput } from './dtos/campaign.input';

class FakeCampaigns {
  rows: Campaign[] = [];
  codes: CampaignCode[] = [];
  spend: CampaignSpend[] = [];
  managers: EntityManager[] = [];
  lastList?: CampaignListQuery;
  private seq = 0;

  transaction = fakeTransaction;

  async findOne(tenantId: string, id: string) {
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id);
    return row ? { ...row } : null;
  }

  async list(query: CampaignListQuery) {
    this.lastList = query;
    const rows = this.rows.filter((r) => r.tenantId === query.tenantId);
    return { rows: rows.slice(0, query.limit), totalCount: rows.length };
  }

  async findByKeys(tenantId: string, keys: string[] | null) {
    return this.rows
      .filter((r) => r.tenantId === tenantId && (keys === null || keys.includes(r.key)))
      .sort((a, b) => a.key.localeCompare(b.key));
  }

  async codesFor(ids: string[]) {
    return this.codes.filter((c) => ids.includes(c.campaignId)).sort((a, b) => a.position - b.position);
  }

  async spendFor(ids: string[]) {
    return this.spend.filter((s) => ids.includes(s.campaignId)).sort((a, b) => a.date.localeCompare(b.date));
  }

  async insert(tenantId: string, fields: CampaignFields, manager: EntityManager) {
    this.managers.push(manager);
    if (this.rows.some((r) => r.tenantId === tenantId && r.key === fields.key)) throw new ConflictError('taken', 'key');
    const row = { id: `cmp-${++this.seq}`, tenantId, ...fields, createdAt: new Date(), updatedAt: new Date() };
    this.rows.push(row);
    return { ...row };
  }

  async update(tenantId: string, id: string, fields: CampaignFields, manager: EntityManager) {
    this.managers.push(manager);
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id)!;
    Object.assign(row, fields);
    return { ...row };
  }

  async replaceCodes(
    campaignId: string,
    codes: { kind: CampaignCode['kind']; value: string }[],
    manager: EntityManager,
  ) {
    this.managers.push(manager);
    this.codes = [
      ...this.codes.filter((c) => c.campaignId !== campaignId),
      ...codes.map((c, position) => ({ campaignId, ...c, position })),
    ];
  }

  async upsertSpend(
    _tenantId: string,
    campaignId: string,
    days: { date: string; amount: number }[],
    manager: EntityManager,
  ) {
    this.managers.push(manager);
    for (const day of days) {
      const existing = this.spend.find((s) => s.campaignId === campaignId && s.date === day.date);
      if (existing) existing.amount = day.amount;
      else this.spend.push({ campaignId, ...day });
    }
  }

  async delete(tenantId: string, id: string, manager: EntityManager) {
    this.managers.push(manager);
    this.rows = this.rows.filter((r) => !(r.tenantId === tenantId && r.id === id));
    this.codes = this.codes.filter((c) => c.campaignId !== id);
    this.spend = this.spend.filter((s) => s.campaignId !== id);
  }
}

const ACCOUNTS = [
  { id: 'acc-wa', tenantId: 'tenant-a', channel: 'whatsapp', externalId: '106540352242922' },
  { id: 'acc-other', tenantId: 'tenant-b', channel: 'whatsapp', externalId: '106540352242999' },
] as BusinessAccount[];

const input = (over: Partial<CampaignInput> = {}): CampaignInput => ({
  key: 'cmp_ctwa_spring_de',
  name: 'Spring sale – CTWA ads DE',
  channel: 'whatsapp',
  accountId: 'acc-wa',
  sourceKind: 'ctwa_ad',
  codes: [
    { kind: 'ad_id', value: ' 120208000000000001 ' },
    { kind: 'ad_id', value: '120208000000000002' },
    { kind: 'utm_source', value: 'facebook' },
  ],
  startsOn: '2026-01-01',
  endsOn: '2026-03-31',
  currency: 'eur',
  ...over,
});

describe('CampaignsService', () => {
  let campaigns: FakeCampaigns;
  let audit: ReturnType<typeof fakeAudit>;
  let service: CampaignsService;

  beforeEach(() => {
    campaigns = new FakeCampaigns();
    audit = fakeAudit();
    const accounts = {
      findOne: async (tenantId: string, id: string) =>
        ACCOUNTS.find((a) => a.tenantId === tenantId && a.id === id) ?? null,
      findMany: async (tenantId: string, ids: string[]) =>
        ACCOUNTS.filter((a) => a.tenantId === tenantId && ids.includes(a.id)),
    } as unknown as BusinessAccountsRepository;
    service = new CampaignsService(campaigns as unknown as CampaignsRepository, accounts, audit.audit);
  });

  it('creates a campaign with trimmed codes in order, upper-case currency, its account and no spend', async () => {
    const created = await service.create(ADMIN, input());
    expect(created).toMatchObject({
      key: 'cmp_ctwa_spring_de',
      currency: 'EUR',
      account: { id: 'acc-wa' },
      codes: [
        { kind: 'ad_id', value: '120208000000000001' },
        { kind: 'ad_id', value: '120208000000000002' },
        { kind: 'utm_source', value: 'facebook' },
      ],
      spend: [],
      totalSpend: 0,
    });
    expect(audit.entries[0]).toMatchObject({
      manager: FAKE_MANAGER,
      change: {
        action: 'campaign.create',
        entityType: 'campaign',
        before: null,
        after: { key: 'cmp_ctwa_spring_de', codes: created.codes },
      },
    });
    expect(new Set(campaigns.managers)).toEqual(new Set([FAKE_MANAGER]));
  });

  it.each([
    [{ key: 'has space' }, ['input.key']],
    [{ key: '' }, ['input.key']],
    [{ name: 'n'.repeat(201) }, ['input.name']],
    [{ currency: 'EURO' }, ['input.currency']],
    [{ currency: 'XYZ' }, ['input.currency']],
    [{ startsOn: '2026-04-01', endsOn: '2026-03-31' }, ['input.endsOn']],
    [{ startsOn: '2026-02-30' }, ['input.startsOn']],
    [
      {
        codes: [
          { kind: 'ref', value: 'a' },
          { kind: 'ref', value: ' a ' },
        ],
      },
      ['input.codes.1.value'],
    ],
    [{ codes: [{ kind: 'ref', value: '   ' }] }, ['input.codes.0.value']],
    [{ codes: [{ kind: 'ref', value: 'v'.repeat(257) }] }, ['input.codes.0.value']],
    [{ codes: Array.from({ length: 101 }, (_, i) => ({ kind: 'ref' as const, value: `r${i}` })) }, ['input.codes']],
    [{ sourceKind: 'billboard' as never }, ['input.sourceKind']],
  ])('rejects %p as BAD_USER_INPUT at %p and writes nothing', async (over, paths) => {
    expect(await failure(service.create(ADMIN, input(over as Partial<CampaignInput>)))).toEqual({
      code: 'BAD_USER_INPUT',
      paths,
    });
    expect(campaigns.rows).toHaveLength(0);
    expect(audit.entries).toHaveLength(0);
  });

  it('accepts the same code value under different kinds', async () => {
    const created = await service.create(
      ADMIN,
      input({
        codes: [
          { kind: 'utm_source', value: 'sms' },
          { kind: 'utm_medium', value: 'sms' },
        ],
      }),
    );
    expect(created.codes).toHaveLength(2);
  });

  it("rejects another tenant's account, and an account on another channel, at input.accountId", async () => {
    expect(await failure(service.create(ADMIN, input({ accountId: 'acc-other' })))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['input.accountId'],
    });
    expect(await failure(service.create(ADMIN, input({ channel: 'telegram' })))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['input.accountId'],
    });
    expect(campaigns.rows).toHaveLength(0);
  });

  it('answers CONFLICT for a key the tenant uses already', async () => {
    await service.create(ADMIN, input());
    expect((await failure(service.create(ADMIN, input({ name: 'Copy' })))).code).toBe('CONFLICT');
  });

  it('updates fields and replaces the codes, auditing before and after', async () => {
    const created = await service.create(ADMIN, input());
    const updated = await service.update(
      ADMIN,
      created.id,
      input({
        name: 'Spring sale DE',
        codes: [{ kind: 'ad_id', value: '120208000000000009' }],
        accountId: null,
        channel: null,
      }),
    );
    expect(updated).toMatchObject({
      name: 'Spring sale DE',
      account: null,
      channel: null,
      codes: [{ kind: 'ad_id', value: '120208000000000009' }],
    });
    expect(audit.entries[1].change).toMatchObject({
      action: 'campaign.update',
      before: { name: 'Spring sale – CTWA ads DE', accountId: 'acc-wa', codes: created.codes },
      after: { name: 'Spring sale DE', accountId: null, codes: [{ kind: 'ad_id', value: '120208000000000009' }] },
    });
  });

  it("answers NOT_FOUND for another tenant's campaign on every operation and changes nothing", async () => {
    const created = await service.create(ADMIN, input());
    const other = { ...ADMIN, tenantId: 'tenant-b' };
    for (const attempt of [
      service.get(other, created.id),
      service.update(other, created.id, input({ name: 'Mine', accountId: null })),
      service.setSpend(other, created.id, [{ date: '2026-01-01', amount: 5 }]),
      service.delete(other, created.id),
    ]) {
      expect((await failure(attempt)).code).toBe('NOT_FOUND');
    }
    expect(campaigns.rows[0].name).toBe('Spring sale – CTWA ads DE');
    expect(campaigns.spend).toHaveLength(0);
    expect(audit.entries).toHaveLength(1);
  });

  it('upserts the given days, keeps the others and totals the spend; the audit shows old and new amounts', async () => {
    const created = await service.create(ADMIN, input());
    await service.setSpend(ADMIN, created.id, [
      { date: '2026-01-02', amount: 0.2 },
      { date: '2026-01-01', amount: 0.1 },
    ]);
    const after = await service.setSpend(ADMIN, created.id, [
      { date: '2026-01-02', amount: 180.555 },
      { date: '2026-01-03', amount: 0 },
    ]);
    expect(after.spend).toEqual([
      { date: '2026-01-01', amount: 0.1 },
      { date: '2026-01-02', amount: 180.555 },
      { date: '2026-01-03', amount: 0 },
    ]);
    expect(after.totalSpend).toBe(180.655);
    expect(audit.entries[2].change).toEqual({
      action: 'campaign.set_spend',
      entityType: 'campaign',
      entityId: created.id,
      before: {
        days: [
          { date: '2026-01-02', amount: 0.2 },
          { date: '2026-01-03', amount: null },
        ],
        totalSpend: 0.3,
      },
      after: {
        days: [
          { date: '2026-01-02', amount: 180.555 },
          { date: '2026-01-03', amount: 0 },
        ],
        totalSpend: 180.655,
      },
    });
  });

  it.each([
    [[{ date: '2026-01-01', amount: -1 }], ['spend.0.amount']],
    [[{ date: '2026-01-01', amount: Number.NaN }], ['spend.0.amount']],
    [[{ date: '2026-01-01', amount: Number.POSITIVE_INFINITY }], ['spend.0.amount']],
    [
      [
        { date: '2026-01-01', amount: 1 },
        { date: '2026-01-01', amount: 2 },
      ],
      ['spend.1.date'],
    ],
    [[{ date: '2026-13-01', amount: 1 }], ['spend.0.date']],
  ])('rejects spend %p at %p and stores nothing', async (days, paths) => {
    const created = await service.create(ADMIN, input());
    expect(await failure(service.setSpend(ADMIN, created.id, days))).toEqual({ code: 'BAD_USER_INPUT', paths });
    expect(campaigns.spend).toHaveLength(0);
    expect(audit.entries).toHaveLength(1);
  });

  it("gives analytics the tenant's campaigns by key with account, codes and spend, and no other tenant's", async () => {
    const spring = await service.create(ADMIN, input());
    await service.create(ADMIN, input({ key: 'autumn', codes: [] }));
    await service.create({ ...ADMIN, tenantId: 'tenant-b' }, input({ accountId: 'acc-other' }));
    await service.setSpend(ADMIN, spring.id, [{ date: '2026-03-01', amount: 12.5 }]);
    const found = await service.byKeys('tenant-a', ['cmp_ctwa_spring_de', 'unknown']);
    expect(found).toEqual([{ ...spring, spend: [{ date: '2026-03-01', amount: 12.5 }], totalSpend: 12.5 }]);
    expect((await service.campaignsOf('tenant-a')).map((c) => c.key)).toEqual(['autumn', 'cmp_ctwa_spring_de']);
    expect(await service.byKeys('tenant-a', [])).toEqual([]);
  });

  it('deletes a campaign with its codes and spend, auditing the before snapshot', async () => {
    const created = await service.create(ADMIN, input());
    await service.setSpend(ADMIN, created.id, [{ date: '2026-01-01', amount: 10 }]);
    await service.delete(ADMIN, created.id);
    expect([campaigns.rows, campaigns.codes, campaigns.spend]).toEqual([[], [], []]);
    expect(audit.entries[2].change).toMatchObject({
      action: 'campaign.delete',
      before: { key: 'cmp_ctwa_spring_de', totalSpend: 10 },
      after: null,
    });
  });

  it('passes a trimmed search to the repository and refuses an overlong one', async () => {
    await service.list(ADMIN, undefined, '  spring ');
    expect(campaigns.lastList).toMatchObject({ search: 'spring', limit: 51 });
    await service.list(ADMIN, undefined, '   ');
    expect(campaigns.lastList?.search).toBeUndefined();
    expect(await failure(service.list(ADMIN, undefined, 's'.repeat(201)))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['search'],
    });
  });
});

describe('sumSpend', () => {
  it('adds amounts without binary-fraction noise', () => {
    expect(sumSpend([{ amount: 0.1 }, { amount: 0.2 }])).toBe(0.3);
    expect(sumSpend([])).toBe(0);
  });
});

describe('containsPattern', () => {
  it('escapes LIKE wildcards and the escape character, and lower-cases', () => {
    expect(containsPattern('50%_Off\\')).toBe('%50\\%\\_off\\\\%');
  });
});
