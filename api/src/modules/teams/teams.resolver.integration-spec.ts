import { dropTestDatabase, testWarehouse, type TestWarehouse } from '@checkmark/test/helpers/clickhouse';
import { AgentsRepository } from '../agents/agents.repository';
import { TeamsRepository } from './teams.repository';
import { startSettingsTestApp, type SettingsTestApp } from '../business-accounts/testing/settings-test-app';

const TEAM = 'id externalId name agentCount createdAt';
const AGENT = `id externalId name email active createdAt team { ${TEAM} }`;
const TEAMS = `query Teams($page: PageInput) { teams(page: $page) { nodes { ${TEAM} } pageInfo { endCursor hasNextPage } totalCount } }`;
const AGENTS = `query Agents($page: PageInput, $teamId: ID) { agents(page: $page, teamId: $teamId) { nodes { ${AGENT} } pageInfo { endCursor hasNextPage } totalCount } }`;
const CREATE_TEAM = `mutation CT($input: TeamInput!) { createTeam(input: $input) { ${TEAM} } }`;
const UPDATE_TEAM = `mutation UT($id: ID!, $input: TeamInput!) { updateTeam(id: $id, input: $input) { ${TEAM} } }`;
const DELETE_TEAM = 'mutation DT($id: ID!) { deleteTeam(id: $id) }';
const CREATE_AGENT = `mutation CA($input: AgentInput!) { createAgent(input: $input) { ${AGENT} } }`;
const UPDATE_AGENT = `mutation UA($id: ID!, $input: AgentInput!) { updateAgent(id: $id, input: $input) { ${AGENT} } }`;
const DELETE_AGENT = 'mutation DA($id: ID!) { deleteAgent(id: $id) }';
const AUDIT = `query Audit($type: String) { auditLog(entityType: $type) { nodes { action entityId before after } } }`;

interface Team {
  id: string;
  externalId: string | null;
  name: string;
  agentCount: number;
}
interface Agent {
  id: string;
  externalId: string;
  name: string;
  email: string | null;
  active: boolean;
  team: Team | null;
}
interface Page<T> {
  nodes: T[];
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  totalCount: number;
}
interface AuditPage {
  auditLog: { nodes: { action: string; entityId: string; before: unknown; after: unknown }[] };
}

describe('teams and agents over GraphQL (real app, chDB, SQLite or PostgreSQL)', () => {
  let warehouse: TestWarehouse;
  let t: SettingsTestApp;
  let support: Team;
  let sales: Team;
  let anna: Agent;

  const createTeam = async (token: string, name: string, externalId?: string | null) =>
    (await t.ok<{ createTeam: Team }>(token, CREATE_TEAM, { input: { name, externalId } })).createTeam;
  const createAgent = async (token: string, input: Record<string, unknown>) =>
    (await t.ok<{ createAgent: Agent }>(token, CREATE_AGENT, { input })).createAgent;
  const agents = async (token: string, variables: Record<string, unknown> = {}) =>
    (await t.ok<{ agents: Page<Agent> }>(token, AGENTS, variables)).agents;
  const teams = async (token: string, variables: Record<string, unknown> = {}) =>
    (await t.ok<{ teams: Page<Team> }>(token, TEAMS, variables)).teams;

  beforeAll(async () => {
    warehouse = await testWarehouse();
    t = await startSettingsTestApp(warehouse);
    support = await createTeam(t.as.admin, 'Customer support');
    sales = await createTeam(t.as.manager, 'Sales');
    anna = await createAgent(t.as.admin, {
      externalId: 'agent_anna',
      name: 'Anna Kowalska',
      email: 'anna.kowalska@northwind.example',
      teamId: support.id,
    });
  });

  afterAll(async () => {
    await t?.close();
    await dropTestDatabase(warehouse);
  });

  it('creates agents in a team and counts them per team', async () => {
    expect(anna).toMatchObject({
      externalId: 'agent_anna',
      active: true,
      team: { id: support.id, name: 'Customer support', agentCount: 1 },
    });
    expect((await teams(t.as.viewer)).nodes.map((team) => [team.name, team.agentCount])).toEqual([
      ['Customer support', 1],
      ['Sales', 0],
    ]);
  });

  it('answers CONFLICT for a team name or agent external id the tenant uses; another tenant may reuse them', async () => {
    expect(await t.codes(t.as.admin, CREATE_TEAM, { input: { name: 'Sales' } })).toEqual(['CONFLICT']);
    expect(await t.codes(t.as.admin, UPDATE_TEAM, { id: support.id, input: { name: 'Sales' } })).toEqual(['CONFLICT']);
    expect(
      await t.codes(t.as.admin, CREATE_AGENT, { input: { externalId: 'agent_anna', name: 'Another Anna' } }),
    ).toEqual(['CONFLICT']);
    await expect(createTeam(t.otherTenant, 'Sales')).resolves.toMatchObject({ name: 'Sales', agentCount: 0 });
    await expect(createAgent(t.otherTenant, { externalId: 'agent_anna', name: 'Anna B' })).resolves.toMatchObject({
      team: null,
    });
  });

  it('answers BAD_USER_INPUT for bad fields and for a team of another tenant, storing nothing', async () => {
    const foreignTeam = (await teams(t.otherTenant)).nodes[0];
    const response = await t.gql(t.as.admin, CREATE_AGENT, {
      input: { externalId: ' ', name: 'n'.repeat(201), email: 'not-an-email' },
    });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect((response.errors?.[0].extensions?.issues as { path: string }[]).map((i) => i.path).sort()).toEqual([
      'input.email',
      'input.externalId',
      'input.name',
    ]);
    const foreign = await t.gql(t.as.admin, CREATE_AGENT, {
      input: { externalId: 'agent_x', name: 'X', teamId: foreignTeam.id },
    });
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.teamId' }],
    });
    expect(await t.codes(t.as.admin, CREATE_TEAM, { input: { name: '   ' } })).toEqual(['BAD_USER_INPUT']);
    expect((await agents(t.as.admin)).totalCount).toBe(1);
  });

  it("answers NOT_FOUND to another tenant's writes and changes nothing", async () => {
    const input = { externalId: 'agent_anna', name: 'Renamed' };
    expect(await t.codes(t.otherTenant, UPDATE_AGENT, { id: anna.id, input })).toEqual(['NOT_FOUND']);
    expect(await t.codes(t.otherTenant, DELETE_AGENT, { id: anna.id })).toEqual(['NOT_FOUND']);
    expect(await t.codes(t.otherTenant, UPDATE_TEAM, { id: support.id, input: { name: 'Mine' } })).toEqual([
      'NOT_FOUND',
    ]);
    expect(await t.codes(t.otherTenant, DELETE_TEAM, { id: support.id })).toEqual(['NOT_FOUND']);
    expect((await agents(t.otherTenant, { teamId: support.id })).nodes).toEqual([]);
    expect((await agents(t.as.admin)).nodes[0]).toMatchObject({ name: 'Anna Kowalska', team: { id: support.id } });
  });

  it('lets admins and managers change teams and agents; other roles get FORBIDDEN', async () => {
    for (const role of ['compliance', 'marketer', 'viewer'] as const) {
      expect(await t.codes(t.as[role], CREATE_TEAM, { input: { name: `By ${role}` } })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], UPDATE_TEAM, { id: sales.id, input: { name: 'X' } })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], DELETE_TEAM, { id: sales.id })).toEqual(['FORBIDDEN']);
      expect(await t.codes(t.as[role], CREATE_AGENT, { input: { externalId: role, name: role } })).toEqual([
        'FORBIDDEN',
      ]);
      expect(await t.codes(t.as[role], UPDATE_AGENT, { id: anna.id, input: { externalId: 'a', name: 'a' } })).toEqual([
        'FORBIDDEN',
      ]);
      expect(await t.codes(t.as[role], DELETE_AGENT, { id: anna.id })).toEqual(['FORBIDDEN']);
      expect((await agents(t.as[role])).totalCount).toBe(1);
    }
  });

  it('moves an agent between teams and filters agents by team', async () => {
    const moved = await t.ok<{ updateAgent: Agent }>(t.as.manager, UPDATE_AGENT, {
      id: anna.id,
      input: { externalId: 'agent_anna', name: 'Anna Kowalska', teamId: sales.id, active: false },
    });
    expect(moved.updateAgent).toMatchObject({ active: false, email: null, team: { id: sales.id, agentCount: 1 } });
    expect((await agents(t.as.admin, { teamId: sales.id })).nodes.map((a) => a.id)).toEqual([anna.id]);
    expect((await agents(t.as.admin, { teamId: support.id })).nodes).toEqual([]);
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT, { type: 'agent' });
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'agent.update',
      entityId: anna.id,
      before: { teamId: support.id, active: true, email: 'anna.kowalska@northwind.example' },
      after: { teamId: sales.id, active: false, email: null },
    });
  });

  it('deletes a team and leaves its agents without a team', async () => {
    expect(await t.ok(t.as.manager, DELETE_TEAM, { id: sales.id })).toEqual({ deleteTeam: true });
    const [agent] = (await agents(t.as.admin)).nodes;
    expect(agent).toMatchObject({ id: anna.id, team: null });
    expect((await teams(t.as.admin)).nodes.map((team) => team.id)).not.toContain(sales.id);
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT, { type: 'team' });
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'team.delete',
      entityId: sales.id,
      before: { name: 'Sales', agentCount: 1, agentIds: [anna.id] },
      after: null,
    });
  });

  it('pages agents by name, then id, without gaps or repeats', async () => {
    const names = ['Zoe Adams', 'Bob Brown', 'Bob Brown', 'Carla Diaz', 'Eve Evans'];
    for (const [i, name] of names.entries()) await createAgent(t.as.admin, { externalId: `agent_page_${i}`, name });
    const seen: Agent[] = [];
    let after: string | null = null;
    do {
      const page: Page<Agent> = await agents(t.as.admin, { page: { first: 2, after } });
      expect(page.totalCount).toBe(6);
      seen.push(...page.nodes);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen.map((a) => a.name)).toEqual([
      'Anna Kowalska',
      'Bob Brown',
      'Bob Brown',
      'Carla Diaz',
      'Eve Evans',
      'Zoe Adams',
    ]);
    expect(new Set(seen.map((a) => a.id)).size).toBe(6);
  });

  it('deletes an agent with an audit entry, and gives external ids of the tenant’s own agents only', async () => {
    const foreign = (await agents(t.otherTenant)).nodes[0];
    const repository = t.running.app.get(AgentsRepository, { strict: false });
    expect(await repository.externalIdsFor(t.tenantA, [anna.id, foreign.id, 'no-such-id'])).toEqual(['agent_anna']);
    expect(await t.ok(t.as.admin, DELETE_AGENT, { id: anna.id })).toEqual({ deleteAgent: true });
    expect(await t.codes(t.as.admin, DELETE_AGENT, { id: anna.id })).toEqual(['NOT_FOUND']);
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT, { type: 'agent' });
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'agent.delete',
      entityId: anna.id,
      before: { externalId: 'agent_anna' },
      after: null,
    });
  });

  it('stores the external id events carry, unique per tenant, with teams allowed to have none', async () => {
    const care = await createTeam(t.as.admin, 'Care', '  team_care ');
    expect(care).toMatchObject({ externalId: 'team_care', agentCount: 0 });
    // Teams without an external id do not clash with each other (NULLs are distinct in the unique index).
    const first = await createTeam(t.as.admin, 'No id one');
    const second = await createTeam(t.as.manager, 'No id two', '   ');
    expect([first.externalId, second.externalId]).toEqual([null, null]);

    const duplicate = await t.gql(t.as.admin, CREATE_TEAM, { input: { name: 'Care two', externalId: 'team_care' } });
    expect(duplicate.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'externalId' });
    const taken = await t.gql(t.as.admin, UPDATE_TEAM, {
      id: first.id,
      input: { name: 'No id one', externalId: 'team_care' },
    });
    expect(taken.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'externalId' });
    const bad = await t.gql(t.as.admin, CREATE_TEAM, { input: { name: 'Bad', externalId: 'x'.repeat(129) } });
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ path: 'input.externalId' }],
    });

    const updated = await t.ok<{ updateTeam: Team }>(t.as.manager, UPDATE_TEAM, {
      id: first.id,
      input: { name: 'No id one', externalId: 'team_first' },
    });
    expect(updated.updateTeam).toMatchObject({ id: first.id, externalId: 'team_first' });
    const audit = await t.ok<AuditPage>(t.as.admin, AUDIT, { type: 'team' });
    expect(audit.auditLog.nodes[0]).toMatchObject({
      action: 'team.update',
      entityId: first.id,
      before: { externalId: null, name: 'No id one' },
      after: { externalId: 'team_first', name: 'No id one' },
    });
    expect(audit.auditLog.nodes.find((n) => n.entityId === care.id)).toMatchObject({
      action: 'team.create',
      after: { externalId: 'team_care' },
    });

    // Another tenant may use the same external id and cannot touch this tenant's team.
    const foreign = await createTeam(t.otherTenant, 'Care', 'team_care');
    expect(foreign.externalId).toBe('team_care');
    expect(
      await t.codes(t.otherTenant, UPDATE_TEAM, { id: care.id, input: { name: 'Care', externalId: 'stolen' } }),
    ).toEqual(['NOT_FOUND']);
    const repository = t.running.app.get(TeamsRepository, { strict: false });
    expect(
      (await repository.externalIdsFor(t.tenantA, [care.id, first.id, second.id, foreign.id, 'no-such-id'])).sort(),
    ).toEqual(['team_care', 'team_first']);
    expect(await repository.externalIdsFor(t.tenantA, [])).toEqual([]);
  });
});
