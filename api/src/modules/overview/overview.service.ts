import { CHANNELS, type Channel } from '@checkmark/schemas';
import { Inject, Injectable } from '@nestjs/common';
import { datesOf, type AnalyticsScope, type DateRange } from './analytics-scope';
import { AnalyticsScopeFactory } from './analytics-scope.factory';
import { hasDeliveryReceipts, hasReadReceipts } from './channel-receipts';
import type { AnalyticsFilterInput } from './dtos/analytics-filter.input';
import { MetricUnit, UnavailableReason, type MetricModel } from './dtos/metric.model';
import type { ChannelDayVolumeModel, ChannelSummaryModel, OverviewModel } from './dtos/overview.model';
import { ViolationsService } from '../compliance/violations.service';
import { OverviewRepository } from './overview.repository';
import type { ActiveConversationsRow } from './queries/active-conversations.query';
import type { BusinessMessagesRow } from './queries/business-messages.query';
import type { ComplaintsRow } from './queries/complaints.query';
import type { CustomerMessagesRow } from './queries/customer-messages.query';
import type { FirstResponseRow } from './queries/first-response.query';
import type { NpsRow } from './queries/nps.query';

type OverviewReads = Pick<
  OverviewRepository,
  'businessMessages' | 'customerMessages' | 'activeConversations' | 'firstResponse' | 'nps' | 'complaints'
>;

type OpenViolations = Pick<ViolationsService, 'openByDay'>;

/** Everything read for one period: the warehouse figures, and open violations per day from the case store. */
interface PeriodRows {
  /** null when the filter names agents: a violation is not tied to an agent. */
  openViolations: Map<string, number> | null;
  business: BusinessMessagesRow[];
  customer: CustomerMessagesRow[];
  conversations: ActiveConversationsRow[];
  firstResponse: FirstResponseRow[];
  nps: NpsRow[];
  complaints: ComplaintsRow[];
}

/** A figure for the whole period and per day: value (null = not computable) and the n behind it. */
interface Figure {
  value: number | null;
  sampleSize: number;
}
interface Figures {
  total: Figure;
  day(date: string): Figure;
}

const EMPTY_BUSINESS: Omit<BusinessMessagesRow, 'day' | 'channel'> = {
  sent: 0,
  delivered: 0,
  read: 0,
  sent_measured: 0,
  delivered_measured: 0,
  read_base: 0,
  read_measured: 0,
  timed_reads: 0,
  median_time_to_read_seconds: null,
};

/**
 * The Overview: every figure for the period and the one before it, with daily series and a per-channel summary.
 * Figures that cannot be computed are null with a reason — never a made-up number; counts of nothing are 0.
 */
@Injectable()
export class OverviewService {
  constructor(
    private readonly scopes: AnalyticsScopeFactory,
    @Inject(OverviewRepository) private readonly repository: OverviewReads,
    @Inject(ViolationsService) private readonly violations: OpenViolations,
  ) {}

  async overview(tenantId: string, filter: AnalyticsFilterInput): Promise<OverviewModel> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const [current, previous] = await Promise.all([
      this.read(scope, scope.period, filter),
      this.read(scope, scope.previousPeriod, filter),
    ]);
    return buildOverview(scope, current, previous);
  }

  private async read(scope: AnalyticsScope, range: DateRange, filter: AnalyticsFilterInput): Promise<PeriodRows> {
    const [openViolations, business, customer, conversations, firstResponse, nps, complaints] = await Promise.all([
      scope.agentIds === null
        ? this.violations.openByDay(scope.tenantId, {
            from: range.from,
            to: range.to,
            channels: scope.channels,
            accountIds: filter.accountIds,
            campaignIds: filter.campaignIds,
          })
        : null,
      this.repository.businessMessages(scope, range),
      this.repository.customerMessages(scope, range),
      this.repository.activeConversations(scope, range),
      this.repository.firstResponse(scope, range),
      this.repository.nps(scope, range),
      this.repository.complaints(scope, range),
    ]);
    return { openViolations, business, customer, conversations, firstResponse, nps, complaints };
  }
}

/** (value − previous) / |previous|: a rise reads as positive even for negative scores; null without a base. */
function relativeChange(value: number | null, previous: number | null): number | null {
  if (value === null || previous === null || previous === 0) return null;
  return (value - previous) / Math.abs(previous);
}

function buildOverview(scope: AnalyticsScope, current: PeriodRows, previous: PeriodRows): OverviewModel {
  const selected = scope.channels ?? [...CHANNELS];
  const deliveryMeasurable = selected.some(hasDeliveryReceipts);
  const readMeasurable = selected.some(hasReadReceipts);
  const dates = datesOf(scope.period);
  const metric = (unit: MetricUnit, figures: (rows: PeriodRows) => Figures, measurable = true): MetricModel =>
    buildMetric(unit, measurable, figures(current), figures(previous), dates);

  return {
    timeZone: scope.timeZone,
    period: scope.period,
    previousPeriod: scope.previousPeriod,
    messages: metric(MetricUnit.COUNT, messageCounts),
    deliveryRate: metric(
      MetricUnit.RATIO,
      (rows) => businessRatio(rows, 'delivered_measured', 'sent_measured'),
      deliveryMeasurable,
    ),
    readRate: metric(MetricUnit.RATIO, (rows) => businessRatio(rows, 'read_measured', 'read_base'), readMeasurable),
    medianTimeToReadSeconds: metric(MetricUnit.SECONDS, timeToRead, readMeasurable),
    activeConversations: metric(MetricUnit.COUNT, activeConversations),
    medianFirstResponseSeconds: metric(MetricUnit.SECONDS, firstResponse),
    nps: metric(MetricUnit.SCORE, nps),
    complaintRate: metric(MetricUnit.PER_THOUSAND, complaintRate, deliveryMeasurable),
    openViolations:
      current.openViolations === null
        ? unavailable(MetricUnit.COUNT, UnavailableReason.NOT_MEASURABLE)
        : metric(MetricUnit.COUNT, openViolations),
    ...channelBreakdown(scope, current, dates),
  };
}

function buildMetric(
  unit: MetricUnit,
  measurable: boolean,
  current: Figures,
  previous: Figures,
  dates: string[],
): MetricModel {
  if (!measurable) return unavailable(unit, UnavailableReason.NOT_MEASURABLE);
  const previousValue = previous.total.value;
  const { value, sampleSize } = current.total;
  return {
    value,
    previousValue,
    change: relativeChange(value, previousValue),
    unit,
    sampleSize,
    unavailableReason: value === null ? UnavailableReason.NO_DATA : null,
    series: value === null ? [] : dates.map((date) => ({ date, value: current.day(date).value })),
  };
}

function unavailable(unit: MetricUnit, reason: UnavailableReason): MetricModel {
  return {
    value: null,
    previousValue: null,
    change: null,
    unit,
    sampleSize: null,
    unavailableReason: reason,
    series: [],
  };
}

function ratio(numerator: number, denominator: number, scale = 1): Figure {
  return { value: denominator > 0 ? (scale * numerator) / denominator : null, sampleSize: denominator };
}

function count(n: number): Figure {
  return { value: n, sampleSize: n };
}

function businessDay(rows: PeriodRows, day: string): Omit<BusinessMessagesRow, 'day' | 'channel'> {
  return rows.business.find((r) => r.day === day && r.channel === '') ?? EMPTY_BUSINESS;
}

function sumBy<T>(rows: T[], pick: (row: T) => number): number {
  return rows.reduce((sum, row) => sum + pick(row), 0);
}

/** Cases still to handle, by the day the violation occurred. */
function openViolations(rows: PeriodRows): Figures {
  const byDay = rows.openViolations ?? new Map<string, number>();
  return {
    total: count([...byDay.values()].reduce((sum, n) => sum + n, 0)),
    day: (date) => count(byDay.get(date) ?? 0),
  };
}

function messageCounts(rows: PeriodRows): Figures {
  const received = (day?: string) =>
    sumBy(
      rows.customer.filter((r) => day === undefined || r.day === day),
      (r) => r.received,
    );
  return {
    total: count(businessDay(rows, '').sent + received()),
    day: (date) => count(businessDay(rows, date).sent + received(date)),
  };
}

type BusinessCount = 'sent_measured' | 'delivered_measured' | 'read_base' | 'read_measured';

function businessRatio(rows: PeriodRows, numerator: BusinessCount, denominator: BusinessCount): Figures {
  const of = (day: string) => {
    const row = businessDay(rows, day);
    return ratio(row[numerator], row[denominator]);
  };
  return { total: of(''), day: of };
}

function timeToRead(rows: PeriodRows): Figures {
  const of = (day: string): Figure => {
    const row = businessDay(rows, day);
    return { value: row.timed_reads > 0 ? row.median_time_to_read_seconds : null, sampleSize: row.timed_reads };
  };
  return { total: of(''), day: of };
}

function activeConversations(rows: PeriodRows): Figures {
  const of = (day: string) => count(rows.conversations.find((r) => r.day === day)?.conversations ?? 0);
  return { total: of(''), day: of };
}

function firstResponse(rows: PeriodRows): Figures {
  const of = (day: string): Figure => {
    const row = rows.firstResponse.find((r) => r.day === day);
    return row && row.answered > 0
      ? { value: row.median_seconds, sampleSize: row.answered }
      : { value: null, sampleSize: 0 };
  };
  return { total: of(''), day: of };
}

function nps(rows: PeriodRows): Figures {
  const score = (answers: NpsRow[]): Figure => {
    const responses = sumBy(answers, (r) => r.responses);
    const net = sumBy(answers, (r) => r.promoters - r.detractors);
    return ratio(net, responses, 100);
  };
  return { total: score(rows.nps), day: (date) => score(rows.nps.filter((r) => r.day === date)) };
}

/** Complaints per 1,000 delivered business-initiated messages, both from the complaint rollup (one freshness). */
function complaintRate(rows: PeriodRows): Figures {
  const figure = (day?: string) => {
    const days = rows.complaints.filter((r) => day === undefined || r.day === day);
    return ratio(
      sumBy(days, (r) => r.complaints),
      sumBy(days, (r) => r.delivered),
      1000,
    );
  };
  return { total: figure(), day: (date) => figure(date) };
}

/** Volume per day and channel (zeros filled in) and the per-channel summary, for channels with traffic or selected. */
function channelBreakdown(
  scope: AnalyticsScope,
  rows: PeriodRows,
  dates: string[],
): Pick<OverviewModel, 'volumeByChannelAndDay' | 'channels'> {
  const byChannel = rows.business.filter((r) => r.day !== '' && r.channel !== '');
  const shown = new Set<string>([
    ...(scope.channels ?? []),
    ...byChannel.map((r) => r.channel),
    ...rows.customer.map((r) => r.channel),
  ]);
  const channels = CHANNELS.filter((c) => shown.has(c));
  const sent = (channel: Channel, date?: string) =>
    sumBy(
      byChannel.filter((r) => r.channel === channel && (date === undefined || r.day === date)),
      (r) => r.sent,
    );
  const received = (channel: Channel, date?: string) =>
    sumBy(
      rows.customer.filter((r) => r.channel === channel && (date === undefined || r.day === date)),
      (r) => r.received,
    );

  const volumeByChannelAndDay: ChannelDayVolumeModel[] = dates.flatMap((date) =>
    channels.map((channel) => ({ date, channel, sent: sent(channel, date), received: received(channel, date) })),
  );
  const summaries: ChannelSummaryModel[] = channels.map((channel) => {
    const own = byChannel.filter((r) => r.channel === channel);
    const delivered = sumBy(own, (r) => r.delivered);
    const read = sumBy(own, (r) => r.read);
    const total = sent(channel);
    const deliveryReceipts = hasDeliveryReceipts(channel);
    const readReceipts = hasReadReceipts(channel);
    return {
      channel,
      sent: total,
      delivered,
      read,
      received: received(channel),
      deliveryRate: deliveryReceipts ? ratio(delivered, total).value : null,
      readRate: readReceipts ? ratio(read, delivered).value : null,
      readReceipts,
      deliveryReceipts,
    };
  });
  return { volumeByChannelAndDay, channels: summaries };
}
