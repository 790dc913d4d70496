import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';
import { MonitoringSettingsService } from './monitoring-settings.service';

const MONITORING = 'tierEra complaintSpikeThreshold updatedAt';
const GET_MONITORING = `query { monitoringSettings { ${MONITORING} } }`;
const UPDATE_MONITORING = `mutation U($input: MonitoringSettingsInput!) { updateMonitoringSettings(input: $input) { ${MONITORING} } }`;
const AUDIT = `query { auditLog(entityType: "monitoring_settings") { nodes { action entityId before after } } }`;

interface Monitoring {
  tierEra: string;
  complaintSpikeThreshold: number | null;
  updatedAt: string | null;
}
interface Audit {
  auditLog: { nodes: { action: string; entityId: string; before: unknown; after: unknown }[] };
}

describe('monitoring settings over GraphQL (real app, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;

  const monitoring = async (token: string) =>
    (await t.ok<{ monitoringSettings: Monitoring }>(token, GET_MONITORING)).monitoringSettings;
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

  it('shows the defaults to every role until saved: AUTO era, mean + 3σ spikes', async () => {
    for (const role of ['admin', 'manager', 'compliance', 'marketer', 'viewer'] as const) {
      expect(await monitoring(t.as[role])).toEqual({ tierEra: 'AUTO', complaintSpikeThreshold: null, updatedAt: null });
    }
    expect(await t.running.app.get(MonitoringSettingsService, { strict: false }).forTenant(t.tenantA)).toEqual({
      tierEra: 'AUTO',
      complaintSpikeThreshold: null,
    });
  });

  it('saves the era and threshold, audits them, validates the threshold and clears it with null', async () => {
    const saved = (
      await t.ok<{ updateMonitoringSettings: Monitoring }>(t.as.compliance, UPDATE_MONITORING, {
        input: { tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: 2.5 },
      })
    ).updateMonitoringSettings;
    expect(saved).toMatchObject({ tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: 2.5 });
    expect(saved.updatedAt).not.toBeNull();
    expect(await monitoring(t.as.marketer)).toEqual(saved);
    expect(await t.running.app.get(MonitoringSettingsService, { strict: false }).forTenant(t.tenantA)).toEqual({
      tierEra: 'PORTFOLIO_2025',
      complaintSpikeThreshold: 2.5,
    });

    expect(
      await issuePaths(t.as.admin, UPDATE_MONITORING, { input: { tierEra: 'LEGACY', complaintSpikeThreshold: -0.1 } }),
    ).toEqual(['input.complaintSpikeThreshold']);
    expect(
      await issuePaths(t.as.admin, UPDATE_MONITORING, {
        input: { tierEra: 'LEGACY', complaintSpikeThreshold: 1000.5 },
      }),
    ).toEqual(['input.complaintSpikeThreshold']);
    expect(await monitoring(t.as.admin)).toEqual(saved);

    const cleared = (
      await t.ok<{ updateMonitoringSettings: Monitoring }>(t.as.manager, UPDATE_MONITORING, {
        input: { tierEra: 'ERA_2023' },
      })
    ).updateMonitoringSettings;
    expect(cleared).toMatchObject({ tierEra: 'ERA_2023', complaintSpikeThreshold: null });

    const { auditLog } = await t.ok<Audit>(t.as.admin, AUDIT);
    expect(auditLog.nodes).toHaveLength(2);
    expect(auditLog.nodes[0]).toMatchObject({
      action: 'monitoring_settings.update',
      entityId: t.tenantA,
      before: { tierEra: 'PORTFOLIO_2025', complaintSpikeThreshold: 2.5 },
      after: { tierEra: 'ERA_2023', complaintSpikeThreshold: null },
    });
    expect(auditLog.nodes[1]).toMatchObject({ before: { tierEra: 'AUTO', complaintSpikeThreshold: null } });
  });

  it("refuses roles that may not change them, and keeps tenants' settings apart", async () => {
    for (const role of ['marketer', 'viewer'] as const) {
      expect(await t.codes(t.as[role], UPDATE_MONITORING, { input: { tierEra: 'LEGACY' } })).toEqual(['FORBIDDEN']);
    }
    expect(await monitoring(t.otherTenant)).toMatchObject({ tierEra: 'AUTO', updatedAt: null });
    await t.ok(t.otherTenant, UPDATE_MONITORING, { input: { tierEra: 'LEGACY', complaintSpikeThreshold: 9 } });
    expect(await monitoring(t.as.admin)).toMatchObject({ tierEra: 'ERA_2023', complaintSpikeThreshold: null });
  });
});
