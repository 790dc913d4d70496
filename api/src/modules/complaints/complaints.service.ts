import {
  complaintRate,
  detectSpikes,
  SPIKE_DEFAULTS,
  weeklyRates,
  type DailyComplaints,
} from '@checkmark/schemas/analytics';
import { Inject, Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { MonitoringSettingsService } from '../monitoring-settings/monitoring-settings.service';
import { datesOf, type AnalyticsScope, type DateRange } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { OverviewRepository } from '../overview/overview.repository';
import type { ComplaintsRow } from '../overview/queries/complaints.query';
import type { ComplaintGroupModel } from './dtos/complaint-breakdown.model';
import type {
  ComplaintDayModel,
  ComplaintKindCountModel,
  ComplaintReasonCountModel,
  ComplaintTrendsModel,
} from './dtos/complaint-trends.model';
import {
  ComplaintKind,
  type ComplaintDayNotJudged,
  type ComplaintDimension,
  type ComplaintSpikeReason,
} from './dtos/complaints.enums';
import { ComplaintsRepository } from './complaints.repository';
import type { ComplaintCompositionRow } from './queries/complaint-composition.query';

/** Most reasons listed. */
export const TOP_REASONS = 10;

const DAY_MS = 86_400_000;

type DailyCounts = Pick<OverviewRepository, 'complaints'>;
type Composition = Pick<ComplaintsRepository, 'composition' | 'breakdown' | 'refreshedAt'>;
type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type MonitoringSettings = Pick<MonitoringSettingsService, 'forTenant'>;

/**
 * Complaint trends: the Overview's daily complaints and delivered business-initiated messages (the same query on the
 * complaint rollup, so the rates are the Overview's and share one freshness), judged by detectSpikes with 28 days
 * of lead-in before the period.
 */
@Injectable()
export class ComplaintsService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(OverviewRepository) private readonly daily: DailyCounts,
    @Inject(ComplaintsRepository) private readonly repository: Composition,
    @Inject(MonitoringSettingsService) private readonly monitoring: MonitoringSettings,
  ) {}

  async complaintTrends(
    tenantId: string,
    filter: AnalyticsFilterInput,
    threshold: number | null,
  ): Promise<ComplaintTrendsModel> {
    if (threshold !== null && !(Number.isFinite(threshold) && threshold >= 0)) {
      throw new BadUserInputError(
        [{ path: 'threshold', message: 'must be a rate per 1,000 of at least 0' }],
        'the spike threshold is not valid',
      );
    }
    const scope = await this.scopes.resolve(tenantId, filter);
    // Without a threshold in the request, the tenant's setting (itself null = trailing mean + 3σ).
    const applied = threshold ?? (await this.monitoring.forTenant(tenantId)).complaintSpikeThreshold;
    const range = withLeadIn(scope.period, SPIKE_DEFAULTS.trailingDays);
    const [asOf, daily, composition] = await Promise.all([
      this.repository.refreshedAt(),
      this.daily.complaints(scope, range),
      this.repository.composition(scope),
    ]);
    return { asOf, ...toTrends(scope, applied, dailySeries(range, daily), composition) };
  }

  async complaintBreakdown(
    tenantId: string,
    filter: AnalyticsFilterInput,
    by: ComplaintDimension,
  ): Promise<ComplaintGroupModel[]> {
    const scope = await this.scopes.resolve(tenantId, filter);
    const rows = await this.repository.breakdown(scope, by);
    return rows.map((row) => ({
      key: row.key,
      complaints: Number(row.complaints),
      delivered: Number(row.delivered),
      rate: complaintRate(Number(row.complaints), Number(row.delivered)),
    }));
  }
}

/** The period extended back by `days` whole days, so its first day has a full trailing window. */
export function withLeadIn(period: DateRange, days: number): DateRange {
  const from = new Date(Date.parse(`${period.from}T00:00:00.000Z`) - days * DAY_MS).toISOString().slice(0, 10);
  return { from, to: period.to };
}

/** Every day of the range with the Overview's complaint count and complaint-rate denominator (zeros included). */
export function dailySeries(range: DateRange, rows: readonly ComplaintsRow[]): DailyComplaints[] {
  const byDay = new Map(rows.map((row) => [row.day, row]));
  return datesOf(range).map((date) => {
    const row = byDay.get(date);
    return { date, complaints: Number(row?.complaints ?? 0), delivered: Number(row?.delivered ?? 0) };
  });
}

export function toTrends(
  scope: AnalyticsScope,
  threshold: number | null,
  series: readonly DailyComplaints[],
  composition: readonly ComplaintCompositionRow[],
): Omit<ComplaintTrendsModel, 'asOf'> {
  const judged = detectSpikes(series, threshold === null ? {} : { threshold });
  const shown = judged.filter((day) => day.date >= scope.period.from);
  const complaints = shown.reduce((sum, day) => sum + day.complaints, 0);
  const delivered = shown.reduce((sum, day) => sum + day.delivered, 0);
  const days: ComplaintDayModel[] = shown.map((day) => ({
    ...day,
    reason: day.reason as ComplaintSpikeReason | null,
    notJudgedReason: day.notJudgedReason as ComplaintDayNotJudged | null,
  }));
  return {
    timeZone: scope.timeZone,
    period: scope.period,
    threshold,
    complaints,
    delivered,
    rate: complaintRate(complaints, delivered),
    days,
    weeks: weeklyRates(shown),
    kinds: kindCounts(composition, delivered),
    topReasons: topReasons(composition),
  };
}

function kindCounts(rows: readonly ComplaintCompositionRow[], delivered: number): ComplaintKindCountModel[] {
  return Object.values(ComplaintKind).map((kind) => {
    const complaints = rows
      .filter((row) => row.kind === String(kind))
      .reduce((sum, row) => sum + Number(row.complaints), 0);
    return { kind, complaints, rate: complaintRate(complaints, delivered) };
  });
}

/** Non-empty reasons by how often they were given (any kind), ties by reason. */
function topReasons(rows: readonly ComplaintCompositionRow[]): ComplaintReasonCountModel[] {
  const counts = new Map<string, number>();
  for (const row of rows) {
    if (row.reason !== '') counts.set(row.reason, (counts.get(row.reason) ?? 0) + Number(row.complaints));
  }
  return [...counts.entries()]
    .map(([reason, complaints]) => ({ reason, complaints }))
    .sort((a, b) => b.complaints - a.complaints || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0))
    .slice(0, TOP_REASONS);
}
