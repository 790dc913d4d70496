import { PasswordHasher } from '../../common/auth/password-hasher';
import type { Principal } from '../../common/auth/principal';
import { ManualClock } from '../../common/clock/clock';
import type { AuditService } from '../audit/audit.service';
import type { SessionsService } from '../sessions/sessions.service';
import type { User } from './user.entity';
import type { UsersRepository } from './users.repository';
import { UsersService } from './users.service';

/** In-memory users table, tenant-scoped like the real repository. */
class FakeUsers {
  rows: User[] = [];
  findById(tenantId: string, id: string) {
    const row = this.rows.find((u) => u.tenantId === tenantId && u.id === id);
    return Promise.resolve(row ? { ...row } : null);
  }
  findByEmail(tenantId: string, email: string) {
    return Promise.resolve(this.rows.find((u) => u.tenantId === tenantId && u.emailNormalized === email) ?? null);
  }
  countActiveWithRole(tenantId: string, role: string, except: string) {
    return Promise.resolve(
      this.rows.filter((u) => u.tenantId === tenantId && u.role === role && u.active && u.id !== except).length,
    );
  }
  insert(user: User) {
    this.rows.push({ ...user });
    return Promise.resolve();
  }
  update(tenantId: string, id: string, changes: Partial<User>) {
    const row = this.rows.find((u) => u.tenantId === tenantId && u.id === id);
    if (row) Object.assign(row, changes);
    return Promise.resolve();
  }
  list(tenantId: string, limit: number, after?: string) {
    const rows = this.rows
      .filter((u) => u.tenantId === tenantId && (after === undefined || u.emailNormalized > after))
      .sort((a, b) => a.emailNormalized.localeCompare(b.emailNormalized));
    return Promise.resolve({
      rows: rows.slice(0, limit),
      totalCount: this.rows.filter((u) => u.tenantId === tenantId).length,
    });
  }
}

describe('UsersService', () => {
  const admin: Principal = {
    tenantId: 't1',
    role: 'admin',
    kind: 'user',
    userId: 'admin-1',
    label: 'admin@x.test',
    sessionId: 's-admin',
  };
  let users: FakeUsers;
  let sessions: { revokeAllOfUser: jest.Mock };
  let audit: { record: jest.Mock };
  let service: UsersService;
  const hasher = new PasswordHasher();

  beforeEach(() => {
    users = new FakeUsers();
    sessions = { revokeAllOfUser: jest.fn() };
    audit = { record: jest.fn() };
    service = new UsersService(
      users as unknown as UsersRepository,
      sessions as unknown as SessionsService,
      hasher,
      audit as unknown as AuditService,
      new ManualClock(),
    );
  });

  const create = (email: string, role: 'admin' | 'viewer' = 'viewer', actor: Principal = admin) =>
    service.create(actor, { email, name: email, role, password: 'long-enough-password' });

  it('creates a user with a scrypt hash, lower-cased lookup key and an audit entry without the hash', async () => {
    const user = await create('Ana@Shop.test');
    expect(user).toMatchObject({
      email: 'Ana@Shop.test',
      emailNormalized: 'ana@shop.test',
      locale: 'en',
      active: true,
      tenantId: 't1',
    });
    expect(user.passwordHash).toMatch(/^scrypt\$/);
    expect(audit.record).toHaveBeenCalledWith(
      admin,
      expect.objectContaining({ action: 'user.create', entityId: user.id }),
    );
    expect(JSON.stringify(audit.record.mock.calls)).not.toMatch(/scrypt|long-enough-password/);
  });

  it('refuses a taken e-mail in the same tenant with CONFLICT, whatever its case', async () => {
    await create('ana@shop.test');
    await expect(create('ANA@shop.test')).rejects.toMatchObject({ code: 'CONFLICT' });
    await expect(create('ana@shop.test', 'viewer', { ...admin, tenantId: 't2' })).resolves.toMatchObject({
      tenantId: 't2',
    });
  });

  it('reports every invalid field as an issue', async () => {
    await expect(
      service.create(admin, {
        email: 'nope',
        name: '',
        role: 'boss' as never,
        password: 'x',
        timeZone: 'Nowhere/City',
      }),
    ).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: expect.arrayContaining([
        expect.objectContaining({ path: 'input.email' }),
        expect.objectContaining({ path: 'input.name' }),
        expect.objectContaining({ path: 'input.role' }),
        expect.objectContaining({ path: 'input.password' }),
        expect.objectContaining({ path: 'input.timeZone' }),
      ]),
    });
  });

  it('gives NOT_FOUND for another tenant user id and changes nothing', async () => {
    const user = await create('ana@shop.test');
    await expect(service.update({ ...admin, tenantId: 't2' }, user.id, { name: 'Hijacked' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(users.rows[0].name).toBe('ana@shop.test');
  });

  it('ends the sessions of a user who is deactivated or changes role, and keeps the last active admin', async () => {
    const only = await create('root@shop.test', 'admin');
    await expect(service.update(admin, only.id, { active: false })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const second = await create('second@shop.test', 'admin');
    await service.update(admin, second.id, { role: 'viewer' });
    expect(sessions.revokeAllOfUser).toHaveBeenCalledWith('t1', second.id);
    await service.update(admin, second.id, { name: 'Renamed' });
    expect(sessions.revokeAllOfUser).toHaveBeenCalledTimes(1);
  });

  it('keeps the time zone when omitted and clears it when null', async () => {
    const user = await service.create(admin, {
      email: 'tz@shop.test',
      name: 'Tz',
      role: 'viewer',
      password: 'long-enough-password',
      timeZone: 'Europe/Warsaw',
    });
    expect((await service.update(admin, user.id, { name: 'Tz 2' })).timeZone).toBe('Europe/Warsaw');
    expect((await service.update(admin, user.id, { timeZone: null })).timeZone).toBeNull();
  });

  it('changes the own password after checking the current one, ending the other sessions', async () => {
    const user = await create('me@shop.test');
    const me: Principal = {
      tenantId: 't1',
      role: 'viewer',
      kind: 'user',
      userId: user.id,
      label: 'me',
      sessionId: 's-me',
    };
    await expect(service.changePassword(me, 'wrong', 'new-long-password')).rejects.toMatchObject({
      code: 'INVALID_CREDENTIALS',
    });
    await service.changePassword(me, 'long-enough-password', 'new-long-password');
    expect(await hasher.verify('new-long-password', users.rows[0].passwordHash)).toBe(true);
    expect(sessions.revokeAllOfUser).toHaveBeenCalledWith('t1', user.id, 's-me');
  });

  it('refuses profile and password changes to API keys', async () => {
    const key: Principal = { tenantId: 't1', role: 'admin', kind: 'api_key', apiKeyId: 'k', label: 'key' };
    await expect(service.updateProfile(key, { name: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(service.changePassword(key, 'a', 'b')).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('pages through the tenant users by e-mail', async () => {
    for (const e of ['c@x.test', 'a@x.test', 'b@x.test']) await create(e);
    const first = await service.list(admin, { first: 2 });
    expect(first.nodes.map((u) => u.email)).toEqual(['a@x.test', 'b@x.test']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await service.list(admin, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((u) => u.email)).toEqual(['c@x.test']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    await expect(service.list(admin, { first: 500 })).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
