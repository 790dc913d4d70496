import { Inject, Injectable } from '@nestjs/common';
import { queryRows } from '@checkmark/schemas/warehouse';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { scopeQueryParams } from '../overview/analytics-scope-params';
import { WAREHOUSE, type WarehouseHandle } from '../warehouse/warehouse';
import type { SatisfactionGroupBy } from './dtos/satisfaction.enums';
import { resolvedConversationsQuery, type ResolvedConversationsRow } from './queries/resolved-conversations.query';
import { satisfactionAnswersQuery, type SatisfactionAnswersRow } from './queries/satisfaction-answers.query';
import { surveyCommentCountQuery } from './queries/survey-comment-count.query';
import { surveyCommentsQuery, type SurveyCommentRow } from './queries/survey-comments.query';

/** Events agent id → Team.id of the tenant's registered agents that have a team (for TEAM groups). */
export type AgentTeams = ReadonlyMap<string, string>;

/** Which comments: one survey ('nps' | 'csat') or both, at most a score, after a cursor. */
export interface CommentSelection {
  survey: 'nps' | 'csat' | null;
  maxScore: number | null;
}

export interface CommentCursor {
  answeredMs: number;
  id: string;
}

/** Satisfaction reads of ClickHouse: answers and resolved conversations per group, and the comments list. */
@Injectable()
export class SatisfactionRepository {
  constructor(@Inject(WAREHOUSE) private readonly warehouse: Pick<WarehouseHandle, 'client' | 'database'>) {}

  answers(scope: AnalyticsScope, groupBy: SatisfactionGroupBy, teams: AgentTeams): Promise<SatisfactionAnswersRow[]> {
    return this.run(satisfactionAnswersQuery, groupParams(scope, groupBy, teams));
  }

  resolved(
    scope: AnalyticsScope,
    groupBy: SatisfactionGroupBy,
    teams: AgentTeams,
  ): Promise<ResolvedConversationsRow[]> {
    return this.run(resolvedConversationsQuery, groupParams(scope, groupBy, teams));
  }

  comments(
    scope: AnalyticsScope,
    selection: CommentSelection,
    after: CommentCursor | null,
    limit: number,
  ): Promise<SurveyCommentRow[]> {
    return this.run(surveyCommentsQuery, {
      ...commentParams(scope, selection),
      filterAfter: after !== null,
      afterMs: after?.answeredMs ?? 0,
      afterId: after?.id ?? '',
      limit,
    });
  }

  async commentCount(scope: AnalyticsScope, selection: CommentSelection): Promise<number> {
    const rows = await this.run<{ total: number }>(surveyCommentCountQuery, commentParams(scope, selection));
    return Number(rows[0]?.total ?? 0);
  }

  private run<T>(query: (database: string) => string, params: Record<string, unknown>): Promise<T[]> {
    return queryRows<T>(this.warehouse.client, query(this.warehouse.database), params);
  }
}

function groupParams(scope: AnalyticsScope, groupBy: SatisfactionGroupBy, teams: AgentTeams): Record<string, unknown> {
  // transform() needs non-empty arrays: a '' → '' pair keeps them so and maps nothing else.
  return {
    ...scopeQueryParams(scope),
    groupBy,
    teamAgents: ['', ...teams.keys()],
    agentTeams: ['', ...teams.values()],
  };
}

function commentParams(scope: AnalyticsScope, selection: CommentSelection): Record<string, unknown> {
  return {
    ...scopeQueryParams(scope),
    filterSurvey: selection.survey !== null,
    survey: selection.survey ?? '',
    filterMaxScore: selection.maxScore !== null,
    maxScore: selection.maxScore ?? 0,
  };
}
