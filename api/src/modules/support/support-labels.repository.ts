import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { Team } from '../teams/team.entity';

/** A tenant's agents and teams as support analytics map them: external ids to relational ids, names and teams. */
export interface SupportDirectory {
  agents: Pick<Agent, 'id' | 'externalId' | 'name' | 'teamId'>[];
  teams: Pick<Team, 'id' | 'externalId' | 'name'>[];
}

/** Relational names and ids for support figures, within one tenant only. */
@Injectable()
export class SupportLabelsRepository {
  constructor(
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
    @InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>,
  ) {}

  async directory(tenantId: string): Promise<SupportDirectory> {
    const [agents, teams] = await Promise.all([
      this.agents.find({ select: { id: true, externalId: true, name: true, teamId: true }, where: { tenantId } }),
      this.teams.find({ select: { id: true, externalId: true, name: true }, where: { tenantId } }),
    ]);
    return { agents, teams };
  }

  /** Registered accounts of the tenant among these external ids (any channel). */
  accountsByExternalIds(tenantId: string, externalIds: string[]): Promise<BusinessAccount[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, externalId: In(externalIds) });
  }

  /** Whether the tenant has this team (a team filter with another tenant's id is NOT_FOUND). */
  async teamExists(tenantId: string, teamId: string): Promise<boolean> {
    return (await this.teams.countBy({ tenantId, id: teamId })) > 0;
  }
}
