/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import type { BusinessAccount } from './business-account.entity';
import { BusinessAccountSettingsService } from './business-account-settings.service';
import {
  BusinessAccountInUseError,
  type BusinessAccountListQuery,
  type BusinessAccountsRepository,
  type BusinessAccountValues,
} from './business-accounts.repository';
import type { BusinessAccountsService } from './business-accounts.service';
import type { BusinessAccountInput } from './dtos/business-account.input';
import { ADMIN, FAKE_MANAGER, failure, fakeAudit, fakeTransaction } from './testing/settings-fakes';

/** In-memory accounts with the repository's contract: tenant-scoped, (channel, externalId) globally unique. */
class FakeAccounts {
  rows: BusinessAccount[] = [];
  inUse = new Set<string>();
  managers: (EntityManager | undefined)[] = [];
  lastList?: BusinessAccountListQuery;
  private seq = 0;

  transaction = fakeTransaction;

  async findOne(tenantId: string, id: string) {
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id);
    return row ? { ...row } : null;
  }

  async list(query: BusinessAccountListQuery) {
    this.lastList = query;
    const rows = this.rows.filter((r) => r.tenantId === query.tenantId);
    return { rows: rows.slice(0, query.limit), totalCount: rows.length };
  }

  async insert(tenantId: string, values: BusinessAccountValues, manager: EntityManager) {
    this.managers.push(manager);
    this.assertUnique(values);
    const row = { id: `acc-${++this.seq}`, tenantId, ...values, createdAt: new Date() } as BusinessAccount;
    this.rows.push(row);
    return row;
  }

  async update(tenantId: string, id: string, values: BusinessAccountValues, manager: EntityManager) {
    this.managers.push(manager);
    this.assertUnique(values, id);
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id)!;
    Object.assign(row, values);
    return { ...row };
  }

  async delete(tenantId: string, id: string, manager: EntityManager) {
    this.managers.push(manager);
    if (this.inUse.has(id)) throw new BusinessAccountInUseError();
    this.rows = this.rows.filter((r) => !(r.tenantId === tenantId && r.id === id));
  }

  private assertUnique(values: BusinessAccountValues, exceptId?: string) {
    if (
      this.rows.some((r) => r.id !== exceptId && r.channel === values.channel && r.externalId === values.externalId)
    ) {
      throw new ConflictError('taken', 'externalId');
    }
  }
}

const input = (over: Partial<BusinessAccountInput> = {}): BusinessAccountInput => ({
  channel: 'whatsapp',
  externalId: '106540352242922',
  wabaId: '102290129340398',
  displayPhoneNumber: '+49 30 9018 2012',
  displayName: 'Northwind Shop DE',
  ...over,
});

describe('BusinessAccountSettingsService', () => {
  let accounts: FakeAccounts;
  let forgotten: string[];
  let audit: ReturnType<typeof fakeAudit>;
  let service: BusinessAccountSettingsService;

  beforeEach(() => {
    accounts = new FakeAccounts();
    forgotten = [];
    audit = fakeAudit();
    const routing = {
      forget: (channel: string, id: string) => forgotten.push(`${channel}:${id}`),
    } as unknown as BusinessAccountsService;
    service = new BusinessAccountSettingsService(
      accounts as unknown as BusinessAccountsRepository,
      routing,
      audit.audit,
    );
  });

  it('creates an account with trimmed values, digits-only display number and verified false by default', async () => {
    const created = await service.create(ADMIN, input({ externalId: '  106540352242922 ', displayName: '  ' }));
    expect(created).toMatchObject({
      tenantId: 'tenant-a',
      externalId: '106540352242922',
      displayPhoneNumber: '493090182012',
      displayName: null,
      verified: false,
    });
  });

  it('records the creation with the after snapshot in the same transaction', async () => {
    const created = await service.create(ADMIN, input());
    expect(audit.entries).toEqual([
      {
        principal: ADMIN,
        manager: FAKE_MANAGER,
        change: expect.objectContaining({
          action: 'business_account.create',
          entityType: 'business_account',
          entityId: created.id,
          before: null,
        }),
      },
    ]);
    expect(audit.entries[0].change.after).toMatchObject({ externalId: '106540352242922', wabaId: '102290129340398' });
    expect(accounts.managers).toEqual([FAKE_MANAGER]);
  });

  it.each([
    [{ externalId: '   ' }, 'input.externalId'],
    [{ externalId: 'x'.repeat(129) }, 'input.externalId'],
    [{ externalId: 'bad\u0000id' }, 'input.externalId'],
    [{ channel: 'telegram', wabaId: '1' }, 'input.wabaId'],
    [{ displayPhoneNumber: 'call me' }, 'input.displayPhoneNumber'],
    [{ displayPhoneNumber: '12' }, 'input.displayPhoneNumber'],
    [{ displayName: 'n'.repeat(201) }, 'input.displayName'],
    [{ channel: 'fax' }, 'input.channel'],
  ])('rejects %p as BAD_USER_INPUT at %s and writes nothing', async (over, path) => {
    expect(await failure(service.create(ADMIN, input(over as Partial<BusinessAccountInput>)))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: [path],
    });
    expect(accounts.rows).toHaveLength(0);
    expect(audit.entries).toHaveLength(0);
  });

  it('answers CONFLICT for a channel and external id registered already, without an audit entry', async () => {
    await service.create(ADMIN, input());
    expect((await failure(service.create({ ...ADMIN, tenantId: 'tenant-b' }, input()))).code).toBe('CONFLICT');
    expect(audit.entries).toHaveLength(1);
  });

  it('updates with before and after snapshots and drops the old route from the receiver cache', async () => {
    const created = await service.create(ADMIN, input());
    const updated = await service.update(ADMIN, created.id, input({ externalId: '999', verified: true }));
    expect(updated).toMatchObject({ externalId: '999', verified: true });
    expect(audit.entries[1].change).toMatchObject({
      action: 'business_account.update',
      before: { externalId: '106540352242922', verified: false },
      after: { externalId: '999', verified: true },
    });
    expect(forgotten).toEqual(['whatsapp:106540352242922']);
  });

  it("answers NOT_FOUND for another tenant's account and changes nothing", async () => {
    const created = await service.create(ADMIN, input());
    const other = { ...ADMIN, tenantId: 'tenant-b' };
    expect((await failure(service.update(other, created.id, input({ displayName: 'Hijacked' })))).code).toBe(
      'NOT_FOUND',
    );
    expect((await failure(service.delete(other, created.id))).code).toBe('NOT_FOUND');
    expect(accounts.rows[0].displayName).toBe('Northwind Shop DE');
    expect(audit.entries).toHaveLength(1);
    expect(forgotten).toEqual([]);
  });

  it('deletes an unused account, audits it and forgets its route', async () => {
    const created = await service.create(ADMIN, input());
    expect(await service.delete(ADMIN, created.id)).toBe(true);
    expect(accounts.rows).toHaveLength(0);
    expect(audit.entries[1].change).toMatchObject({
      action: 'business_account.delete',
      before: { id: created.id },
      after: null,
    });
    expect(forgotten).toEqual(['whatsapp:106540352242922']);
  });

  it('refuses to delete an account campaigns use (CONFLICT) and keeps routing it', async () => {
    const created = await service.create(ADMIN, input());
    accounts.inUse.add(created.id);
    expect((await failure(service.delete(ADMIN, created.id))).code).toBe('CONFLICT');
    expect(accounts.rows).toHaveLength(1);
    expect(forgotten).toEqual([]);
    expect(audit.entries).toHaveLength(1);
  });

  it('pages with an opaque cursor that continues after the last (channel, external id)', async () => {
    await service.create(ADMIN, input());
    await service.create(ADMIN, input({ channel: 'telegram', externalId: 'northwind_shop_bot', wabaId: null }));
    const first = await service.list(ADMIN, { first: 1 });
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.totalCount).toBe(2);
    await service.list(ADMIN, { first: 1, after: first.pageInfo.endCursor });
    expect(accounts.lastList).toEqual({
      tenantId: 'tenant-a',
      limit: 2,
      after: { channel: 'whatsapp', externalId: '106540352242922' },
    });
  });

  it('rejects a page size outside 1..200 and a forged cursor', async () => {
    expect((await failure(service.list(ADMIN, { first: 0 }))).paths).toEqual(['page.first']);
    expect((await failure(service.list(ADMIN, { after: 'not-a-cursor' }))).paths).toEqual(['page.after']);
  });
});
