import { Inject, Injectable } from '@nestjs/common';
import { ComplaintsService } from '../complaints/complaints.service';
import { MonitoringSettingsService } from '../monitoring-settings/monitoring-settings.service';
import { SatisfactionGroupBy } from '../satisfaction/dtos/satisfaction.enums';
import { SatisfactionService } from '../satisfaction/satisfaction.service';
import { SupportService } from '../support/support.service';
import type { AnalyticsFilterInput } from '../overview/dtos/analytics-filter.input';
import { TenantSettingsService } from '../tenant-settings/tenant-settings.service';
import { accountStateConditions } from './account-state-conditions';
import type { AlertCondition } from './alert-condition';
import { ACCOUNT_STATE_KINDS } from './alert-kinds';
import { AlertsRepository } from './alerts.repository';
import { complianceViolationConditions } from './compliance-violation-conditions';
import type { AlertRule } from './alert-rule.entity';
import { AlertsWarehouseRepository } from './alerts-warehouse.repository';
import { addDays, localDate, mondayOf, startOfLocalDate } from './tenant-days';

/** What the rule's account scope resolves to: external ids for the warehouse, relational ids for analytics filters. */
export interface RuleAccounts {
  /** null = every account. */
  externalIds: string[] | null;
  /** BusinessAccount.id by external id, for links and analytics filters. */
  relationalIds: Map<string, string>;
  /** How people know a registered account (name and phone number), by external id, for alert titles. */
  labels: Map<string, string>;
}

type StateReads = Pick<AlertsWarehouseRepository, 'stateEvents' | 'statesBefore'>;
type Complaints = Pick<ComplaintsService, 'complaintTrends'>;
type Monitoring = Pick<MonitoringSettingsService, 'forTenant'>;
type TimeZones = Pick<TenantSettingsService, 'timeZone'>;
type Satisfaction = Pick<SatisfactionService, 'satisfaction'>;
type SlaAttainment = Pick<SupportService, 'slaAttainment'>;
type Violations = Pick<AlertsRepository, 'severeViolationsSince'>;

/** How recent a violation must be to raise an alert. */
const VIOLATION_ALERT_WINDOW_MS = 7 * 86_400_000;

const percent = (share: number) => Math.round(share * 1000) / 10;

/** Figures read during one evaluation pass, shared by the rules that ask for the same ones (by request key). */
export type EvaluationMemo = Map<string, Promise<unknown>>;

function remembered<T>(memo: EvaluationMemo, key: string, read: () => Promise<T>): Promise<T> {
  let value = memo.get(key) as Promise<T> | undefined;
  if (!value) {
    value = read();
    memo.set(key, value);
  }
  return value;
}

/**
 * Turns the data since `since` into the conditions a rule watches, each with a stable key. Reads go through the
 * modules that own each figure (complaint spikes, SLA attainment, NPS), so an alert says what the page says.
 */
@Injectable()
export class AlertConditionsService {
  constructor(
    @Inject(AlertsWarehouseRepository) private readonly states: StateReads,
    @Inject(ComplaintsService) private readonly complaints: Complaints,
    @Inject(MonitoringSettingsService) private readonly monitoring: Monitoring,
    @Inject(TenantSettingsService) private readonly timeZones: TimeZones,
    @Inject(SatisfactionService) private readonly satisfaction: Satisfaction,
    @Inject(SupportService) private readonly sla: SlaAttainment,
    @Inject(AlertsRepository) private readonly violations: Violations,
  ) {}

  async conditions(
    rule: AlertRule,
    accounts: RuleAccounts,
    since: Date,
    now: Date,
    memo: EvaluationMemo = new Map(),
  ): Promise<AlertCondition[]> {
    // A scope whose accounts are all gone selects nothing (an empty analytics filter would mean "all").
    if (accounts.externalIds !== null && !accounts.externalIds.length) return [];
    if (ACCOUNT_STATE_KINDS.includes(rule.kind)) return this.accountStates(rule, accounts, since);
    const timeZone = await this.timeZones.timeZone(rule.tenantId);
    if (rule.kind === 'COMPLIANCE_VIOLATION') return this.complianceViolations(rule, accounts, since, now, timeZone);
    const filterAccounts = relationalFilter(accounts);
    if (filterAccounts !== null && !filterAccounts.length) return [];
    const range = { since: localDate(since, timeZone), today: localDate(now, timeZone), timeZone, filterAccounts };
    switch (rule.kind) {
      case 'COMPLAINT_SPIKE':
        return this.complaintSpikes(rule, range);
      case 'SLA_BELOW_TARGET':
        return this.slaBelowTarget(rule, range, memo);
      case 'NPS_DROP':
        return this.npsDrops(rule, range);
      default:
        throw new Error(`unknown alert kind ${String(rule.kind)}`);
    }
  }

  private async accountStates(rule: AlertRule, accounts: RuleAccounts, since: Date): Promise<AlertCondition[]> {
    const [before, events] = await Promise.all([
      this.states.statesBefore(rule.tenantId, accounts.externalIds, since),
      this.states.stateEvents(rule.tenantId, accounts.externalIds, since),
    ]);
    return accountStateConditions(
      new Set([rule.kind]),
      before,
      events,
      (account) => {
        const id = accounts.relationalIds.get(account);
        return id ? `/quality?${new URLSearchParams({ account: id }).toString()}` : '/quality';
      },
      (account) => accounts.labels.get(account) ?? account,
    );
  }

  private async complianceViolations(
    rule: AlertRule,
    accounts: RuleAccounts,
    since: Date,
    now: Date,
    timeZone: string,
  ): Promise<AlertCondition[]> {
    // Re-detecting history (a first run, a rules change) finds old violations: those belong in the list, not the bell.
    const occurredSince = new Date(now.getTime() - VIOLATION_ALERT_WINDOW_MS);
    const found = await this.violations.severeViolationsSince(
      rule.tenantId,
      accounts.externalIds,
      since,
      occurredSince,
    );
    return complianceViolationConditions(
      found,
      timeZone,
      (account) => accounts.labels.get(account) ?? account,
      (account) => accounts.relationalIds.get(account) ?? null,
    );
  }

  private async complaintSpikes(rule: AlertRule, range: DayRange): Promise<AlertCondition[]> {
    const { complaintSpikeThreshold } = await this.monitoring.forTenant(rule.tenantId);
    const trends = await this.complaints.complaintTrends(
      rule.tenantId,
      filter(range.since, range.today, range.filterAccounts),
      complaintSpikeThreshold,
    );
    return trends.days
      .filter((day) => day.spike)
      .map((day) => ({
        kind: 'COMPLAINT_SPIKE',
        key: day.date,
        severity: 'WARNING',
        title: `Complaint spike on ${day.date}`,
        detail:
          `${day.complaints} complaints per ${day.delivered} delivered business-initiated messages ` +
          `(${round2(day.rate)} per 1,000) on ${day.date}, above the limit of ${round2(day.limit)} per 1,000 ` +
          `(${complaintSpikeThreshold === null ? 'trailing 28-day mean + 3σ' : 'tenant threshold'}).`,
        accountId: null,
        conditionAt: startOfLocalDate(day.date, range.timeZone),
        // Opens that day's complaints on the page.
        link: pageLink('/complaints', day.date, day.date, range.filterAccounts, { events: `date:${day.date}` }),
      }));
  }

  private async slaBelowTarget(rule: AlertRule, range: DayRange, memo: EvaluationMemo): Promise<AlertCondition[]> {
    const threshold = rule.threshold ?? 0;
    const conditions: AlertCondition[] = [];
    // Completed days only: today's attainment still changes.
    for (let day = range.since; day < range.today; day = addDays(day, 1)) {
      // Several SLA rules (thresholds) of a tenant read each day's attainment once per pass.
      const groups = await remembered(memo, JSON.stringify(['sla', rule.tenantId, day, range.filterAccounts]), () =>
        this.sla.slaAttainment(rule.tenantId, filter(day, day, range.filterAccounts), 'TEAM'),
      );
      for (const group of groups) {
        // The group of conversations no team handled is still watched: a tenant without teams has only that one.
        const label = group.key === '' ? 'Conversations without a team' : group.label;
        for (const figure of group.sla) {
          if (figure.attainment === null || figure.attainment * 100 >= threshold) continue;
          conditions.push({
            kind: 'SLA_BELOW_TARGET',
            key: `${day}|${group.key}|${figure.kind}`,
            severity: 'WARNING',
            title: `${label}: ${figure.kind} SLA at ${percent(figure.attainment)}% on ${day}`,
            detail:
              `${label} met the ${figure.kind} target in ${percent(figure.attainment)}% of cases on ${day}, ` +
              `below the rule's ${threshold}%.`,
            accountId: null,
            conditionAt: startOfLocalDate(addDays(day, 1), range.timeZone),
            // Opens the conversations that missed this target, for this team when there is one.
            link: pageLink('/support', day, day, range.filterAccounts, {
              breach: BREACH_PARAM[figure.kind],
              ...(group.key ? { breachBy: 'team', breachKey: group.key } : {}),
            }),
          });
        }
      }
    }
    return conditions;
  }

  private async npsDrops(rule: AlertRule, range: DayRange): Promise<AlertCondition[]> {
    const threshold = rule.threshold ?? 0;
    // Completed weeks only, each compared with the week before it.
    const lastWeek = addDays(mondayOf(range.today), -7);
    const firstWeek = addDays(mondayOf(range.since) < lastWeek ? mondayOf(range.since) : lastWeek, -7);
    const { groups } = await this.satisfaction.satisfaction(
      rule.tenantId,
      filter(firstWeek, addDays(lastWeek, 6), range.filterAccounts),
      SatisfactionGroupBy.WEEK,
    );
    const scores = new Map(groups.map((g) => [g.key, g.nps.score]));
    const conditions: AlertCondition[] = [];
    for (let week = addDays(firstWeek, 7); week <= lastWeek; week = addDays(week, 7)) {
      const before = scores.get(addDays(week, -7)) ?? null;
      const score = scores.get(week) ?? null;
      if (before === null || score === null || before - score < threshold) continue;
      conditions.push({
        kind: 'NPS_DROP',
        key: week,
        severity: 'WARNING',
        title: `NPS fell ${round2(before - score)} points in the week of ${week}`,
        detail: `NPS was ${round2(score)} in the week of ${week}, down from ${round2(before)} the week before (rule: a drop of ${threshold} points or more).`,
        accountId: null,
        conditionAt: startOfLocalDate(addDays(week, 7), range.timeZone),
        link: pageLink('/support', week, addDays(week, 6), range.filterAccounts),
      });
    }
    return conditions;
  }
}

interface DayRange {
  since: string;
  today: string;
  timeZone: string;
  /** BusinessAccount ids; null = every account. */
  filterAccounts: string[] | null;
}

function relationalFilter(accounts: RuleAccounts): string[] | null {
  if (accounts.externalIds === null) return null;
  return accounts.externalIds.flatMap((id) => accounts.relationalIds.get(id) ?? []);
}

function filter(from: string, to: string, accountIds: string[] | null): AnalyticsFilterInput {
  return { from, to, ...(accountIds === null ? {} : { accountIds }) };
}

/** The Support page's URL value for the list of conversations that missed a target. */
const BREACH_PARAM: Record<string, string> = {
  FIRST_RESPONSE: 'first-response',
  NEXT_REPLY: 'next-reply',
  RESOLUTION: 'resolution',
};

function pageLink(
  path: string,
  from: string,
  to: string,
  accountIds: string[] | null,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ from, to });
  if (accountIds?.length === 1) params.set('account', accountIds[0]);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return `${path}?${params.toString()}`;
}

function round2(value: number | null): string {
  return value === null ? '—' : String(Math.round(value * 100) / 100);
}
