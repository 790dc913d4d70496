import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { pageRequest, paginate, type Page, type PageInput } from '../../graphql/pagination';
import { addDays, localDate, mondayOf, startOfLocalDate } from '../alerts/tenant-days';
import { datesOf } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import type { ComplianceViolation } from './compliance-violation.entity';
import { DetectionEngine } from './detection/detection-engine';
import type { DetectionRunResult } from './detection/detection-run';
import { ViolationTrendInterval } from './dtos/compliance.enums';
import type { ViolationFilterInput } from './dtos/violation-filter.input';
import type { ViolationModel, ViolationTrendPointModel } from './dtos/violation.model';
import { evidenceFor } from './evidence-text';
import { ViolationsRepository, type ViolationQuery } from './violations.repository';

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Store = Pick<ViolationsRepository, 'list' | 'count' | 'occurrences' | 'findById' | 'accountNames' | 'ids'>;
type Engine = Pick<DetectionEngine, 'run'>;

/** The violations of a tenant as the API shows them, and on-demand re-detection. */
@Injectable()
export class ViolationsService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(ViolationsRepository) private readonly store: Store,
    @Inject(DetectionEngine) private readonly engine: Engine,
  ) {}

  /** Newest first, paged; text in evidence only for roles that may read it. */
  async list(
    principal: Principal,
    filter: ViolationFilterInput,
    page: PageInput | null,
  ): Promise<Page<ViolationModel>> {
    const request = pageRequest(page, 2);
    const { query } = await this.query(principal.tenantId, filter);
    const after = request.after ? { occurredAtMs: Number(request.after[0]), id: String(request.after[1]) } : null;
    const [rows, totalCount] = await Promise.all([
      this.store.list(query, after, request.first + 1),
      this.store.count(query),
    ]);
    const models = await this.models(principal, rows);
    return paginate(models, request, totalCount, (v) => [v.occurredAt.getTime(), v.id]);
  }

  /**
   * Violations still to be handled (case open or acknowledged, not retracted) per tenant-local day of occurrence in
   * the filter's period: the Overview's "open violations".
   */
  async openByDay(tenantId: string, filter: ViolationFilterInput): Promise<Map<string, number>> {
    const { query, timeZone } = await this.query(tenantId, { ...filter, caseStates: ['open', 'acknowledged'] });
    const counts = new Map<string, number>();
    for (const { occurredAt } of await this.store.occurrences(query)) {
      const date = localDate(occurredAt, timeZone);
      counts.set(date, (counts.get(date) ?? 0) + 1);
    }
    return counts;
  }

  /** Ids of the tenant's violations matching `filter`, newest first, at most `limit` (bulk case actions). */
  async matchingIds(principal: Principal, filter: ViolationFilterInput, limit: number): Promise<string[]> {
    const { query } = await this.query(principal.tenantId, filter);
    return this.store.ids(query, limit);
  }

  /** One violation of the tenant; another tenant's id is NOT_FOUND. */
  async get(principal: Principal, id: string): Promise<ViolationModel> {
    const row = await this.store.findById(principal.tenantId, id);
    if (row === null) throw new NotFoundError('violation');
    const [model] = await this.models(principal, [row]);
    return model;
  }

  /** Violations per day or ISO week of the period (tenant time zone), every bucket present, by kind. */
  async trend(
    principal: Principal,
    filter: ViolationFilterInput,
    interval: ViolationTrendInterval,
  ): Promise<ViolationTrendPointModel[]> {
    const { query, timeZone, period } = await this.query(principal.tenantId, filter);
    const bucketOf = (date: string) => (interval === ViolationTrendInterval.WEEK ? mondayOf(date) : date);
    const buckets = new Map<string, Map<string, number>>();
    for (const date of datesOf(period)) buckets.set(bucketOf(date), new Map());
    for (const { occurredAt, kind } of await this.store.occurrences(query)) {
      const counts = buckets.get(bucketOf(localDate(occurredAt, timeZone)));
      if (counts) counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
    return [...buckets].map(([date, counts]) => ({
      date,
      total: [...counts.values()].reduce((sum, n) => sum + n, 0),
      byKind: [...counts].sort(([a], [b]) => a.localeCompare(b)).map(([kind, count]) => ({ kind, count })),
    }));
  }

  /** Re-detects [from, to) now (both omitted: the tenant's whole history) and reports what changed. */
  redetect(principal: Principal, from: Date | null, to: Date | null): Promise<DetectionRunResult> {
    if ((from === null) !== (to === null)) {
      throw new BadUserInputError([
        { path: from === null ? 'from' : 'to', message: 'give both from and to, or neither' },
      ]);
    }
    if (from !== null && to !== null) {
      if (from >= to) throw new BadUserInputError([{ path: 'to', message: 'must be after from' }]);
      return this.engine.run(principal.tenantId, { mode: 'range', from, to });
    }
    return this.engine.run(principal.tenantId, { mode: 'full' });
  }

  private async query(tenantId: string, filter: ViolationFilterInput) {
    const scope = await this.scopes.resolve(tenantId, {
      from: filter.from,
      to: filter.to,
      channels: filter.channels,
      accountIds: filter.accountIds,
      campaignIds: filter.campaignIds,
    });
    const list = <T>(values: T[] | null | undefined): T[] | null => (values?.length ? [...new Set(values)] : null);
    const query: ViolationQuery = {
      tenantId,
      from: startOfLocalDate(scope.period.from, scope.timeZone),
      to: startOfLocalDate(addDays(scope.period.to, 1), scope.timeZone),
      kinds: list(filter.kinds),
      severities: list(filter.severities),
      channels: scope.channels,
      accountIds: scope.accountIds,
      campaignKeys: scope.campaignKeys,
      caseStates: list(filter.caseStates),
      assigneeUserIds: list(filter.assigneeUserIds),
      unassigned: filter.unassigned ?? false,
      includeRetracted: filter.includeRetracted ?? false,
    };
    return { query, timeZone: scope.timeZone, period: scope.period };
  }

  private async models(principal: Principal, rows: ComplianceViolation[]): Promise<ViolationModel[]> {
    const names = await this.store.accountNames(principal.tenantId, [...new Set(rows.map((r) => r.accountId))]);
    return rows.map(({ tenantId: _tenant, key: _key, ...row }) => ({
      ...row,
      accountName: names.get(row.accountId) ?? null,
      evidence: evidenceFor(row.evidence, principal.role),
    }));
  }
}
