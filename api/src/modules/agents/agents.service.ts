import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { parseInput } from '../../common/errors/parse-input';
import { TeamsRepository } from '../teams/teams.repository';
import { TeamsService, type TeamView } from '../teams/teams.service';
import type { Agent } from './agent.entity';
import { AgentsRepository, type AgentValues } from './agents.repository';
import { agentInputSchema, type AgentInput } from './dtos/agent.input';

const ENTITY = 'agent';

export type AgentView = Agent & { team: TeamView | null };

function snapshot(agent: Agent) {
  const { id, externalId, name, email, teamId, active } = agent;
  return { id, externalId, name, email, teamId, active };
}

@Injectable()
export class AgentsService {
  constructor(
    private readonly agents: AgentsRepository,
    private readonly teamRows: TeamsRepository,
    private readonly teams: TeamsService,
    private readonly audit: AuditService,
  ) {}

  /** The tenant's agents by name; `teamId` narrows to one team (another tenant's team simply matches nobody). */
  async list(principal: Principal, page?: PageInput | null, teamId?: string | null): Promise<Page<AgentView>> {
    const request = pageRequest(page, 2);
    const after = request.after ? { name: String(request.after[0]), id: String(request.after[1]) } : undefined;
    const { rows, totalCount } = await this.agents.list({
      tenantId: principal.tenantId,
      teamId: teamId ?? undefined,
      limit: request.first + 1,
      after,
    });
    return paginate(await this.withTeams(principal.tenantId, rows), request, totalCount, (row) => [row.name, row.id]);
  }

  async create(principal: Principal, input: AgentInput): Promise<AgentView> {
    const values = parseInput(agentInputSchema, input, 'input');
    const created = await this.agents.transaction(async (manager) => {
      await this.requireTeam(principal.tenantId, values, manager);
      const agent = await this.agents.insert(principal.tenantId, values, manager);
      await this.audit.record(
        principal,
        { action: `${ENTITY}.create`, entityType: ENTITY, entityId: agent.id, before: null, after: snapshot(agent) },
        manager,
      );
      return agent;
    });
    return (await this.withTeams(principal.tenantId, [created]))[0];
  }

  async update(principal: Principal, id: string, input: AgentInput): Promise<AgentView> {
    const values = parseInput(agentInputSchema, input, 'input');
    const updated = await this.agents.transaction(async (manager) => {
      const current = await this.agents.findOne(principal.tenantId, id, manager);
      if (!current) throw new NotFoundError(ENTITY);
      await this.requireTeam(principal.tenantId, values, manager);
      const agent = await this.agents.update(principal.tenantId, id, values, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: id,
          before: snapshot(current),
          after: snapshot(agent),
        },
        manager,
      );
      return agent;
    });
    return (await this.withTeams(principal.tenantId, [updated]))[0];
  }

  async delete(principal: Principal, id: string): Promise<boolean> {
    await this.agents.transaction(async (manager) => {
      const current = await this.agents.findOne(principal.tenantId, id, manager);
      if (!current) throw new NotFoundError(ENTITY);
      await this.agents.delete(principal.tenantId, id, manager);
      await this.audit.record(
        principal,
        { action: `${ENTITY}.delete`, entityType: ENTITY, entityId: id, before: snapshot(current), after: null },
        manager,
      );
    });
    return true;
  }

  /** A team id must name one of the tenant's teams; anything else is the caller's input error. */
  private async requireTeam(tenantId: string, values: AgentValues, manager: EntityManager): Promise<void> {
    if (values.teamId === null) return;
    if (!(await this.teamRows.findOne(tenantId, values.teamId, manager))) {
      throw new BadUserInputError([{ path: 'input.teamId', message: 'no such team' }]);
    }
  }

  private async withTeams(tenantId: string, agents: Agent[]): Promise<AgentView[]> {
    const teamIds = agents.map((a) => a.teamId).filter((id): id is string => id !== null);
    const teams = new Map((await this.teams.findMany(tenantId, teamIds)).map((t) => [t.id, t]));
    return agents.map((agent) => ({ ...agent, team: agent.teamId ? (teams.get(agent.teamId) ?? null) : null }));
  }
}
