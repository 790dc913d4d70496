import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Not, Repository } from 'typeorm';
import { ConflictError } from '../../common/errors/conflict.error';
import { constraintViolation } from '../../database/constraint-violation';
import { Agent } from './agent.entity';

export type AgentValues = Pick<Agent, 'externalId' | 'name' | 'email' | 'teamId' | 'active'>;

export interface AgentListQuery {
  tenantId: string;
  teamId?: string;
  limit: number;
  /** Continue after this sort key (name, then id). */
  after?: { name: string; id: string };
}

@Injectable()
export class AgentsRepository {
  constructor(@InjectRepository(Agent) private readonly agents: Repository<Agent>) {}

  /** Runs `work` in one transaction; pass the manager to the writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.agents.manager.transaction(work);
  }

  findOne(tenantId: string, id: string, manager?: EntityManager): Promise<Agent | null> {
    return this.repo(manager).findOneBy({ tenantId, id });
  }

  async list(query: AgentListQuery): Promise<{ rows: Agent[]; totalCount: number }> {
    const base = this.agents.createQueryBuilder('a').where('a.tenantId = :tenantId', { tenantId: query.tenantId });
    if (query.teamId !== undefined) base.andWhere('a.teamId = :teamId', { teamId: query.teamId });
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      const { name, id } = query.after;
      page.andWhere(
        new Brackets((w) => w.where('a.name > :name', { name }).orWhere('a.name = :name AND a.id > :id', { name, id })),
      );
    }
    const rows = await page.orderBy('a.name', 'ASC').addOrderBy('a.id', 'ASC').limit(query.limit).getMany();
    return { rows, totalCount };
  }

  async insert(tenantId: string, values: AgentValues, manager: EntityManager): Promise<Agent> {
    const id = randomUUID();
    await this.write(manager, tenantId, values.externalId, id, () =>
      this.repo(manager).insert({ id, tenantId, ...values }),
    );
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  async update(tenantId: string, id: string, values: AgentValues, manager: EntityManager): Promise<Agent> {
    await this.write(manager, tenantId, values.externalId, id, () =>
      this.repo(manager).update({ tenantId, id }, values),
    );
    return this.repo(manager).findOneByOrFail({ tenantId, id });
  }

  async delete(tenantId: string, id: string, manager: EntityManager): Promise<void> {
    await this.repo(manager).delete({ tenantId, id });
  }

  /** External ids (the agent_id events carry) of the tenant's agents among `ids`; others are absent. */
  async externalIdsFor(tenantId: string, ids: string[]): Promise<string[]> {
    if (!ids.length) return [];
    const rows = await this.agents.find({ select: { externalId: true }, where: { tenantId, id: In(ids) } });
    return rows.map((row) => row.externalId);
  }

  private repo(manager?: EntityManager): Repository<Agent> {
    return manager ? manager.getRepository(Agent) : this.agents;
  }

  /** Runs an insert or update; an external id the tenant uses is CONFLICT, checked first and enforced by the index. */
  private async write(
    manager: EntityManager,
    tenantId: string,
    externalId: string,
    id: string,
    run: () => Promise<unknown>,
  ): Promise<void> {
    const taken = () => new ConflictError('an agent with this external id exists', 'externalId');
    if (await this.repo(manager).existsBy({ tenantId, externalId, id: Not(id) })) throw taken();
    try {
      await run();
    } catch (error) {
      if (constraintViolation(error) === 'unique') throw taken();
      throw error;
    }
  }
}
