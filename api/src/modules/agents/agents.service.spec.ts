/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { ADMIN, FAKE_MANAGER, failure, fakeAudit, fakeTransaction } from '../business-accounts/testing/settings-fakes';
import type { Team } from '../teams/team.entity';
import type { TeamsRepository } from '../teams/teams.repository';
import type { TeamsService, TeamView } from '../teams/teams.service';
import type { Agent } from './agent.entity';
import type { AgentListQuery, AgentsRepository, AgentValues } from './agents.repository';
import { AgentsService } from './agents.service';
import type { AgentInput } from './dtos/agent.input';

class FakeAgents {
  rows: Agent[] = [];
  managers: EntityManager[] = [];
  lastList?: AgentListQuery;
  private seq = 0;

  transaction = fakeTransaction;

  async findOne(tenantId: string, id: string) {
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id);
    return row ? { ...row } : null;
  }

  async list(query: AgentListQuery) {
    this.lastList = query;
    const rows = this.rows.filter(
      (r) => r.tenantId === query.tenantId && (query.teamId === undefined || r.teamId === query.teamId),
    );
    return { rows: rows.slice(0, query.limit), totalCount: rows.length };
  }

  async insert(tenantId: string, values: AgentValues, manager: EntityManager) {
    this.managers.push(manager);
    if (this.rows.some((r) => r.tenantId === tenantId && r.externalId === values.externalId))
      throw new ConflictError('taken');
    const row = { id: `agent-${++this.seq}`, tenantId, ...values, createdAt: new Date(), updatedAt: new Date() };
    this.rows.push(row);
    return { ...row };
  }

  async update(tenantId: string, id: string, values: AgentValues, manager: EntityManager) {
    this.managers.push(manager);
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id)!;
    Object.assign(row, values);
    return { ...row };
  }

  async delete(tenantId: string, id: string, manager: EntityManager) {
    this.managers.push(manager);
    this.rows = this.rows.filter((r) => !(r.tenantId === tenantId && r.id === id));
  }
}

const TEAMS: Team[] = [
  { id: 'team-a', tenantId: 'tenant-a', externalId: null, name: 'Sales', createdAt: new Date() },
  { id: 'team-b', tenantId: 'tenant-b', externalId: null, name: 'Other tenant', createdAt: new Date() },
];

const input = (over: Partial<AgentInput> = {}): AgentInput => ({
  externalId: 'agent_anna',
  name: 'Anna Kowalska',
  ...over,
});

describe('AgentsService', () => {
  let agents: FakeAgents;
  let audit: ReturnType<typeof fakeAudit>;
  let service: AgentsService;

  beforeEach(() => {
    agents = new FakeAgents();
    audit = fakeAudit();
    const teamRows = {
      findOne: async (tenantId: string, id: string) =>
        TEAMS.find((t) => t.tenantId === tenantId && t.id === id) ?? null,
    } as unknown as TeamsRepository;
    const teams = {
      findMany: async (tenantId: string, ids: string[]): Promise<TeamView[]> =>
        TEAMS.filter((t) => t.tenantId === tenantId && ids.includes(t.id)).map((t) => ({ ...t, agentCount: 1 })),
    } as unknown as TeamsService;
    service = new AgentsService(agents as unknown as AgentsRepository, teamRows, teams, audit.audit);
  });

  it('creates an active agent without e-mail or team by default and audits it', async () => {
    const agent = await service.create(ADMIN, input());
    expect(agent).toMatchObject({
      externalId: 'agent_anna',
      name: 'Anna Kowalska',
      email: null,
      teamId: null,
      team: null,
      active: true,
    });
    expect(audit.entries[0]).toMatchObject({
      manager: FAKE_MANAGER,
      change: {
        action: 'agent.create',
        entityId: agent.id,
        before: null,
        after: { externalId: 'agent_anna', active: true },
      },
    });
  });

  it('resolves the team of the tenant', async () => {
    const agent = await service.create(ADMIN, input({ teamId: 'team-a', email: ' anna@northwind.example ' }));
    expect(agent).toMatchObject({
      email: 'anna@northwind.example',
      team: { id: 'team-a', name: 'Sales', agentCount: 1 },
    });
  });

  it("rejects another tenant's team or an unknown team as BAD_USER_INPUT at input.teamId", async () => {
    expect(await failure(service.create(ADMIN, input({ teamId: 'team-b' })))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['input.teamId'],
    });
    expect(await failure(service.create(ADMIN, input({ teamId: 'nope' })))).toEqual({
      code: 'BAD_USER_INPUT',
      paths: ['input.teamId'],
    });
    expect(agents.rows).toHaveLength(0);
    expect(audit.entries).toHaveLength(0);
  });

  it.each([
    [{ externalId: ' ' }, 'input.externalId'],
    [{ name: 'n'.repeat(201) }, 'input.name'],
    [{ email: 'not-an-email' }, 'input.email'],
  ])('rejects %p at %s', async (over, path) => {
    expect(await failure(service.create(ADMIN, input(over)))).toEqual({ code: 'BAD_USER_INPUT', paths: [path] });
  });

  it('answers CONFLICT for an external id the tenant has', async () => {
    await service.create(ADMIN, input());
    expect((await failure(service.create(ADMIN, input({ name: 'Someone else' })))).code).toBe('CONFLICT');
  });

  it('updates with before/after snapshots; moving to no team clears it', async () => {
    const agent = await service.create(ADMIN, input({ teamId: 'team-a' }));
    const updated = await service.update(ADMIN, agent.id, input({ active: false, teamId: null }));
    expect(updated).toMatchObject({ active: false, team: null });
    expect(audit.entries[1].change).toMatchObject({
      action: 'agent.update',
      before: { teamId: 'team-a', active: true },
      after: { teamId: null, active: false },
    });
  });

  it("answers NOT_FOUND for another tenant's agent and changes nothing", async () => {
    const agent = await service.create(ADMIN, input());
    const other = { ...ADMIN, tenantId: 'tenant-b' };
    expect((await failure(service.update(other, agent.id, input({ name: 'X' })))).code).toBe('NOT_FOUND');
    expect((await failure(service.delete(other, agent.id))).code).toBe('NOT_FOUND');
    expect(agents.rows[0].name).toBe('Anna Kowalska');
    expect(audit.entries).toHaveLength(1);
  });

  it('deletes with the before snapshot', async () => {
    const agent = await service.create(ADMIN, input());
    await service.delete(ADMIN, agent.id);
    expect(agents.rows).toHaveLength(0);
    expect(audit.entries[1].change).toMatchObject({ action: 'agent.delete', before: { id: agent.id }, after: null });
  });

  it('passes the team filter and the cursor key to the repository', async () => {
    await service.create(ADMIN, input());
    await service.create(ADMIN, input({ externalId: 'agent_oleh', name: 'Oleh Bondar' }));
    const first = await service.list(ADMIN, { first: 1 }, 'team-a');
    expect(first.totalCount).toBe(0);
    const all = await service.list(ADMIN, { first: 1 });
    await service.list(ADMIN, { first: 1, after: all.pageInfo.endCursor });
    expect(agents.lastList).toEqual({
      tenantId: 'tenant-a',
      teamId: undefined,
      limit: 2,
      after: { name: 'Anna Kowalska', id: 'agent-1' },
    });
  });
});
