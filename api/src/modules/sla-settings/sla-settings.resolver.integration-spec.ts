import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { SlaSettingsService } from './sla-settings.service';

const SLA = 'targets { kind minutes basis } updatedAt';
const GET_SLA = `query { slaSettings { ${SLA} } }`;
const UPDATE_SLA = `mutation U($targets: [SlaTargetInput!]!) { updateSlaSettings(targets: $targets) { ${SLA} } }`;
const AUDIT = (entityType: string) =>
  `query { auditLog(entityType: "${entityType}") { nodes { action entityId before after } } }`;

interface Sla {
  targets: { kind: string; minutes: number; basis: string }[];
  updatedAt: string | null;
}
interface Audit {
  auditLog: { nodes: { action: string; entityId: string; before: unknown; after: unknown }[] };
}

describe('SLA settings over GraphQL (real app, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;

  const sla = async (token: string) => (await t.ok<{ slaSettings: Sla }>(token, GET_SLA)).slaSettings;
  const issuePaths = async (token: string, query: string, variables: Record<string, unknown>) => {
    const response = await t.gql(token, query, variables);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    return (response.errors?.[0].extensions?.issues as { path: string }[]).map((i) => i.path).sort();
  };

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('shows the defaults to every role until saved: no SLA targets', async () => {
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      expect(await sla(t.as[role])).toEqual({ targets: [], updatedAt: null });
    }
    expect(await t.running.app.get(SlaSettingsService, { strict: false }).forTenant(t.tenantA)).toEqual([]);
  });

  it('replaces the SLA targets as a set, in kind order, audited, and serves them to analytics', async () => {
    const targets = [
      { kind: 'RESOLUTION', minutes: 43200, basis: 'CALENDAR' },
      { kind: 'FIRST_RESPONSE', minutes: 15, basis: 'BUSINESS' },
    ];
    const saved = (await t.ok<{ updateSlaSettings: Sla }>(t.as.manager, UPDATE_SLA, { targets })).updateSlaSettings;
    expect(saved.targets).toEqual([targets[1], targets[0]]);
    expect(saved.updatedAt).not.toBeNull();
    expect(await sla(t.as.viewer)).toEqual(saved);

    const next = [{ kind: 'NEXT_REPLY', minutes: 1, basis: 'CALENDAR' }];
    expect(
      (await t.ok<{ updateSlaSettings: Sla }>(t.as.admin, UPDATE_SLA, { targets: next })).updateSlaSettings.targets,
    ).toEqual(next);
    expect(await t.running.app.get(SlaSettingsService, { strict: false }).forTenant(t.tenantA)).toEqual(next);

    const { auditLog } = await t.ok<Audit>(t.as.admin, AUDIT('sla_settings'));
    expect(auditLog.nodes.map((n) => n.action)).toEqual(['sla_settings.update', 'sla_settings.update']);
    expect(auditLog.nodes[0]).toMatchObject({
      entityId: t.tenantA,
      before: { targets: [targets[1], targets[0]] },
      after: { targets: next },
    });
    expect(auditLog.nodes[1]).toMatchObject({ before: { targets: [] } });

    const cleared = (await t.ok<{ updateSlaSettings: Sla }>(t.as.admin, UPDATE_SLA, { targets: [] })).updateSlaSettings;
    expect(cleared.targets).toEqual([]);
    expect(cleared.updatedAt).not.toBeNull();
  });

  it('refuses invalid SLA targets with the issue paths and changes nothing', async () => {
    const kept = [{ kind: 'FIRST_RESPONSE', minutes: 60, basis: 'BUSINESS' }];
    await t.ok(t.as.admin, UPDATE_SLA, { targets: kept });
    const before = await sla(t.as.admin);
    expect(
      await issuePaths(t.as.admin, UPDATE_SLA, {
        targets: [
          { kind: 'FIRST_RESPONSE', minutes: 0, basis: 'CALENDAR' },
          { kind: 'FIRST_RESPONSE', minutes: 10, basis: 'CALENDAR' },
          { kind: 'RESOLUTION', minutes: 43201, basis: 'BUSINESS' },
        ],
      }),
    ).toEqual(['targets.0.minutes', 'targets.1.kind', 'targets.2.minutes']);
    expect(await sla(t.as.admin)).toEqual(before);
    // An unknown kind never reaches the service: GraphQL refuses the enum value.
    const unknown = await t.gql(t.as.admin, UPDATE_SLA, {
      targets: [{ kind: 'LUNCH', minutes: 5, basis: 'CALENDAR' }],
    });
    expect(unknown.errors?.length).toBeGreaterThan(0);
    expect(await sla(t.as.admin)).toEqual(before);
  });

  it("refuses roles that may not change the targets, and keeps tenants' targets apart", async () => {
    for (const role of ['compliance', 'marketer', 'viewer'] as const) {
      expect(await t.codes(t.as[role], UPDATE_SLA, { targets: [] })).toEqual(['FORBIDDEN']);
    }
    expect(await sla(t.otherTenant)).toEqual({ targets: [], updatedAt: null });
    await t.ok(t.otherTenant, UPDATE_SLA, { targets: [{ kind: 'RESOLUTION', minutes: 5, basis: 'CALENDAR' }] });
    expect((await sla(t.as.admin)).targets).toEqual([{ kind: 'FIRST_RESPONSE', minutes: 60, basis: 'BUSINESS' }]);
  });
});
