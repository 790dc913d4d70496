import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, type InputIssue } from '../../common/errors/bad-user-input.error';
import { paginate, pageRequest, type CursorKey, type Page, type PageInput } from '../../graphql/pagination';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { EngagementLabelsRepository } from '../engagement/engagement-labels.repository';
import type { AnalyticsScope } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import type { ComplaintDrillDownInput } from './dtos/complaint-drill-down.input';
import type { ComplaintEventModel } from './dtos/complaint-event.model';
import type { ComplaintKind } from './dtos/complaints.enums';
import { ComplaintsRepository, type ComplaintCursor, type ComplaintDrillParams } from './complaints.repository';
import type { ComplaintEventRow } from './queries/complaint-events.query';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Reads = Pick<ComplaintsRepository, 'events' | 'eventCount'>;
type LabelReads = Pick<EngagementLabelsRepository, 'accountsByExternalIds' | 'campaignsByKeys'>;

/** Longest reason a drill-down may name (reasons are free text from the platform). */
const MAX_REASON_LENGTH = 1000;

/**
 * The complaints behind a complaint figure (a day, a kind, a reason), newest first, selected as the figures count
 * them, with the account's and campaign's names from the relational store (this tenant's only).
 */
@Injectable()
export class ComplaintEventsService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(ComplaintsRepository) private readonly repository: Reads,
    @Inject(EngagementLabelsRepository) private readonly labels: LabelReads,
  ) {}

  async complaintEvents(
    tenantId: string,
    filter: AnalyticsFilterInput,
    drillDown: ComplaintDrillDownInput | null | undefined,
    page: PageInput | null | undefined,
  ): Promise<Page<ComplaintEventModel>> {
    const request = pageRequest(page, 2);
    const after = request.after === null ? null : checkedCursor(request.after);
    const scope = await this.scopes.resolve(tenantId, filter);
    const drill = checkedComplaintDrillDown(drillDown, scope);
    const [rows, total] = await Promise.all([
      this.repository.events(scope, drill, after, request.first + 1),
      this.repository.eventCount(scope, drill),
    ]);
    const rowPage = paginate(rows, request, total, (row) => [Number(row.occurred_ms), row.id]);
    const [accounts, campaigns] = await Promise.all([
      this.labels.accountsByExternalIds(tenantId, unique(rowPage.nodes.map((row) => row.account_id))),
      this.labels.campaignsByKeys(tenantId, unique(rowPage.nodes.map((row) => row.campaign_id))),
    ]);
    const accountNames = new Map(
      accounts.filter((a) => a.displayName).map((a) => [`${a.channel}\u0000${a.externalId}`, a.displayName!]),
    );
    const campaignNames = new Map(campaigns.map((c) => [c.key, c.name]));
    return {
      ...rowPage,
      nodes: rowPage.nodes.map((row) =>
        toComplaintEvent(row, accountNames.get(`${row.channel}\u0000${row.account_id}`) ?? null, campaignNames),
      ),
    };
  }
}

const unique = (values: string[]) => [...new Set(values.filter((v) => v !== ''))];

function checkedCursor([occurredMs, id]: CursorKey): ComplaintCursor {
  if (typeof occurredMs !== 'number' || !Number.isInteger(occurredMs) || typeof id !== 'string') {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { occurredMs, id };
}

/** Validates a complaint drill-down against the period; every absent part leaves the filter as it is. */
export function checkedComplaintDrillDown(
  input: ComplaintDrillDownInput | null | undefined,
  scope: AnalyticsScope,
): ComplaintDrillParams {
  const drill = input ?? {};
  const issues: InputIssue[] = [];
  if (drill.date != null) {
    if (!isCalendarDate(drill.date))
      issues.push({ path: 'drillDown.date', message: 'must be a calendar date YYYY-MM-DD' });
    else if (drill.date < scope.period.from || drill.date > scope.period.to)
      issues.push({ path: 'drillDown.date', message: 'must be a day of the period' });
  }
  if (drill.reason != null && drill.reason.length > MAX_REASON_LENGTH) {
    issues.push({ path: 'drillDown.reason', message: `must be at most ${MAX_REASON_LENGTH} characters` });
  }
  if (issues.length) throw new BadUserInputError(issues, 'the drill-down is not valid');
  return { date: drill.date ?? null, kind: drill.kind ?? null, reason: drill.reason ?? null };
}

export function toComplaintEvent(
  row: ComplaintEventRow,
  accountName: string | null,
  campaignNames: ReadonlyMap<string, string>,
): ComplaintEventModel {
  return {
    id: row.id,
    occurredAt: new Date(Number(row.occurred_ms)),
    channel: row.channel as Channel,
    accountId: row.account_id,
    accountName,
    contactId: row.contact_id,
    kind: row.kind as ComplaintKind,
    reason: row.reason || null,
    templateName: row.template_name || null,
    campaignId: row.campaign_id || null,
    campaignName: campaignNames.get(row.campaign_id) ?? null,
    relatedMessageId: row.related_message_id || null,
  };
}
