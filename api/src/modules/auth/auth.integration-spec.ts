import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { ManualClock } from '../../common/clock/clock';
import { errorCodes, graphql } from '../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, TEST_ADMIN, type RunningTestApp } from '../../testing/test-app';
import { SESSION_COOKIE } from './session-cookie';

const LOGIN = `mutation($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { id email role } }
}`;
const ME = '{ me { role apiKeyId user { email } tenant { slug } } }';

type LoginData = { login: { token: string; expiresAt: string; user: { id: string; email: string; role: string } } };

describe('sign-in, sessions and API keys over GraphQL (real SQLite/PostgreSQL, real chDB)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;
  const clock = new ManualClock(new Date('2026-03-01T09:00:00.000Z'));
  const login = (email: string, password: string, headers: Record<string, string> = {}) =>
    graphql<LoginData>(running.url, LOGIN, { email, password }, { headers });
  const adminToken = async () => (await login(TEST_ADMIN.email, TEST_ADMIN.password)).data!.login.token;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({
      dataDir,
      warehouse,
      clock,
      env: { LOGIN_MAX_FAILURES_PER_ACCOUNT: '3', LOGIN_MAX_FAILURES_PER_IP: '6', SESSION_TTL_HOURS: '2' },
    });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('signs in with a bearer token and an HttpOnly, SameSite=Lax session cookie, never returning a password', async () => {
    const response = await login('ADMIN@checkmark.local', TEST_ADMIN.password);
    expect(response.errors).toBeUndefined();
    const { token, expiresAt, user } = response.data!.login;
    expect(user).toMatchObject({ email: TEST_ADMIN.email, role: 'ADMIN' });
    expect(new Date(expiresAt).getTime()).toBe(clock.now().getTime() + 2 * 3_600_000);
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=${token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).not.toMatch(/Secure/i);
    expect(JSON.stringify(response)).not.toMatch(/scrypt|password/i);

    const byBearer = await graphql(running.url, ME, {}, { token });
    expect(byBearer.data).toEqual({
      me: { role: 'ADMIN', apiKeyId: null, user: { email: TEST_ADMIN.email }, tenant: { slug: 'default' } },
    });
    const byCookie = await graphql(running.url, ME, {}, { cookie: `${SESSION_COOKIE}=${token}` });
    expect(byCookie.data).toEqual(byBearer.data);
  });

  it('answers INVALID_CREDENTIALS alike for an unknown e-mail and a wrong password', async () => {
    const wrong = await login(TEST_ADMIN.email, 'not-the-password', { 'x-test': 'a' });
    const unknown = await login('nobody@checkmark.local', 'not-the-password');
    expect(errorCodes(wrong)).toEqual(['INVALID_CREDENTIALS']);
    expect(errorCodes(unknown)).toEqual(['INVALID_CREDENTIALS']);
    expect(wrong.errors![0].message).toBe(unknown.errors![0].message);
    // Clear this test's failures out of the rate-limit window for the next test.
    clock.advance(16 * 60_000);
  });

  it('rate-limits failed logins per e-mail and IP, says when to retry, and lets the window pass', async () => {
    for (let i = 0; i < 3; i++)
      expect(errorCodes(await login('victim@checkmark.local', 'guess-' + i))).toEqual(['INVALID_CREDENTIALS']);
    const limited = await login('victim@checkmark.local', 'guess-4');
    expect(errorCodes(limited)).toEqual(['RATE_LIMITED']);
    expect(limited.errors![0].extensions?.retryAfterSeconds).toBe(15 * 60);
    // Even the right password waits: the limit is checked before the password.
    expect(errorCodes(await login('victim@checkmark.local', 'anything'))).toEqual(['RATE_LIMITED']);

    clock.advance(10 * 60_000);
    expect((await login('victim@checkmark.local', 'x')).errors![0].extensions?.retryAfterSeconds).toBe(5 * 60);

    // Per IP: other e-mails from the same address add up to the IP limit (6).
    for (let i = 0; i < 3; i++) await login(`other-${i}@checkmark.local`, 'guess');
    expect(errorCodes(await login(TEST_ADMIN.email, TEST_ADMIN.password))).toEqual(['RATE_LIMITED']);

    clock.advance(16 * 60_000);
    expect(errorCodes(await login(TEST_ADMIN.email, TEST_ADMIN.password))).toEqual([]);
  });

  it('ends a session on logout and after its time to live', async () => {
    const token = await adminToken();
    expect(errorCodes(await graphql(running.url, ME, {}, { token }))).toEqual([]);
    const logout = await graphql(running.url, 'mutation { logout }', {}, { token });
    expect(logout.data).toEqual({ logout: true });
    expect(logout.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect(errorCodes(await graphql(running.url, ME, {}, { token }))).toEqual(['UNAUTHENTICATED']);

    const expiring = await adminToken();
    clock.advance(2 * 3_600_000 - 1000);
    expect(errorCodes(await graphql(running.url, ME, {}, { token: expiring }))).toEqual([]);
    clock.advance(2000);
    expect(errorCodes(await graphql(running.url, ME, {}, { token: expiring }))).toEqual(['UNAUTHENTICATED']);
  });

  it('counts failures per forwarded client address only behind a trusted proxy (TRUST_PROXY)', async () => {
    const attempt = (url: string, client: string) =>
      graphql<LoginData>(
        url,
        LOGIN,
        { email: 'proxied@checkmark.local', password: 'guess' },
        { headers: { 'x-forwarded-for': client } },
      );
    const env = { LOGIN_MAX_FAILURES_PER_ACCOUNT: '2', LOGIN_MAX_FAILURES_PER_IP: '50' };
    for (const [trustProxy, secondClient] of [
      ['loopback', 'INVALID_CREDENTIALS'],
      [undefined, 'RATE_LIMITED'],
    ] as const) {
      const dir = tempDataDir();
      const app = await startTestApp({
        dataDir: dir,
        warehouse,
        env: trustProxy ? { ...env, TRUST_PROXY: trustProxy } : env,
      });
      try {
        for (let i = 0; i < 2; i++)
          expect(errorCodes(await attempt(app.url, '203.0.113.7'))).toEqual(['INVALID_CREDENTIALS']);
        expect(errorCodes(await attempt(app.url, '203.0.113.7'))).toEqual(['RATE_LIMITED']);
        // Another client behind the same proxy: its own budget only when the proxy is trusted.
        expect(errorCodes(await attempt(app.url, '198.51.100.9'))).toEqual([secondClient]);
      } finally {
        await app.close();
        removeDataDir(dir);
      }
    }
  });

  it('marks the cookie Secure for HTTPS behind COOKIE_SECURE', async () => {
    const secureDir = tempDataDir();
    const secure = await startTestApp({ dataDir: secureDir, warehouse, env: { COOKIE_SECURE: 'true' } });
    try {
      const response = await graphql<LoginData>(secure.url, LOGIN, {
        email: TEST_ADMIN.email,
        password: TEST_ADMIN.password,
      });
      expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    } finally {
      await secure.close();
      removeDataDir(secureDir);
    }
  });

  it('changing the password ends the other sessions and keeps the current one', async () => {
    const user = await graphql<{ createUser: { id: string } }>(
      running.url,
      'mutation { createUser(input: { email: "olena@checkmark.local", name: "Olena", role: MANAGER, password: "first-password" }) { id } }',
      {},
      { token: await adminToken() },
    );
    expect(user.errors).toBeUndefined();
    const laptop = (await login('olena@checkmark.local', 'first-password')).data!.login.token;
    const phone = (await login('olena@checkmark.local', 'first-password')).data!.login.token;
    const change = 'mutation($c: String!, $n: String!) { changeMyPassword(currentPassword: $c, newPassword: $n) }';
    expect(
      errorCodes(await graphql(running.url, change, { c: 'wrong-password', n: 'second-password' }, { token: laptop })),
    ).toEqual(['INVALID_CREDENTIALS']);
    const short = await graphql(running.url, change, { c: 'first-password', n: 'short' }, { token: laptop });
    expect(errorCodes(short)).toEqual(['BAD_USER_INPUT']);
    expect(short.errors![0].extensions?.issues).toEqual([{ path: 'newPassword', message: expect.any(String) }]);

    expect(
      (await graphql(running.url, change, { c: 'first-password', n: 'second-password' }, { token: laptop })).data,
    ).toEqual({
      changeMyPassword: true,
    });
    expect(errorCodes(await graphql(running.url, ME, {}, { token: laptop }))).toEqual([]);
    expect(errorCodes(await graphql(running.url, ME, {}, { token: phone }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await login('olena@checkmark.local', 'first-password'))).toEqual(['INVALID_CREDENTIALS']);
    expect(errorCodes(await login('olena@checkmark.local', 'second-password'))).toEqual([]);
  });

  it('deactivating a user ends their sessions and refuses their login', async () => {
    const admin = await adminToken();
    const created = await graphql<{ createUser: { id: string } }>(
      running.url,
      'mutation { createUser(input: { email: "leaver@checkmark.local", name: "Leaver", role: VIEWER, password: "leaver-password" }) { id } }',
      {},
      { token: admin },
    );
    const session = (await login('leaver@checkmark.local', 'leaver-password')).data!.login.token;
    const update = await graphql(
      running.url,
      'mutation($id: ID!) { updateUser(id: $id, input: { active: false }) { active } }',
      { id: created.data!.createUser.id },
      { token: admin },
    );
    expect(update.data).toEqual({ updateUser: { active: false } });
    expect(errorCodes(await graphql(running.url, ME, {}, { token: session }))).toEqual(['UNAUTHENTICATED']);
    expect(errorCodes(await login('leaver@checkmark.local', 'leaver-password'))).toEqual(['INVALID_CREDENTIALS']);
  });

  it('API keys: secret shown once with a visible prefix, usable as bearer, last use recorded, revocable; ingest keys only for /v1/events', async () => {
    const admin = await adminToken();
    const created = await graphql<{
      createApiKey: { secret: string; apiKey: { id: string; prefix: string; role: string } };
    }>(
      running.url,
      'mutation { createApiKey(input: { name: "BI export", role: VIEWER }) { secret apiKey { id prefix role } } }',
      {},
      { token: admin },
    );
    const { secret, apiKey } = created.data!.createApiKey;
    expect(secret.startsWith(apiKey.prefix)).toBe(true);
    expect(apiKey.prefix.length).toBeLessThan(secret.length / 2);

    const me = await graphql(running.url, ME, {}, { token: secret });
    expect(me.data).toEqual({ me: { role: 'VIEWER', apiKeyId: apiKey.id, user: null, tenant: { slug: 'default' } } });
    const listed = await graphql<{ apiKeys: { nodes: Array<Record<string, unknown>> } }>(
      running.url,
      '{ apiKeys { nodes { id prefix lastUsedAt revokedAt } } }',
      {},
      { token: admin },
    );
    const stored = listed.data!.apiKeys.nodes.find((n) => n.id === apiKey.id)!;
    expect(stored).toEqual({
      id: apiKey.id,
      prefix: apiKey.prefix,
      lastUsedAt: clock.now().toISOString(),
      revokedAt: null,
    });
    expect(JSON.stringify(listed)).not.toContain(secret);

    const revoked = await graphql(
      running.url,
      'mutation($id: ID!) { revokeApiKey(id: $id) { revokedAt } }',
      { id: apiKey.id },
      { token: admin },
    );
    expect(revoked.data).toEqual({ revokeApiKey: { revokedAt: clock.now().toISOString() } });
    expect(errorCodes(await graphql(running.url, ME, {}, { token: secret }))).toEqual(['UNAUTHENTICATED']);

    const ingest = await graphql<{ createApiKey: { secret: string } }>(
      running.url,
      'mutation { createApiKey(input: { name: "CRM sender", role: INGEST }) { secret } }',
      {},
      { token: admin },
    );
    const ingestKey = ingest.data!.createApiKey.secret;
    expect(errorCodes(await graphql(running.url, ME, {}, { token: ingestKey }))).toEqual(['FORBIDDEN']);
    const events = await fetch(`${running.url}/v1/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${ingestKey}` },
      body: '{}',
    });
    expect(events.status).not.toBe(401);
    expect(events.status).not.toBe(403);
  });

  it('refuses queries nested too deep or too costly, and cross-site simple requests (CSRF)', async () => {
    const token = await adminToken();
    // Ordinary dashboard queries stay well inside the default limits.
    const nested = `{ me { tenant { id } user { id } } campaigns { nodes { account { id } } } }`;
    expect(errorCodes(await graphql(running.url, nested, {}, { token }))).toEqual([]);

    const limited = await startTestApp({
      dataDir: tempDataDir(),
      warehouse,
      env: { GRAPHQL_MAX_DEPTH: '3', GRAPHQL_MAX_COMPLEXITY: '300' },
    });
    try {
      const limitedToken = (
        await graphql<LoginData>(limited.url, LOGIN, { email: TEST_ADMIN.email, password: TEST_ADMIN.password })
      ).data!.login.token;
      const depth4 = '{ campaigns { nodes { account { id } } } }';
      expect(errorCodes(await graphql(limited.url, depth4, {}, { token: limitedToken }))).toEqual(['QUERY_TOO_DEEP']);
      const viaFragment = '{ campaigns { ...C } } fragment C on CampaignPage { nodes { account { id } } }';
      expect(errorCodes(await graphql(limited.url, viaFragment, {}, { token: limitedToken }))).toEqual([
        'QUERY_TOO_DEEP',
      ]);
      const wide = `{ ${Array.from({ length: 4 }, (_, i) => `u${i}: users(page: { first: 200 }) { nodes { id email name } }`).join(' ')} }`;
      expect(errorCodes(await graphql(limited.url, wide, {}, { token: limitedToken }))).toEqual(['QUERY_TOO_COMPLEX']);
      expect(
        errorCodes(
          await graphql(limited.url, '{ users(page: { first: 10 }) { nodes { id } } }', {}, { token: limitedToken }),
        ),
      ).toEqual([]);
    } finally {
      await limited.close();
      removeDataDir(limited.dataDir);
    }

    // A form post from another site cannot set application/json; Apollo refuses it before any resolver runs.
    const csrf = await fetch(`${running.url}/graphql?query=${encodeURIComponent('{ me { role } }')}`, {
      headers: { cookie: `${SESSION_COOKIE}=${token}` },
    });
    expect(csrf.status).toBe(400);
  });

  it('answers unknown variables and invalid scalars with BAD_USER_INPUT and hides internals', async () => {
    const token = await adminToken();
    const badDate = await graphql(
      running.url,
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }',
      { input: { holidays: ['2026-02-30'] } },
      { token },
    );
    expect(errorCodes(badDate)).toEqual(['BAD_USER_INPUT']);
    const badZone = await graphql(
      running.url,
      'mutation($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { timeZone } }',
      { input: { timeZone: 'Mars/Olympus', businessHours: [{ dayOfWeek: 8, opens: '18:00', closes: '09:00' }] } },
      { token },
    );
    expect(errorCodes(badZone)).toEqual(['BAD_USER_INPUT']);
    expect(badZone.errors![0].extensions?.issues).toEqual(
      expect.arrayContaining([
        { path: 'input.timeZone', message: expect.any(String) },
        { path: 'input.businessHours.0.dayOfWeek', message: expect.any(String) },
        { path: 'input.businessHours.0.closes', message: expect.any(String) },
      ]),
    );
    const badCursor = await graphql(running.url, '{ users(page: { after: "garbage" }) { totalCount } }', {}, { token });
    expect(errorCodes(badCursor)).toEqual(['BAD_USER_INPUT']);
    expect(JSON.stringify(badCursor)).not.toMatch(/stack|at .*\.ts/);
  });
});
