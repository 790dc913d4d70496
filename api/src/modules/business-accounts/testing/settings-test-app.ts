import type { ClickHouseClient } from '@clickhouse/client';
import type { Principal } from '../../../common/auth/principal';
import type { Role } from '../../../common/auth/role';
import { errorCodes, graphql, type GraphqlResponse } from '../../../testing/graphql-client';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../../testing/test-app';
import { ApiKeysService } from '../../api-keys/api-keys.service';
import { TenantsRepository } from '../../tenants/tenants.repository';

const ADMIN_PASSWORD = 'settings suite password';

/**
 * The real app for the settings suites: tenant A's admin (signed in with e-mail and password), an API key per
 * other role in tenant A, and an admin key of a second tenant B for isolation checks.
 */
export interface SettingsTestApp {
  running: RunningTestApp;
  tenantA: string;
  tenantB: string;
  /** Bearer tokens of tenant A by role. */
  as: Record<Role, string>;
  /** Bearer token of tenant B's admin. */
  otherTenant: string;
  gql<T = Record<string, unknown>>(
    token: string,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse<T>>;
  /** The data of a successful operation; fails the test with the errors otherwise. */
  ok<T = Record<string, unknown>>(token: string, query: string, variables?: Record<string, unknown>): Promise<T>;
  /** The error codes of a failed operation. */
  codes(token: string, query: string, variables?: Record<string, unknown>): Promise<string[]>;
  close(): Promise<void>;
}

/** Starts the app on the spec's test warehouse (the spec creates and drops it: only specs use the test helpers). */
export async function startSettingsTestApp(warehouse: {
  client: ClickHouseClient;
  database: string;
}): Promise<SettingsTestApp> {
  const dataDir = tempDataDir();
  const running = await startTestApp({ dataDir, warehouse, env: { CHECKMARK_ADMIN_PASSWORD: ADMIN_PASSWORD } });
  const gql = <T>(token: string, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token });
  const ok = async <T>(token: string, query: string, variables: Record<string, unknown> = {}) => {
    const response = await gql<T>(token, query, variables);
    if (response.errors?.length || !response.data)
      throw new Error(`GraphQL errors: ${JSON.stringify(response.errors)}`);
    return response.data;
  };

  const login = await graphql<{ login: { token: string } }>(
    running.url,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email: 'admin@checkmark.local', password: ADMIN_PASSWORD },
  );
  if (!login.data) throw new Error(`admin login failed: ${JSON.stringify(login.errors)}`);
  const admin = login.data.login.token;
  const { me } = await ok<{ me: { tenant: { id: string } } }>(admin, '{ me { tenant { id } } }');

  const as = { admin } as Record<Role, string>;
  for (const role of ['manager', 'compliance', 'marketer', 'viewer'] as const) {
    const created = await ok<{ createApiKey: { secret: string } }>(
      admin,
      'mutation Key($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }',
      { input: { name: `${role} key`, role: role.toUpperCase() } },
    );
    as[role] = created.createApiKey.secret;
  }

  // Tenants are not created through GraphQL; the second one comes from the app's own services.
  const tenantB = await running.app.get(TenantsRepository, { strict: false }).ensure('tenant-b', 'Tenant B');
  const system: Principal = { tenantId: tenantB.id, role: 'admin', kind: 'api_key', label: 'settings suite' };
  const { secret: otherTenant } = await running.app
    .get(ApiKeysService, { strict: false })
    .create(system, { name: 'tenant B admin', role: 'admin' });

  return {
    running,
    tenantA: me.tenant.id,
    tenantB: tenantB.id,
    as,
    otherTenant,
    gql,
    ok,
    codes: async (token, query, variables) => errorCodes(await gql(token, query, variables)),
    close: async () => {
      await running.close();
      removeDataDir(dataDir);
    },
  };
}
