import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Not, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { Agent } from '../agents/agent.entity';
import { constraintViolation } from '../../database/constraint-violation';
import { Team } from './team.entity';

export type TeamValues = Pick<Team, 'name' | 'externalId'>;

export interface TeamListQuery {
  tenantId: string;
  limit: number;
  /** Continue after this name (names are unique within a tenant). */
  afterName?: string;
}

@Injectable()
export class TeamsRepository {
  constructor(@InjectRepository(Team) private readonly teams: Repository<Team>) {}

  /** Runs `work` in one transaction; pass the manager to the writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.teams.manager.transaction(work);
  }

  findOne(tenantId: string, id: string, manager?: EntityManager): Promise<Team | null> {
    return this.repo(manager).findOneBy({ tenantId, id });
  }

  findMany(tenantId: string, ids: string[]): Promise<Team[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.teams.findBy({ tenantId, id: In(ids) });
  }

  async list(query: TeamListQuery): Promise<{ rows: Team[]; totalCount: number }> {
    const base = this.teams.createQueryBuilder('t').where('t.tenantId = :tenantId', { tenantId: query.tenantId });
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.afterName !== undefined) page.andWhere('t.name > :afterName', { afterName: query.afterName });
    const rows = await page.orderBy('t.name', 'ASC').limit(query.limit).getMany();
    return { rows, totalCount };
  }

  /** Agents per team id, for the given teams of the tenant (teams without agents are absent). */
  async agentCounts(tenantId: string, teamIds: string[], manager?: EntityManager): Promise<Map<string, number>> {
    if (!teamIds.length) return new Map();
    const rows = await (manager ?? this.teams.manager)
      .getRepository(Agent)
      .createQueryBuilder('a')
      .select('a.teamId', 'teamId')
      .addSelect('COUNT(*)', 'count')
      .where('a.tenantId = :tenantId', { tenantId })
      .andWhere('a.teamId IN (:...teamIds)', { teamIds })
      .groupBy('a.teamId')
      .getRawMany<{ teamId: string; count: string | number }>();
    return new Map(rows.map((row) => [row.teamId, Number(row.count)]));
  }

  async insert(tenantId: string, values: TeamValues, manager: EntityManager): Promise<Team> {
    const id = randomUUID();
    await this.write(manager, tenantId, values, id, () => this.repo(manager).insert({ id, tenantId, ...values }));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  async update(tenantId: string, id: string, values: TeamValues, manager: EntityManager): Promise<Team> {
    await this.write(manager, tenantId, values, id, () => this.repo(manager).update({ tenantId, id }, values));
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  /** Deletes the team and leaves its agents without a team; returns the ids of those agents. */
  async delete(tenantId: string, id: string, manager: EntityManager): Promise<string[]> {
    const agents = manager.getRepository(Agent);
    const members = await agents.find({ select: { id: true }, where: { tenantId, teamId: id }, order: { id: 'ASC' } });
    await agents.update({ tenantId, teamId: id }, { teamId: null });
    await this.repo(manager).delete({ tenantId, id });
    return members.map((agent) => agent.id);
  }

  /** External ids (the team_id events carry) of the tenant's teams among `ids`; others, and teams without one, are absent. */
  async externalIdsFor(tenantId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.teams.find({ select: { externalId: true }, where: { tenantId, id: In(ids) } });
    return rows.map((row) => row.externalId).filter((externalId): externalId is string => externalId !== null);
  }

  private repo(manager?: EntityManager): Repository<Team> {
    return manager ? manager.getRepository(Team) : this.teams;
  }

  /**
   * Runs an insert or update; a name or external id the tenant uses is CONFLICT at that field, checked first and
   * enforced by the indexes.
   */
  private async write(
    manager: EntityManager,
    tenantId: string,
    values: TeamValues,
    id: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    const { name, externalId } = values;
    if (await this.repo(manager).existsBy({ tenantId, name, id: Not(id) })) throw taken('name');
    if (externalId !== null && (await this.repo(manager).existsBy({ tenantId, externalId, id: Not(id) }))) {
      throw taken('externalId');
    }
    try {
      await run();
    } catch (error) {
      if (constraintViolation(error) === 'unique') throw taken(violatesExternalId(error) ? 'externalId' : 'name');
      throw error;
    }
  }
}

function taken(field: 'name' | 'externalId'): ConflictError {
  return new ConflictError(`a team with this ${field === 'name' ? 'name' : 'external id'} exists`, field);
}

/**
 * Whether a unique violation (a concurrent write the checks above missed) was on the external id: PostgreSQL names
 * the index, SQLite the columns.
 */
function violatesExternalId(error: unknown): boolean {
  const driverError = (error as { driverError?: { constraint?: string; message?: string } }).driverError;
  return /external/.test(`${driverError?.constraint ?? ''} ${driverError?.message ?? ''}`);
}
