import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { paginate, pageRequest, type Page, type PageInput } from '../../graphql/pagination';
import { datesOf, type DateRange } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { SatisfactionGroupBy, SurveyKind } from './dtos/satisfaction.enums';
import type { SatisfactionGroupModel, SatisfactionModel } from './dtos/satisfaction.model';
import type { SurveyCommentModel } from './dtos/survey-comment.model';
import type { ResolvedConversationsRow } from './queries/resolved-conversations.query';
import type { SatisfactionAnswersRow } from './queries/satisfaction-answers.query';
import type { SurveyCommentRow } from './queries/survey-comments.query';
import { SatisfactionDirectoryRepository } from './satisfaction-directory.repository';
import { NO_ANSWERS, satisfactionFigure, type AnswerCounts } from './satisfaction-figures';
import { SatisfactionRepository, type CommentCursor } from './satisfaction.repository';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Reads = Pick<SatisfactionRepository, 'answers' | 'resolved' | 'comments' | 'commentCount'>;
type Directory = Pick<SatisfactionDirectoryRepository, 'agentsOf' | 'teamsOf'>;

/** Label of the '' group: answers (or resolved conversations) without a credited agent or without a team. */
export const NONE_LABEL = 'None';

const SURVEYS = { nps: SurveyKind.NPS, csat: SurveyKind.CSAT } as const;
const DAY_MS = 86_400_000;

interface AgentEntry {
  id: string;
  name: string;
}

/**
 * NPS and CSAT from `survey.answered` events, per credited agent, team, channel, day or week, with response rates
 * against the conversations resolved in the period; and the answers' comments (message content: the resolver
 * limits them to admin and compliance).
 */
@Injectable()
export class SatisfactionService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(SatisfactionRepository) private readonly repository: Reads,
    @Inject(SatisfactionDirectoryRepository) private readonly directory: Directory,
  ) {}

  async satisfaction(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: SatisfactionGroupBy,
  ): Promise<SatisfactionModel> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const [agents, teams] = await Promise.all([this.directory.agentsOf(tenantId), this.directory.teamsOf(tenantId)]);
    const agentTeams = new Map(agents.flatMap((a) => (a.teamId ? [[a.externalId, a.teamId] as const] : [])));
    const [answers, resolved] = await Promise.all([
      this.repository.answers(scope, groupBy, agentTeams),
      this.repository.resolved(scope, groupBy, agentTeams),
    ]);
    const agentsByExternalId = new Map(agents.map((a) => [a.externalId, { id: a.id, name: a.name }]));
    const teamNames = new Map(teams.map((t) => [t.id, t.name]));
    return buildSatisfaction(groupBy, scope.period, answers, resolved, (key) =>
      labelled(groupBy, key, agentsByExternalId, teamNames),
    );
  }

  async surveyComments(
    tenantId: string,
    filter: AnalyticsFilterInput,
    survey: SurveyKind | null,
    maxScore: number | null,
    page: PageInput | null,
  ): Promise<Page<SurveyCommentModel>> {
    if (maxScore !== null && !(Number.isInteger(maxScore) && maxScore >= 0 && maxScore <= 10)) {
      throw new BadUserInputError([{ path: 'maxScore', message: 'must be a whole score from 0 to 10' }]);
    }
    const request = pageRequest(page, 2);
    const scope = await this.scopes.resolve(tenantId, filter);
    const selection = {
      survey: survey === null ? null : survey === SurveyKind.NPS ? 'nps' : 'csat',
      maxScore,
    } as const;
    const [rows, total, agents] = await Promise.all([
      this.repository.comments(scope, selection, cursorOf(request.after), request.first + 1),
      this.repository.commentCount(scope, selection),
      this.directory.agentsOf(tenantId),
    ]);
    const agentsByExternalId = new Map(agents.map((a) => [a.externalId, a]));
    return paginate(
      rows.map((row) => toComment(row, agentsByExternalId)),
      request,
      total,
      (comment) => [comment.answeredAt.getTime(), comment.id],
    );
  }
}

function cursorOf(after: (string | number)[] | null): CommentCursor | null {
  if (after === null) return null;
  const [answeredMs, id] = after;
  if (typeof answeredMs !== 'number' || typeof id !== 'string') {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { answeredMs, id };
}

function toComment(row: SurveyCommentRow, agents: ReadonlyMap<string, AgentEntry>): SurveyCommentModel {
  const agent = row.agent ? agents.get(row.agent) : undefined;
  return {
    id: row.id,
    survey: SURVEYS[row.survey],
    score: Number(row.score),
    comment: row.comment,
    answeredAt: new Date(Number(row.answered_ms)),
    channel: row.channel as Channel,
    agentId: agent?.id ?? null,
    agentName: agent?.name ?? (row.agent || null),
    conversationId: row.conversation_id || null,
  };
}

/** A group's key and label as the API shows them, from the key the queries produce. */
function labelled(
  groupBy: SatisfactionGroupBy,
  key: string,
  agents: ReadonlyMap<string, AgentEntry>,
  teams: ReadonlyMap<string, string>,
): { key: string; label: string } {
  if (groupBy === SatisfactionGroupBy.AGENT) {
    if (key === '') return { key, label: NONE_LABEL };
    const agent = agents.get(key);
    return agent ? { key: agent.id, label: agent.name } : { key, label: key };
  }
  if (groupBy === SatisfactionGroupBy.TEAM) return { key, label: key === '' ? NONE_LABEL : (teams.get(key) ?? key) };
  if (groupBy === SatisfactionGroupBy.CHANNEL) return { key, label: key.toUpperCase() };
  return { key, label: key };
}

/** The Mondays of the weeks the period touches, in order. */
export function mondaysOf(period: DateRange): string[] {
  const mondays = datesOf(period).map((date) => {
    const day = Date.parse(`${date}T00:00:00.000Z`);
    const sinceMonday = (new Date(day).getUTCDay() + 6) % 7;
    return new Date(day - sinceMonday * DAY_MS).toISOString().slice(0, 10);
  });
  return [...new Set(mondays)];
}

/**
 * The totals and groups from the queries' rows. DAY and WEEK list every day or week of the period (a trend);
 * the other groupings list each key with answers or resolved conversations, most answers first.
 */
export function buildSatisfaction(
  groupBy: SatisfactionGroupBy,
  period: DateRange,
  answers: readonly SatisfactionAnswersRow[],
  resolved: readonly ResolvedConversationsRow[],
  label: (key: string) => { key: string; label: string },
): SatisfactionModel {
  const counts = new Map<string, AnswerCounts>();
  for (const row of answers) {
    counts.set(`${row.part}\u0000${row.key}\u0000${row.survey}`, {
      answers: Number(row.answers),
      promoters: Number(row.promoters),
      passives: Number(row.passives),
      detractors: Number(row.detractors),
      conversations: Number(row.conversations),
    });
  }
  const resolvedBy = new Map(resolved.map((row) => [`${row.part}\u0000${row.key}`, Number(row.resolved)]));
  const group = (part: 'total' | 'group', key: string): SatisfactionGroupModel => {
    const closed = resolvedBy.get(`${part}\u0000${key}`) ?? 0;
    const of = (survey: 'nps' | 'csat') => counts.get(`${part}\u0000${key}\u0000${survey}`) ?? NO_ANSWERS;
    return {
      ...(part === 'total' ? { key: '', label: '' } : label(key)),
      nps: satisfactionFigure(SurveyKind.NPS, of('nps'), closed),
      csat: satisfactionFigure(SurveyKind.CSAT, of('csat'), closed),
    };
  };

  let groups: SatisfactionGroupModel[];
  if (groupBy === SatisfactionGroupBy.DAY) groups = datesOf(period).map((date) => group('group', date));
  else if (groupBy === SatisfactionGroupBy.WEEK) groups = mondaysOf(period).map((monday) => group('group', monday));
  else {
    const keys = new Set([
      ...answers.filter((row) => row.part === 'group').map((row) => row.key),
      ...resolved.filter((row) => row.part === 'group').map((row) => row.key),
    ]);
    groups = [...keys]
      .map((key) => group('group', key))
      .sort(
        (a, b) => b.nps.answers + b.csat.answers - (a.nps.answers + a.csat.answers) || a.label.localeCompare(b.label),
      );
  }
  return { totals: group('total', ''), groups };
}
