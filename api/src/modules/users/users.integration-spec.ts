import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { DataSource } from 'typeorm';
import { errorCodes, graphql, type GraphqlResponse } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, TEST_ADMIN, type RunningTestApp } from '../../testing/test-app';
import { TenantsService } from '../tenants/tenants.service';
import { UsersService } from './users.service';

const CREATE =
  'mutation($input: CreateUserInput!) { createUser(input: $input) { id email role locale timeZone active } }';
const AUDIT = '{ auditLog { totalCount nodes { actorKind actorLabel action entityType entityId before after } } }';

type UsersPage = {
  users: {
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    nodes: Array<{ email: string }>;
  };
};

type AuditNode = {
  actorKind: string;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

describe('users, tenant settings and the audit log over GraphQL', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  let admin: string;
  let otherAdmin: string;
  const token = async (email: string, password: string) =>
    (
      await graphql<{ login: { token: string } }>(
        running.url,
        'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }',
        { e: email, p: password },
      )
    ).data!.login.token;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
    admin = await token(TEST_ADMIN.email, TEST_ADMIN.password);
    const other = await running.app.get(TenantsService).ensure('other', 'Other');
    await running.app
      .get(UsersService)
      .create(
        { kind: 'system', tenantId: other.id },
        { email: 'boss@other.test', name: 'Boss', role: 'admin', password: 'boss-password' },
      );
    otherAdmin = await token('boss@other.test', 'boss-password');
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('creates users with unique e-mails per tenant (case-insensitive), defaults and validated fields', async () => {
    const created = await graphql(
      running.url,
      CREATE,
      {
        input: {
          email: 'Maria@Shop.test',
          name: 'Maria',
          role: 'MARKETER',
          password: 'maria-password',
          timeZone: 'Europe/Lisbon',
        },
      },
      { token: admin },
    );
    expect(created.data).toEqual({
      createUser: {
        id: expect.any(String),
        email: 'Maria@Shop.test',
        role: 'MARKETER',
        locale: 'EN',
        timeZone: 'Europe/Lisbon',
        active: true,
      },
    });
    const duplicate = await graphql(
      running.url,
      CREATE,
      { input: { email: 'maria@shop.test', name: 'Maria 2', role: 'VIEWER', password: 'maria-password' } },
      { token: admin },
    );
    expect(errorCodes(duplicate)).toEqual(['CONFLICT']);
    // The same address is free in another tenant.
    const elsewhere = await graphql(
      running.url,
      CREATE,
      { input: { email: 'maria@shop.test', name: 'Maria', role: 'VIEWER', password: 'maria-password' } },
      { token: otherAdmin },
    );
    expect(elsewhere.errors).toBeUndefined();

    const invalid = await graphql(
      running.url,
      CREATE,
      { input: { email: 'not-an-email', name: ' ', role: 'VIEWER', password: 'short', timeZone: 'Moon/Base' } },
      { token: admin },
    );
    expect(errorCodes(invalid)).toEqual(['BAD_USER_INPUT']);
    expect((invalid.errors![0].extensions!.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual([
      'input.email',
      'input.name',
      'input.password',
      'input.timeZone',
    ]);
  });

  it('lists only the caller tenant users, paginated by cursor, and never exposes a password hash', async () => {
    for (const n of [1, 2, 3]) {
      await graphql(
        running.url,
        CREATE,
        { input: { email: `page-${n}@shop.test`, name: `P${n}`, role: 'VIEWER', password: 'page-password' } },
        { token: admin },
      );
    }
    const query =
      'query($after: String) { users(page: { first: 2, after: $after }) { totalCount pageInfo { endCursor hasNextPage } nodes { email } } }';
    const emails: string[] = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages++) {
      const page: GraphqlResponse<UsersPage> = await graphql<UsersPage>(
        running.url,
        query,
        { after },
        { token: admin },
      );
      expect(page.errors).toBeUndefined();
      total = page.data!.users.totalCount;
      emails.push(...page.data!.users.nodes.map((n) => n.email));
      if (!page.data!.users.pageInfo.hasNextPage) break;
      after = page.data!.users.pageInfo.endCursor;
    }
    expect(emails.length).toBe(total);
    expect(new Set(emails).size).toBe(total);
    expect(emails).toEqual(expect.arrayContaining([TEST_ADMIN.email, 'Maria@Shop.test', 'page-1@shop.test']));
    expect(emails).not.toContain('boss@other.test');

    const other = await graphql<{ users: { nodes: Array<{ email: string }> } }>(
      running.url,
      '{ users { nodes { email } } }',
      {},
      { token: otherAdmin },
    );
    expect(other.data!.users.nodes.map((n) => n.email).sort()).toEqual(['boss@other.test', 'maria@shop.test']);
    const fields = (
      await graphql<{ __type: { fields: Array<{ name: string }> } }>(
        running.url,
        '{ __type(name: "User") { fields { name } } }',
      )
    ).data!.__type.fields.map((f) => f.name);
    expect(fields.filter((f) => /pass|hash/i.test(f))).toEqual([]);
  });

  it('keeps at least one active admin', async () => {
    const me = await graphql<{ me: { user: { id: string } } }>(
      running.url,
      '{ me { user { id } } }',
      {},
      { token: otherAdmin },
    );
    const demote = await graphql(
      running.url,
      'mutation($id: ID!) { updateUser(id: $id, input: { role: VIEWER }) { role } }',
      { id: me.data!.me.user.id },
      { token: otherAdmin },
    );
    expect(errorCodes(demote)).toEqual(['BAD_USER_INPUT']);
  });

  it('updates the own profile; time zone null falls back to the tenant', async () => {
    const maria = await token('maria@shop.test', 'maria-password');
    const update = await graphql(
      running.url,
      'mutation($input: UpdateProfileInput!) { updateMyProfile(input: $input) { name locale timeZone } }',
      { input: { name: 'Maria S.', locale: 'PT', timeZone: null } },
      { token: maria },
    );
    expect(update.data).toEqual({ updateMyProfile: { name: 'Maria S.', locale: 'PT', timeZone: null } });
  });

  it('reads and updates tenant settings (time zone, business hours, holidays)', async () => {
    const initial = await graphql(
      running.url,
      '{ tenantSettings { tenant { slug } timeZone holidays businessHours { dayOfWeek } } }',
      {},
      { token: admin },
    );
    expect(initial.data).toMatchObject({
      tenantSettings: { tenant: { slug: 'default' }, timeZone: 'UTC', holidays: [] },
    });
    const updated = await graphql(
      running.url,
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone holidays businessHours { dayOfWeek opens closes } } }',
      {
        input: {
          timeZone: 'Europe/Kyiv',
          businessHours: [
            { dayOfWeek: 6, opens: '10:00', closes: '14:00' },
            { dayOfWeek: 1, opens: '09:00', closes: '24:00' },
          ],
          holidays: ['2026-12-25', '2026-01-01', '2026-01-01'],
        },
      },
      { token: admin },
    );
    expect(updated.data).toEqual({
      updateTenantSettings: {
        timeZone: 'Europe/Kyiv',
        holidays: ['2026-01-01', '2026-12-25'],
        businessHours: [
          { dayOfWeek: 1, opens: '09:00', closes: '24:00' },
          { dayOfWeek: 6, opens: '10:00', closes: '14:00' },
        ],
      },
    });
    const overlap = await graphql(
      running.url,
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }',
      {
        input: {
          businessHours: [
            { dayOfWeek: 2, opens: '09:00', closes: '13:00' },
            { dayOfWeek: 2, opens: '12:00', closes: '18:00' },
          ],
        },
      },
      { token: admin },
    );
    expect(errorCodes(overlap)).toEqual(['BAD_USER_INPUT']);
    // The other tenant still has its own defaults.
    const other = await graphql(running.url, '{ tenantSettings { timeZone } }', {}, { token: otherAdmin });
    expect(other.data).toEqual({ tenantSettings: { timeZone: 'UTC' } });
  });

  it('audits every settings change newest first, for admins and compliance only, without secrets or hashes', async () => {
    const key = await graphql<{ createApiKey: { secret: string; apiKey: { id: string } } }>(
      running.url,
      'mutation { createApiKey(input: { name: "Audit me", role: VIEWER }) { secret apiKey { id } } }',
      {},
      { token: admin },
    );
    await graphql(
      running.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { id } }',
      { id: key.data!.createApiKey.apiKey.id },
      { token: admin },
    );
    const log = await graphql<{ auditLog: { totalCount: number; nodes: AuditNode[] } }>(
      running.url,
      AUDIT,
      {},
      { token: admin },
    );
    expect(log.errors).toBeUndefined();
    const actions = log.data!.auditLog.nodes.map((n) => n.action);
    expect(actions.slice(0, 3)).toEqual(['api_key.revoke', 'api_key.create', 'tenant_settings.update']);
    expect(actions).toEqual(expect.arrayContaining(['user.create', 'user.update_profile', 'tenant_settings.update']));
    expect(log.data!.auditLog.nodes[0]).toMatchObject({
      actorKind: 'USER',
      actorLabel: TEST_ADMIN.email,
      entityType: 'api_key',
      entityId: key.data!.createApiKey.apiKey.id,
      before: { name: 'Audit me', revokedAt: null },
      after: { name: 'Audit me', revokedAt: expect.any(String) },
    });
    const settings = log.data!.auditLog.nodes.find((n) => n.action === 'tenant_settings.update')!;
    expect(settings.before).toMatchObject({ timeZone: 'UTC' });
    expect(settings.after).toMatchObject({ timeZone: 'Europe/Kyiv' });
    const text = JSON.stringify(log);
    expect(text).not.toContain(key.data!.createApiKey.secret);
    expect(text).not.toMatch(/scrypt|password|keyHash|key_hash/i);
    const stored = await running.app
      .get(DataSource)
      .query<Array<{ before: string | null; after: string | null }>>('SELECT "before", "after" FROM audit_entries');
    expect(JSON.stringify(stored)).not.toMatch(/scrypt\$|maria-password/);

    const filtered = await graphql<{ auditLog: { nodes: AuditNode[] } }>(
      running.url,
      '{ auditLog(entityType: "tenant_settings") { nodes { entityType } } }',
      {},
      { token: admin },
    );
    expect(new Set(filtered.data!.auditLog.nodes.map((n) => n.entityType))).toEqual(new Set(['tenant_settings']));
    // The other tenant's log holds only its own changes.
    const other = await graphql<{ auditLog: { nodes: AuditNode[] } }>(running.url, AUDIT, {}, { token: otherAdmin });
    expect(other.data!.auditLog.nodes.every((n) => n.actorLabel !== TEST_ADMIN.email)).toBe(true);
  });
});
