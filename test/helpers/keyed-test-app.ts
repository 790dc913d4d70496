// The analytics suites of the API start the API's own test app; it lives in an app, which Nx otherwise keeps out of
// libraries.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { ManualClock } from '@checkmark/api/src/common/clock/clock';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { graphql, type GraphqlResponse } from '@checkmark/api/src/testing/graphql-client';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '@checkmark/api/src/testing/test-app';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from './clickhouse';

/**
 * A real app on its own warehouse database with a fixed clock, driven over GraphQL with its bootstrap API key (an
 * admin of the default tenant): the common start of the analytics suites.
 */
export interface KeyedTestApp {
  readonly warehouse: TestWarehouse;
  readonly running: RunningTestApp;
  readonly tenantId: string;
  /** The response as it came (errors included). */
  call<T>(query: string, variables?: Record<string, unknown>): Promise<GraphqlResponse<T>>;
  /** The data, once the response is checked to have no errors. */
  ok<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** A team of the directory; returns its id. */
  team(name: string, externalId: string | null): Promise<string>;
  /** An agent of the directory in a team; returns its id. */
  agent(name: string, externalId: string, teamId: string): Promise<string>;
  close(): Promise<void>;
}

export async function startKeyedTestApp(key: string, now: Date): Promise<KeyedTestApp> {
  const warehouse = await testWarehouse();
  const dataDir = tempDataDir();
  let running: RunningTestApp;
  try {
    running = await startTestApp({
      dataDir,
      warehouse,
      clock: new ManualClock(now),
      env: { CHECKMARK_BOOTSTRAP_API_KEY: key },
    });
  } catch (error) {
    removeDataDir(dataDir);
    await dropTestDatabase(warehouse);
    throw error;
  }
  const call = <T>(query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(running.url, query, variables, { token: key });
  const ok = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const response = await call<T>(query, variables);
    expect(response.errors).toBeUndefined();
    return response.data!;
  };
  const tenantId = (await ok<{ me: { tenant: { id: string } } }>('{ me { tenant { id } } }')).me.tenant.id;
  return {
    warehouse,
    running,
    tenantId,
    call,
    ok,
    team: async (name, externalId) =>
      (
        await ok<{ createTeam: { id: string } }>('mutation($input: TeamInput!) { createTeam(input: $input) { id } }', {
          input: { name, externalId },
        })
      ).createTeam.id,
    agent: async (name, externalId, teamId) =>
      (
        await ok<{ createAgent: { id: string } }>(
          'mutation($input: AgentInput!) { createAgent(input: $input) { id } }',
          {
            input: { name, externalId, teamId },
          },
        )
      ).createAgent.id,
    close: async () => {
      await running.close();
      removeDataDir(dataDir);
      await dropTestDatabase(warehouse);
    },
  };
}
