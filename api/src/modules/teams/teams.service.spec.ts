/* eslint-disable @typescript-eslint/require-await -- fakes keep the async signatures of what they replace */
import type { EntityManager } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { ADMIN, FAKE_MANAGER, failure, fakeAudit, fakeTransaction } from '../business-accounts/testing/settings-fakes';
import type { Team } from './team.entity';
import type { TeamListQuery, TeamsRepository, TeamValues } from './teams.repository';
import { TeamsService } from './teams.service';

/** Teams and the team id of each agent, with the repository's contract (names and set external ids unique per tenant). */
class FakeTeams {
  rows: Team[] = [];
  agentTeam = new Map<string, string | null>();
  managers: EntityManager[] = [];
  lastList?: TeamListQuery;
  private seq = 0;

  transaction = fakeTransaction;

  async findOne(tenantId: string, id: string) {
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id);
    return row ? { ...row } : null;
  }

  async findMany(tenantId: string, ids: string[]) {
    return this.rows.filter((r) => r.tenantId === tenantId && ids.includes(r.id));
  }

  async list(query: TeamListQuery) {
    this.lastList = query;
    const rows = this.rows.filter((r) => r.tenantId === query.tenantId).sort((a, b) => a.name.localeCompare(b.name));
    return {
      rows: rows.filter((r) => query.afterName === undefined || r.name > query.afterName).slice(0, query.limit),
      totalCount: rows.length,
    };
  }

  async agentCounts(_tenantId: string, teamIds: string[]) {
    const counts = new Map<string, number>();
    for (const teamId of this.agentTeam.values()) {
      if (teamId && teamIds.includes(teamId)) counts.set(teamId, (counts.get(teamId) ?? 0) + 1);
    }
    return counts;
  }

  async insert(tenantId: string, values: TeamValues, manager: EntityManager) {
    this.managers.push(manager);
    this.assertUnique(tenantId, values);
    const row: Team = { id: `team-${++this.seq}`, tenantId, ...values, createdAt: new Date() };
    this.rows.push(row);
    return { ...row };
  }

  async update(tenantId: string, id: string, values: TeamValues, manager: EntityManager) {
    this.managers.push(manager);
    this.assertUnique(tenantId, values, id);
    const row = this.rows.find((r) => r.tenantId === tenantId && r.id === id)!;
    Object.assign(row, values);
    return { ...row };
  }

  async delete(tenantId: string, id: string, manager: EntityManager) {
    this.managers.push(manager);
    const members = [...this.agentTeam].filter(([, teamId]) => teamId === id).map(([agentId]) => agentId);
    for (const agentId of members) this.agentTeam.set(agentId, null);
    this.rows = this.rows.filter((r) => !(r.tenantId === tenantId && r.id === id));
    return members;
  }

  private assertUnique(tenantId: string, values: TeamValues, exceptId?: string) {
    const others = this.rows.filter((r) => r.tenantId === tenantId && r.id !== exceptId);
    if (others.some((r) => r.name === values.name)) throw new ConflictError('taken', 'name');
    if (values.externalId !== null && others.some((r) => r.externalId === values.externalId)) {
      throw new ConflictError('taken', 'externalId');
    }
  }
}

describe('TeamsService', () => {
  let teams: FakeTeams;
  let audit: ReturnType<typeof fakeAudit>;
  let service: TeamsService;

  beforeEach(() => {
    teams = new FakeTeams();
    audit = fakeAudit();
    service = new TeamsService(teams as unknown as TeamsRepository, audit.audit);
  });

  it('creates a team with a trimmed name, zero agents, audited in the same transaction', async () => {
    const team = await service.create(ADMIN, { name: '  Customer support ' });
    expect(team).toMatchObject({ name: 'Customer support', externalId: null, agentCount: 0, tenantId: 'tenant-a' });
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      manager: FAKE_MANAGER,
      change: {
        action: 'team.create',
        entityId: team.id,
        before: null,
        after: { name: 'Customer support', externalId: null, agentCount: 0 },
      },
    });
    expect(teams.managers).toEqual([FAKE_MANAGER]);
  });

  it.each([[''], ['   '], ['x'.repeat(201)]])('rejects the name %p as BAD_USER_INPUT', async (name) => {
    expect(await failure(service.create(ADMIN, { name }))).toEqual({ code: 'BAD_USER_INPUT', paths: ['input.name'] });
    expect(teams.rows).toHaveLength(0);
  });

  it('answers CONFLICT for a duplicate name in the tenant; another tenant may use it', async () => {
    await service.create(ADMIN, { name: 'Sales' });
    expect((await failure(service.create(ADMIN, { name: 'Sales' }))).code).toBe('CONFLICT');
    await expect(service.create({ ...ADMIN, tenantId: 'tenant-b' }, { name: 'Sales' })).resolves.toMatchObject({
      name: 'Sales',
    });
  });

  it('stores the trimmed external id events carry; blank means none', async () => {
    const team = await service.create(ADMIN, { name: 'Support', externalId: '  team_support ' });
    expect(team).toMatchObject({ externalId: 'team_support' });
    expect(audit.entries[0].change.after).toMatchObject({ externalId: 'team_support' });
    await expect(service.create(ADMIN, { name: 'Sales', externalId: '   ' })).resolves.toMatchObject({
      externalId: null,
    });
  });

  it.each([['x'.repeat(129)], ['team\u0000support'], ['tab\tinside']])(
    'rejects the external id %p as BAD_USER_INPUT at input.externalId',
    async (externalId) => {
      expect(await failure(service.create(ADMIN, { name: 'Support', externalId }))).toEqual({
        code: 'BAD_USER_INPUT',
        paths: ['input.externalId'],
      });
      expect(teams.rows).toHaveLength(0);
    },
  );

  it('sets and changes the external id on update with before/after snapshots', async () => {
    const team = await service.create(ADMIN, { name: 'Support' });
    await service.update(ADMIN, team.id, { name: 'Support', externalId: 'team_support' });
    const changed = await service.update(ADMIN, team.id, { name: 'Support', externalId: 'team_care' });
    expect(changed).toMatchObject({ externalId: 'team_care' });
    expect(audit.entries.slice(1).map((e) => [e.change.before, e.change.after])).toEqual([
      [expect.objectContaining({ externalId: null }), expect.objectContaining({ externalId: 'team_support' })],
      [expect.objectContaining({ externalId: 'team_support' }), expect.objectContaining({ externalId: 'team_care' })],
    ]);
  });

  it('renames with before/after and keeps the agent count', async () => {
    const team = await service.create(ADMIN, { name: 'Sales' });
    teams.agentTeam.set('agent-1', team.id);
    const renamed = await service.update(ADMIN, team.id, { name: 'Sales EU' });
    expect(renamed).toMatchObject({ name: 'Sales EU', agentCount: 1 });
    expect(audit.entries[1].change).toMatchObject({
      action: 'team.update',
      before: { name: 'Sales' },
      after: { name: 'Sales EU' },
    });
  });

  it("answers NOT_FOUND for another tenant's team and changes nothing", async () => {
    const team = await service.create(ADMIN, { name: 'Sales' });
    const other = { ...ADMIN, tenantId: 'tenant-b' };
    expect((await failure(service.update(other, team.id, { name: 'Mine' }))).code).toBe('NOT_FOUND');
    expect((await failure(service.delete(other, team.id))).code).toBe('NOT_FOUND');
    expect(teams.rows.map((t) => t.name)).toEqual(['Sales']);
    expect(audit.entries).toHaveLength(1);
  });

  it('deletes a team, leaving its agents without a team, and names them in the audit entry', async () => {
    const team = await service.create(ADMIN, { name: 'Billing' });
    teams.agentTeam.set('agent-1', team.id).set('agent-2', team.id).set('agent-3', null);
    expect(await service.delete(ADMIN, team.id)).toBe(true);
    expect([...teams.agentTeam.values()]).toEqual([null, null, null]);
    expect(audit.entries[1].change).toMatchObject({
      action: 'team.delete',
      before: { name: 'Billing', agentCount: 2, agentIds: ['agent-1', 'agent-2'] },
      after: null,
    });
  });

  it('lists by name with agent counts and continues after the cursor', async () => {
    for (const name of ['Sales', 'Billing', 'Customer support']) await service.create(ADMIN, { name });
    teams.agentTeam.set('agent-1', teams.rows[0].id);
    const first = await service.list(ADMIN, { first: 2 });
    expect(first.nodes.map((t) => t.name)).toEqual(['Billing', 'Customer support']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await service.list(ADMIN, { first: 2, after: first.pageInfo.endCursor });
    expect(second.nodes.map((t) => [t.name, t.agentCount])).toEqual([['Sales', 1]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect(teams.lastList).toMatchObject({ afterName: 'Customer support', limit: 3 });
  });
});
