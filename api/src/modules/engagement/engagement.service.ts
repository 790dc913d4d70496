import type { Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError, type InputIssue } from '../../common/errors/bad-user-input.error';
import { paginate, pageRequest, type CursorKey, type Page, type PageInput } from '../../graphql/pagination';
import { isCalendarDate } from '../../graphql/scalars/date.scalar';
import { datesOf, type AnalyticsScope } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { hasDeliveryReceipts, hasReadReceipts, measurable } from '../overview/channel-receipts';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { UnavailableReason } from '../overview/dtos/metric.model';
import type { FailureReasonModel } from '../templates/dtos/failure-reason.model';
import type { EngagementDrillDownInput } from './dtos/engagement-drill-down.input';
import type { EngagementMessageModel } from './dtos/engagement-message.model';
import { EngagementDimension } from './dtos/engagement.enums';
import type {
  EngagementDayModel,
  EngagementGroupModel,
  EngagementModel,
  HourOfWeekCellModel,
  ReadTimeBucketCountModel,
  ReadTimeStatsModel,
} from './dtos/engagement.model';
import { EngagementLabelsRepository } from './engagement-labels.repository';
import {
  EngagementRepository,
  type DimensionValue,
  type DrillDownParams,
  type MessageCursor,
} from './engagement.repository';
import { toFailureReasons } from './failure-reasons';
import type { EngagementGroupRow } from './queries/engagement-groups.query';
import type {
  EngagementHeatmapRow,
  EngagementHistogramRow,
  EngagementStatsRow,
} from './queries/engagement-figures.query';
import type { EngagementMessageRow } from './queries/engagement-messages.query';
import type { StatsColumns } from './queries/engagement-scope.fragment';
import { READ_TIME_BUCKETS } from './read-time-buckets';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type EngagementReads = Pick<
  EngagementRepository,
  'refreshedAt' | 'figures' | 'groups' | 'messages' | 'messageCount' | 'failureReasons'
>;
type LabelReads = Pick<EngagementLabelsRepository, 'accountsByExternalIds' | 'campaignsByKeys'>;

/** Most groups a dimension lists (the busiest ones). */
export const MAX_GROUPS = 200;

const DIMENSIONS: Record<EngagementDimension, DimensionValue> = {
  [EngagementDimension.CHANNEL]: 'channel',
  [EngagementDimension.ACCOUNT]: 'account',
  [EngagementDimension.TEMPLATE]: 'template',
  [EngagementDimension.CATEGORY]: 'category',
  [EngagementDimension.CAMPAIGN]: 'campaign',
};

const STATUSES = ['sent', 'delivered', 'read', 'failed', 'complained'] as const;

/** Label of the '' group: messages without a template, category or campaign. */
export const NONE_LABEL = 'None';

/** Display names of group keys; a key without one is labelled by itself. */
type Labels = Map<string, string>;

/**
 * Engagement analytics: delivery and read rates and time to read (read − sent) over a period, by day, by a
 * dimension, by hour of week and as a histogram, with the messages behind every chart element and failure
 * reasons. Channels without read (or delivery) receipts are left out of those figures and flagged — a figure
 * that cannot be computed is null with a reason, never 0.
 */
@Injectable()
export class EngagementService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(EngagementRepository) private readonly repository: EngagementReads,
    @Inject(EngagementLabelsRepository) private readonly labels: LabelReads,
  ) {}

  async engagement(
    tenantId: string,
    filter: AnalyticsFilterInput,
    groupBy: EngagementDimension | null | undefined,
  ): Promise<EngagementModel> {
    const dimension = groupBy ?? EngagementDimension.CHANNEL;
    const scope = await this.scopes.resolve(tenantId, filter);
    // Before the figures: a rebuild finishing meanwhile makes them newer than asOf says, never older.
    const asOf = await this.repository.refreshedAt();
    const [{ stats, histogram, heatmap }, groups] = await Promise.all([
      this.repository.figures(scope),
      this.repository.groups(scope, DIMENSIONS[dimension], MAX_GROUPS),
    ]);
    const labels = await this.labelsFor(tenantId, dimension, groups);
    return buildEngagement(scope, dimension, { asOf, stats, groups, histogram, heatmap }, labels);
  }

  async engagementMessages(
    tenantId: string,
    filter: AnalyticsFilterInput,
    drillDown: EngagementDrillDownInput | null | undefined,
    page: PageInput | null | undefined,
  ): Promise<Page<EngagementMessageModel>> {
    const request = pageRequest(page, 4);
    const after = request.after ? checkedCursor(request.after) : null;
    const scope = await this.scopes.resolve(tenantId, filter);
    const drill = checkedDrillDown(drillDown, scope);
    const [rows, total] = await Promise.all([
      this.repository.messages(scope, drill, after, request.first + 1),
      this.repository.messageCount(scope, drill),
    ]);
    const rowPage = paginate(rows, request, total, (row) => [
      Number(row.first_seen_ms),
      row.channel,
      row.account_id,
      row.message_id,
    ]);
    return { ...rowPage, nodes: rowPage.nodes.map(toMessage) };
  }

  async failureReasons(tenantId: string, filter: AnalyticsFilterInput): Promise<FailureReasonModel[]> {
    const scope = await this.scopes.resolve(tenantId, filter);
    return toFailureReasons(await this.repository.failureReasons(scope, null));
  }

  /** Display names from the relational store for account and campaign groups, this tenant's only. */
  private async labelsFor(
    tenantId: string,
    dimension: EngagementDimension,
    rows: EngagementGroupRow[],
  ): Promise<Labels> {
    const keys = rows.map((row) => row.group_key).filter((key) => key !== '');
    const labels: Labels = new Map();
    if (dimension === EngagementDimension.ACCOUNT) {
      for (const account of await this.labels.accountsByExternalIds(tenantId, keys)) {
        if (account.displayName) labels.set(groupId(account.channel, account.externalId), account.displayName);
      }
    }
    if (dimension === EngagementDimension.CAMPAIGN) {
      for (const campaign of await this.labels.campaignsByKeys(tenantId, keys))
        labels.set(groupId('', campaign.key), campaign.name);
    }
    return labels;
  }
}

const groupId = (channel: string, key: string) => `${channel}\u0000${key}`;

interface EngagementRows {
  asOf: Date | null;
  stats: EngagementStatsRow[];
  groups: EngagementGroupRow[];
  histogram: EngagementHistogramRow[];
  heatmap: EngagementHeatmapRow[];
}

const EMPTY_STATS: StatsColumns = {
  sent: 0,
  delivered: 0,
  read: 0,
  sent_measured: 0,
  delivered_measured: 0,
  sent_read_channels: 0,
  read_base: 0,
  read_measured: 0,
  timed_reads: 0,
  quantiles: [],
  mean: null,
};

export function buildEngagement(
  scope: AnalyticsScope,
  dimension: EngagementDimension,
  rows: EngagementRows,
  labels: Labels,
): EngagementModel {
  const total = rows.stats.find((row) => row.day === '') ?? EMPTY_STATS;
  const byDay = new Map(rows.stats.filter((row) => row.day !== '').map((row) => [row.day, row]));
  return {
    asOf: rows.asOf,
    timeZone: scope.timeZone,
    period: scope.period,
    total: toReadTimeStats(total, scope.channels),
    histogram: toHistogram(rows.histogram),
    groups: rows.groups.map((row) => toGroup(row, dimension, scope.channels, labels)),
    heatmap: rows.heatmap.map((row) => toCell(row, scope.channels)),
    days: datesOf(scope.period).map((date) => toDay(date, byDay.get(date) ?? EMPTY_STATS, scope.channels)),
  };
}

interface Figure {
  value: number | null;
  reason: UnavailableReason | null;
}

function ratio(part: number, whole: number, canMeasure: boolean): Figure {
  if (!canMeasure) return { value: null, reason: UnavailableReason.NOT_MEASURABLE };
  return whole > 0 ? { value: part / whole, reason: null } : { value: null, reason: UnavailableReason.NO_DATA };
}

/** The figures of one set of messages; `selected` = the channels it is restricted to (null = all). */
export function toReadTimeStats(row: StatsColumns, selected: Channel[] | null): ReadTimeStatsModel {
  const deliveryReceipts = measurable(selected, hasDeliveryReceipts, row.sent, row.sent_measured);
  const readReceipts = measurable(selected, hasReadReceipts, row.sent, row.sent_read_channels);
  const delivery = ratio(row.delivered_measured, row.sent_measured, deliveryReceipts);
  const read = ratio(row.read_measured, row.read_base, readReceipts);
  const timed = readReceipts && row.timed_reads > 0;
  return {
    sent: row.sent,
    delivered: row.delivered,
    read: row.read,
    deliveryRate: delivery.value,
    deliveryRateUnavailableReason: delivery.reason,
    readRate: read.value,
    readRateUnavailableReason: read.reason,
    timedReads: readReceipts ? row.timed_reads : 0,
    medianSeconds: timed ? (row.quantiles[0] ?? null) : null,
    p90Seconds: timed ? (row.quantiles[1] ?? null) : null,
    p99Seconds: timed ? (row.quantiles[2] ?? null) : null,
    meanSeconds: timed ? row.mean : null,
    readReceipts,
  };
}

/** All six buckets in order; share of the timed reads, null when there are none. */
export function toHistogram(rows: EngagementHistogramRow[]): ReadTimeBucketCountModel[] {
  const counts = READ_TIME_BUCKETS.map((_, index) => rows.find((row) => row.bucket === index)?.count ?? 0);
  const all = counts.reduce((sum, count) => sum + count, 0);
  return READ_TIME_BUCKETS.map((bucket, index) => ({
    bucket,
    count: counts[index],
    share: all > 0 ? counts[index] / all : null,
  }));
}

function toGroup(
  row: EngagementGroupRow,
  dimension: EngagementDimension,
  selected: Channel[] | null,
  labels: Labels,
): EngagementGroupModel {
  const channel = row.group_channel ? (row.group_channel as Channel) : null;
  return {
    key: row.group_key,
    label: labelOf(
      row.group_key,
      dimension,
      labels.get(groupId(row.group_channel, row.group_key)) ?? labels.get(groupId('', row.group_key)),
    ),
    channel,
    stats: toReadTimeStats(row, channel ? [channel] : selected),
  };
}

function labelOf(key: string, dimension: EngagementDimension, known: string | undefined): string {
  if (known) return known;
  if (key === '') return NONE_LABEL;
  if (dimension === EngagementDimension.TEMPLATE) {
    const split = key.lastIndexOf('|');
    const language = key.slice(split + 1);
    return language ? `${key.slice(0, split)} (${language})` : key.slice(0, split);
  }
  return key;
}

function toCell(row: EngagementHeatmapRow, selected: Channel[] | null): HourOfWeekCellModel {
  const stats = toReadTimeStats(row, selected);
  return {
    dayOfWeek: row.day_of_week,
    hour: row.hour,
    sent: stats.sent,
    read: stats.read,
    readRate: stats.readRate,
    medianSeconds: stats.medianSeconds,
  };
}

function toDay(date: string, row: StatsColumns, selected: Channel[] | null): EngagementDayModel {
  const stats = toReadTimeStats(row, selected);
  return {
    date,
    sent: stats.sent,
    delivered: stats.delivered,
    read: stats.read,
    deliveryRate: stats.deliveryRate,
    readRate: stats.readRate,
    medianSeconds: stats.medianSeconds,
  };
}

function checkedCursor(key: CursorKey): MessageCursor {
  const [firstSeenMs, channel, accountId, messageId] = key;
  if (
    typeof firstSeenMs !== 'number' ||
    !Number.isInteger(firstSeenMs) ||
    [channel, accountId, messageId].some((part) => typeof part !== 'string')
  ) {
    throw new BadUserInputError([{ path: 'page.after', message: 'not a cursor this list produced' }]);
  }
  return { firstSeenMs, channel: String(channel), accountId: String(accountId), messageId: String(messageId) };
}

/** Validates a drill-down against the period; every part that is absent leaves the filter as it is. */
export function checkedDrillDown(
  input: EngagementDrillDownInput | null | undefined,
  scope: AnalyticsScope,
): DrillDownParams {
  const issues: InputIssue[] = [];
  const drill = input ?? {};
  if (drill.key != null && !drill.dimension && !drill.complaintDimension)
    issues.push({ path: 'drillDown.dimension', message: 'is needed with a key' });
  if ((drill.dimension || drill.complaintDimension) && drill.key == null)
    issues.push({ path: 'drillDown.key', message: 'is needed with a dimension' });
  if (drill.dimension && drill.complaintDimension)
    issues.push({ path: 'drillDown.complaintDimension', message: 'cannot be combined with dimension' });
  if (drill.date != null) {
    if (!isCalendarDate(drill.date))
      issues.push({ path: 'drillDown.date', message: 'must be a calendar date YYYY-MM-DD' });
    else if (drill.date < scope.period.from || drill.date > scope.period.to) {
      issues.push({ path: 'drillDown.date', message: 'must be a day of the period' });
    }
  }
  if (drill.dayOfWeek != null && !(Number.isInteger(drill.dayOfWeek) && drill.dayOfWeek >= 1 && drill.dayOfWeek <= 7)) {
    issues.push({ path: 'drillDown.dayOfWeek', message: 'must be 1 (Monday) to 7 (Sunday)' });
  }
  if (drill.hour != null && !(Number.isInteger(drill.hour) && drill.hour >= 0 && drill.hour <= 23)) {
    issues.push({ path: 'drillDown.hour', message: 'must be 0 to 23' });
  }
  const status = drill.status == null ? null : STATUSES.find((s) => s === drill.status);
  if (status === undefined) issues.push({ path: 'drillDown.status', message: `must be one of ${STATUSES.join(', ')}` });
  if (drill.accountId === '') issues.push({ path: 'drillDown.accountId', message: 'must not be empty' });
  if (issues.length) throw new BadUserInputError(issues, 'the drill-down is not valid');
  return {
    dimension: drill.dimension ? DIMENSIONS[drill.dimension] : null,
    complaintBy: drill.complaintDimension ?? null,
    key: drill.key ?? '',
    date: drill.date ?? null,
    bucket: drill.bucket ? READ_TIME_BUCKETS.indexOf(drill.bucket) : null,
    dayOfWeek: drill.dayOfWeek ?? null,
    hour: drill.hour ?? null,
    status: status ?? null,
    channel: drill.channel ?? null,
    accountId: drill.accountId ?? null,
    errorCode: drill.errorCode ?? null,
  };
}

const at = (ms: string | null) => (ms === null ? null : new Date(Number(ms)));

export function toMessage(row: EngagementMessageRow): EngagementMessageModel {
  return {
    messageId: row.message_id,
    channel: row.channel as Channel,
    accountExternalId: row.account_id,
    contactId: row.contact_id,
    templateName: row.template_name || null,
    campaignKey: row.campaign_id || null,
    sentAt: at(row.sent_ms),
    deliveredAt: at(row.delivered_ms),
    readAt: at(row.read_ms),
    failedAt: at(row.failed_ms),
    errorCode: row.error_code || null,
    timeToReadSeconds: row.time_to_read_seconds,
  };
}
