import { VIOLATION_KINDS } from '@checkmark/schemas/compliance';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '../../common/auth/principal';
import type { Role } from '../../common/auth/role';
import { Clock } from '../../common/clock/clock';
import { NotFoundError } from '../../common/errors/not-found.error';
import { addDays, localDate, mondayOf, startOfLocalDate } from '../alerts/tenant-days';
import { CASE_STATES, type ComplianceViolation } from '../compliance/compliance-violation.entity';
import { evidenceFor } from '../compliance/evidence-text';
import { datesOf } from '../overview/analytics-scope';
import { AnalyticsScopeFactory } from '../overview/analytics-scope.factory';
import { ConsentAnalyticsService } from '../consent/consent-analytics.service';
import type { ConsentCoverageRowModel } from '../consent/dtos/consent-coverage.model';
import { CoverageGroupBy } from '../consent/dtos/consent.enums';
import { ComplianceReportRepository, type ReportViolationScope } from './compliance-report.repository';
import type { ComplianceReportInput } from './dtos/compliance-report.input';
import type {
  ComplianceReportCaseModel,
  ComplianceReportEnforcementEventModel,
  ComplianceReportModel,
  ComplianceReportScopeItemModel,
  ComplianceReportViolationCountModel,
} from './dtos/compliance-report.model';

/** How many longest-open cases a report lists. */
export const OLDEST_CASES = 20;
/** How many platform enforcement events a report lists (the total is always given). */
export const ENFORCEMENT_EVENTS = 500;

const SEVERITY_ORDER = ['critical', 'high', 'medium', 'low'];

type Scopes = Pick<AnalyticsScopeFactory, 'resolve'>;
type Consent = Pick<ConsentAnalyticsService, 'coverage' | 'honouring'>;
type Reads = Pick<
  ComplianceReportRepository,
  | 'countsByKindSeverityState'
  | 'ruleVersions'
  | 'occurrences'
  | 'oldestUnresolved'
  | 'enforcementEvents'
  | 'tenantName'
  | 'accountsByIds'
  | 'accountsByExternalIds'
  | 'campaignsByIds'
>;

/**
 * The compliance report of a period and scope (accounts, campaigns) in the tenant's time zone, composed from the
 * consent figures (coverage, opt-out honouring: ConsentAnalyticsService) and the stored violations and cases.
 * Message text never appears except evidence snippets, and those only for admin and compliance.
 */
@Injectable()
export class ComplianceReportService {
  constructor(
    @Inject(AnalyticsScopeFactory) private readonly scopes: Scopes,
    @Inject(ConsentAnalyticsService) private readonly consent: Consent,
    @Inject(ComplianceReportRepository) private readonly store: Reads,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  async report(principal: Principal, input: ComplianceReportInput): Promise<ComplianceReportModel> {
    const { tenantId } = principal;
    const generatedAt = this.clock.now();
    const filter = {
      from: input.from,
      to: input.to,
      accountIds: unique(input.accountIds),
      campaignIds: unique(input.campaignIds),
    };
    const scope = await this.scopes.resolve(tenantId, filter);
    const [accounts, campaigns] = await Promise.all([
      this.store.accountsByIds(tenantId, filter.accountIds),
      this.store.campaignsByIds(tenantId, filter.campaignIds),
    ]);
    // A report names its scope: an id that is not the tenant's is an error, not a silently empty report.
    if (accounts.length !== filter.accountIds.length) throw new NotFoundError('business account');
    if (campaigns.length !== filter.campaignIds.length) throw new NotFoundError('campaign');

    const violations: ReportViolationScope = {
      tenantId,
      from: startOfLocalDate(scope.period.from, scope.timeZone),
      to: startOfLocalDate(addDays(scope.period.to, 1), scope.timeZone),
      accountIds: scope.accountIds,
      campaignKeys: scope.campaignKeys,
    };
    const [
      byAccount,
      byCampaign,
      byChannel,
      honouring,
      counts,
      versions,
      occurrences,
      oldest,
      enforcement,
      tenantName,
    ] = await Promise.all([
      this.consent.coverage(tenantId, filter, CoverageGroupBy.ACCOUNT),
      this.consent.coverage(tenantId, filter, CoverageGroupBy.CAMPAIGN),
      this.consent.coverage(tenantId, filter, CoverageGroupBy.CHANNEL),
      this.consent.honouring(tenantId, filter, { first: 1 }),
      this.store.countsByKindSeverityState(violations),
      this.store.ruleVersions(violations),
      this.store.occurrences(violations),
      this.store.oldestUnresolved(violations, OLDEST_CASES),
      this.store.enforcementEvents(violations, ENFORCEMENT_EVENTS),
      this.store.tenantName(tenantId),
    ]);
    const names = await this.accountNames(tenantId, [...oldest, ...enforcement]);
    const stateCount = (state: string) =>
      counts.filter((c) => c.caseState === state).reduce((sum, c) => sum + c.count, 0);
    const open = stateCount('open');
    const acknowledged = stateCount('acknowledged');
    const oldestDetected = oldest[0]?.detectedAt ?? null;
    const enforcementTotal = counts
      .filter((c) => c.kind === 'PLATFORM_ENFORCEMENT')
      .reduce((sum, c) => sum + c.count, 0);

    return {
      from: scope.period.from,
      to: scope.period.to,
      timeZone: scope.timeZone,
      generatedAt,
      tenantName,
      scope: {
        accounts: accounts.map((a) => ({ id: a.id, name: accountLabel(a) })).sort(byName),
        campaigns: campaigns.map((c): ComplianceReportScopeItemModel => ({ id: c.id, name: c.name })).sort(byName),
      },
      coverage: { ...coverageTotals(byChannel), byAccount, byCampaign, byChannel },
      optOut: {
        optOuts: honouring.optOuts,
        honoured: honouring.honoured,
        violated: honouring.violated,
        messagesAfterOptOut: honouring.messagesAfterOptOut,
        medianDelaySeconds: honouring.medianDelaySeconds,
        maxDelaySeconds: honouring.maxDelaySeconds,
      },
      violationTotal: counts.reduce((sum, c) => sum + c.count, 0),
      violations: kindSeverityRows(counts),
      trend: weeklyTrend(datesOf(scope.period), occurrences, scope.timeZone),
      openCases: {
        count: open + acknowledged,
        open,
        acknowledged,
        oldestDetectedAt: oldestDetected,
        oldestAgeSeconds: oldestDetected === null ? null : ageSeconds(oldestDetected, generatedAt),
        oldest: oldest.map((v) => toCase(v, names, generatedAt, principal.role)),
      },
      platformEnforcement: {
        total: enforcementTotal,
        events: enforcement.map((v) => toEnforcementEvent(v, names)),
      },
      ruleVersions: versions
        .map((v) => ({ kind: v.kind, ruleVersion: v.ruleVersion, violations: v.count }))
        .sort((a, b) => kindRank(a.kind) - kindRank(b.kind) || a.ruleVersion.localeCompare(b.ruleVersion)),
    };
  }

  private async accountNames(tenantId: string, rows: ComplianceViolation[]): Promise<Map<string, string>> {
    const accounts = await this.store.accountsByExternalIds(tenantId, [...new Set(rows.map((r) => r.accountId))]);
    return new Map(accounts.map((a) => [`${a.channel}\u0000${a.externalId}`, accountLabel(a)]));
  }
}

function unique(values: string[] | null | undefined): string[] {
  return [...new Set(values ?? [])];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
const kindRank = (kind: string) => (VIOLATION_KINDS as readonly string[]).indexOf(kind);

/** "Name (+48 …)", or whichever of the two is known, else the external id. */
export function accountLabel(a: {
  displayName: string | null;
  displayPhoneNumber: string | null;
  externalId: string;
}): string {
  if (a.displayName && a.displayPhoneNumber) return `${a.displayName} (${a.displayPhoneNumber})`;
  return a.displayName || a.displayPhoneNumber || a.externalId;
}

/** The period's totals: the channel rows partition the period's messages. */
export function coverageTotals(byChannel: ConsentCoverageRowModel[]) {
  const sum = (pick: (r: ConsentCoverageRowModel) => number) => byChannel.reduce((total, r) => total + pick(r), 0);
  const businessInitiated = sum((r) => r.businessInitiated);
  const covered = sum((r) => r.covered);
  return {
    businessInitiated,
    covered,
    coverage: businessInitiated === 0 ? null : covered / businessInitiated,
    noConsent: sum((r) => r.noConsent),
    afterOptOut: sum((r) => r.afterOptOut),
    purposeMismatch: sum((r) => r.purposeMismatch),
  };
}

export function kindSeverityRows(
  counts: Array<{ kind: string; severity: string; caseState: string; count: number }>,
): ComplianceReportViolationCountModel[] {
  const rows = new Map<string, ComplianceReportViolationCountModel>();
  for (const c of counts) {
    const key = `${c.kind}/${c.severity}`;
    let row = rows.get(key);
    if (!row) {
      row = { kind: c.kind, severity: c.severity, total: 0, open: 0, acknowledged: 0, resolved: 0, falsePositive: 0 };
      rows.set(key, row);
    }
    row.total += c.count;
    if (c.caseState === 'false_positive') row.falsePositive += c.count;
    else if ((CASE_STATES as readonly string[]).includes(c.caseState))
      row[c.caseState as 'open' | 'acknowledged' | 'resolved'] += c.count;
  }
  return [...rows.values()].sort(
    (a, b) =>
      kindRank(a.kind) - kindRank(b.kind) || SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity),
  );
}

/** One point per ISO week (Monday) touching the period, every week present, kinds in rule order. */
export function weeklyTrend(dates: string[], occurrences: Array<{ occurredAt: Date; kind: string }>, timeZone: string) {
  const buckets = new Map<string, Map<string, number>>();
  for (const date of dates) if (!buckets.has(mondayOf(date))) buckets.set(mondayOf(date), new Map());
  for (const { occurredAt, kind } of occurrences) {
    const counts = buckets.get(mondayOf(localDate(occurredAt, timeZone)));
    if (counts) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...buckets].map(([date, counts]) => ({
    date,
    total: [...counts.values()].reduce((sum, n) => sum + n, 0),
    byKind: [...counts].sort(([a], [b]) => kindRank(a) - kindRank(b)).map(([kind, count]) => ({ kind, count })),
  }));
}

function ageSeconds(since: Date, at: Date): number {
  return Math.max(0, Math.floor((at.getTime() - since.getTime()) / 1000));
}

function toCase(
  v: ComplianceViolation,
  names: Map<string, string>,
  generatedAt: Date,
  role: Role,
): ComplianceReportCaseModel {
  return {
    id: v.id,
    kind: v.kind,
    severity: v.severity,
    ruleVersion: v.ruleVersion,
    caseState: v.caseState,
    occurredAt: v.occurredAt,
    detectedAt: v.detectedAt,
    ageSeconds: ageSeconds(v.detectedAt, generatedAt),
    channel: v.channel,
    accountId: v.accountId,
    accountName: names.get(`${v.channel}\u0000${v.accountId}`) ?? null,
    contactId: v.contactId,
    campaignId: v.campaignId,
    templateName: v.templateName,
    assigneeUserId: v.assigneeUserId,
    evidence: evidenceFor(v.evidence, role),
  };
}

function toEnforcementEvent(v: ComplianceViolation, names: Map<string, string>): ComplianceReportEnforcementEventModel {
  const text = (key: string) => {
    const value = v.evidence[key];
    return typeof value === 'string' ? value : null;
  };
  return {
    violationId: v.id,
    eventId: v.eventId,
    occurredAt: v.occurredAt,
    severity: v.severity,
    caseState: v.caseState,
    channel: v.channel,
    accountId: v.accountId,
    accountName: names.get(`${v.channel}\u0000${v.accountId}`) ?? null,
    eventType: text('eventType') ?? '',
    status: text('alertKind') ?? text('status') ?? text('qualityEvent'),
    templateName: v.templateName,
    reason: text('reason'),
  };
}
