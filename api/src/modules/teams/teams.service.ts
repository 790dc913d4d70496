import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '../../common/auth/principal';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { AuditService } from '../audit/audit.service';
import { parseInput } from '../../common/errors/parse-input';
import { teamInputSchema, type TeamInput } from './dtos/team.input';
import type { Team } from './team.entity';
import { TeamsRepository } from './teams.repository';

const ENTITY = 'team';

export type TeamView = Team & { agentCount: number };

function snapshot(team: TeamView) {
  return { id: team.id, externalId: team.externalId, name: team.name, agentCount: team.agentCount };
}

@Injectable()
export class TeamsService {
  constructor(
    private readonly teams: TeamsRepository,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, page?: PageInput | null): Promise<Page<TeamView>> {
    const request = pageRequest(page, 1);
    const afterName = request.after ? String(request.after[0]) : undefined;
    const { rows, totalCount } = await this.teams.list({
      tenantId: principal.tenantId,
      limit: request.first + 1,
      afterName,
    });
    return paginate(await this.withCounts(principal.tenantId, rows), request, totalCount, (row) => [row.name]);
  }

  /** The tenant's teams among `ids` with their agent counts (unknown or foreign ids are absent). */
  async findMany(tenantId: string, ids: string[]): Promise<TeamView[]> {
    return this.withCounts(tenantId, await this.teams.findMany(tenantId, [...new Set(ids)]));
  }

  async create(principal: Principal, input: TeamInput): Promise<TeamView> {
    const values = parseInput(teamInputSchema, input, 'input');
    return this.teams.transaction(async (manager) => {
      const created = { ...(await this.teams.insert(principal.tenantId, values, manager)), agentCount: 0 };
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.create`,
          entityType: ENTITY,
          entityId: created.id,
          before: null,
          after: snapshot(created),
        },
        manager,
      );
      return created;
    });
  }

  async update(principal: Principal, id: string, input: TeamInput): Promise<TeamView> {
    const values = parseInput(teamInputSchema, input, 'input');
    return this.teams.transaction(async (manager) => {
      const current = await this.require(principal.tenantId, id, manager);
      const updated = {
        ...(await this.teams.update(principal.tenantId, id, values, manager)),
        agentCount: current.agentCount,
      };
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.update`,
          entityType: ENTITY,
          entityId: id,
          before: snapshot(current),
          after: snapshot(updated),
        },
        manager,
      );
      return updated;
    });
  }

  /** Deletes the team; its agents stay, without a team (the audit entry names them). */
  async delete(principal: Principal, id: string): Promise<boolean> {
    await this.teams.transaction(async (manager) => {
      const current = await this.require(principal.tenantId, id, manager);
      const agentIds = await this.teams.delete(principal.tenantId, id, manager);
      await this.audit.record(
        principal,
        {
          action: `${ENTITY}.delete`,
          entityType: ENTITY,
          entityId: id,
          before: { ...snapshot(current), agentIds },
          after: null,
        },
        manager,
      );
    });
    return true;
  }

  private async require(tenantId: string, id: string, manager: EntityManager): Promise<TeamView> {
    const team = await this.teams.findOne(tenantId, id, manager);
    if (!team) throw new NotFoundError(ENTITY);
    const counts = await this.teams.agentCounts(tenantId, [id], manager);
    return { ...team, agentCount: counts.get(id) ?? 0 };
  }

  private async withCounts(tenantId: string, teams: Team[]): Promise<TeamView[]> {
    const counts = await this.teams.agentCounts(
      tenantId,
      teams.map((t) => t.id),
    );
    return teams.map((team) => ({ ...team, agentCount: counts.get(team.id) ?? 0 }));
  }
}
