import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Agent } from '../agents/agent.entity';
import { Team } from '../teams/team.entity';

/** The tenant's agents and teams (names, and each agent's team), within one tenant only. */
@Injectable()
export class SatisfactionDirectoryRepository {
  constructor(
    @InjectRepository(Agent) private readonly agents: Repository<Agent>,
    @InjectRepository(Team) private readonly teams: Repository<Team>,
  ) {}

  agentsOf(tenantId: string): Promise<Pick<Agent, 'id' | 'externalId' | 'name' | 'teamId'>[]> {
    return this.agents.find({ select: { id: true, externalId: true, name: true, teamId: true }, where: { tenantId } });
  }

  teamsOf(tenantId: string): Promise<Pick<Team, 'id' | 'name'>[]> {
    return this.teams.find({ select: { id: true, name: true }, where: { tenantId } });
  }
}
