import { ModulesContainer, Reflector } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { removeDataDir, startTestApp, tempDataDir, type RunningTestApp } from '../../testing/test-app';
import { accessRuleOf } from './graphql-auth.guard';

const RESOLVER_TYPE_METADATA = 'graphql:resolver_type';
const RESOLVER_NAME_METADATA = 'graphql:resolver_name';

/** Every Query/Mutation/Subscription method of every resolver registered in the running app. */
function resolverMethods(app: RunningTestApp['app']): Array<{ label: string; operation: string; targets: object[] }> {
  const found = new Map<string, { label: string; operation: string; targets: object[] }>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance = wrapper.instance as object | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const type = instance.constructor;
      for (
        let proto = Object.getPrototypeOf(instance);
        proto && proto !== Object.prototype;
        proto = Object.getPrototypeOf(proto)
      ) {
        for (const name of Object.getOwnPropertyNames(proto)) {
          const method = Object.getOwnPropertyDescriptor(proto, name)?.value as unknown;
          if (typeof method !== 'function' || name === 'constructor') continue;
          const rootType = Reflect.getMetadata(RESOLVER_TYPE_METADATA, method) as string | undefined;
          if (!rootType || !['Query', 'Mutation', 'Subscription'].includes(rootType)) continue;
          const operation = `${rootType}.${(Reflect.getMetadata(RESOLVER_NAME_METADATA, method) as string | undefined) ?? name}`;
          found.set(`${type.name}.${name}`, { label: `${type.name}.${name}`, operation, targets: [method, type] });
        }
      }
    }
  }
  return [...found.values()];
}

describe('access rules on resolvers (secure by default)', () => {
  let warehouse: TestWarehouse;
  let dataDir: string;
  let running: RunningTestApp;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    dataDir = tempDataDir();
    running = await startTestApp({ dataDir, warehouse });
  });

  afterAll(async () => {
    await running?.close();
    await dropTestDatabase(warehouse);
    removeDataDir(dataDir);
  });

  it('finds a resolver method behind every Query and Mutation field of the schema', () => {
    const schema = running.app.get(GraphQLSchemaHost).schema;
    const fields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((f) => `Query.${f}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((f) => `Mutation.${f}`),
    ];
    const operations = new Set(resolverMethods(running.app).map((m) => m.operation));
    expect(fields.filter((f) => !operations.has(f))).toEqual([]);
  });

  it('gives every resolver method @Roles, @AllRoles or @Public, and only login is public', () => {
    const reflector = running.app.get(Reflector);
    const methods = resolverMethods(running.app);
    const rules = methods.map((m) => ({ ...m, rule: accessRuleOf(reflector, m.targets) }));
    expect(rules.filter((r) => !r.rule).map((r) => r.label)).toEqual([]);
    expect(rules.filter((r) => r.rule?.kind === 'public').map((r) => r.operation)).toEqual(['Mutation.login']);
  });
});
