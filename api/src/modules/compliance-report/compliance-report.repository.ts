import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository, type SelectQueryBuilder } from 'typeorm';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { Campaign } from '../campaigns/campaign.entity';
import { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { Tenant } from '../tenants/tenant.entity';

/** The violations a report covers: one tenant, occurred in [from, to), optionally narrowed to accounts/campaigns. */
export interface ReportViolationScope {
  tenantId: string;
  from: Date;
  to: Date;
  /** The events' account ids; null = every account, [] = none. */
  accountIds: string[] | null;
  /** The events' campaign ids; null = every campaign (and none), [] = none. */
  campaignKeys: string[] | null;
}

export interface KindSeverityStateCount {
  kind: string;
  severity: string;
  caseState: string;
  count: number;
}

export interface RuleVersionCount {
  kind: string;
  ruleVersion: string;
  count: number;
}

/** Case states of a case still to be handled. */
export const UNRESOLVED_STATES = ['open', 'acknowledged'] as const;

/**
 * Relational reads of the compliance report: aggregates over the stored violations (never the retracted ones) and
 * the names a report prints (tenant, accounts, campaigns), within one tenant only.
 */
@Injectable()
export class ComplianceReportRepository {
  constructor(
    @InjectRepository(ComplianceViolation) private readonly violations: Repository<ComplianceViolation>,
    @InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>,
    @InjectRepository(Campaign) private readonly campaigns: Repository<Campaign>,
    @InjectRepository(Tenant) private readonly tenants: Repository<Tenant>,
  ) {}

  async countsByKindSeverityState(scope: ReportViolationScope): Promise<KindSeverityStateCount[]> {
    const rows = await this.scoped(scope)
      .select('v.kind', 'kind')
      .addSelect('v.severity', 'severity')
      .addSelect('v.case_state', 'case_state')
      .addSelect('COUNT(*)', 'n')
      .groupBy('v.kind')
      .addGroupBy('v.severity')
      .addGroupBy('v.case_state')
      .getRawMany<{ kind: string; severity: string; case_state: string; n: string | number }>();
    return rows.map((r) => ({ kind: r.kind, severity: r.severity, caseState: r.case_state, count: Number(r.n) }));
  }

  async ruleVersions(scope: ReportViolationScope): Promise<RuleVersionCount[]> {
    const rows = await this.scoped(scope)
      .select('v.kind', 'kind')
      .addSelect('v.rule_version', 'rule_version')
      .addSelect('COUNT(*)', 'n')
      .groupBy('v.kind')
      .addGroupBy('v.rule_version')
      .getRawMany<{ kind: string; rule_version: string; n: string | number }>();
    return rows.map((r) => ({ kind: r.kind, ruleVersion: r.rule_version, count: Number(r.n) }));
  }

  /** Occurrence time and kind of every violation (weekly buckets are made in the tenant's time zone). */
  async occurrences(scope: ReportViolationScope): Promise<Array<{ occurredAt: Date; kind: string }>> {
    const rows = await this.scoped(scope).select(['v.occurredAt', 'v.kind']).getMany();
    return rows.map(({ occurredAt, kind }) => ({ occurredAt, kind }));
  }

  /** Cases still to be handled (open or acknowledged), longest open first (detected first). */
  oldestUnresolved(scope: ReportViolationScope, limit: number): Promise<ComplianceViolation[]> {
    return this.scoped(scope)
      .andWhere('v.case_state IN (:...unresolved)', { unresolved: [...UNRESOLVED_STATES] })
      .orderBy('v.detected_at', 'ASC')
      .addOrderBy('v.occurred_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  /** PLATFORM_ENFORCEMENT violations (one per platform event), oldest first. */
  enforcementEvents(scope: ReportViolationScope, limit: number): Promise<ComplianceViolation[]> {
    return this.scoped(scope)
      .andWhere('v.kind = :kind', { kind: 'PLATFORM_ENFORCEMENT' })
      .orderBy('v.occurred_at', 'ASC')
      .addOrderBy('v.id', 'ASC')
      .limit(limit)
      .getMany();
  }

  async tenantName(tenantId: string): Promise<string> {
    const tenant = await this.tenants.findOneBy({ id: tenantId });
    return tenant?.name ?? '';
  }

  /** The tenant's registered accounts with these ids (other tenants' ids are not returned). */
  accountsByIds(tenantId: string, ids: string[]): Promise<BusinessAccount[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, id: In(ids) });
  }

  /** The tenant's registered accounts among these external ids (the ids events carry). */
  accountsByExternalIds(tenantId: string, externalIds: string[]): Promise<BusinessAccount[]> {
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, externalId: In(externalIds) });
  }

  /** The tenant's campaigns with these ids (other tenants' ids are not returned). */
  campaignsByIds(tenantId: string, ids: string[]): Promise<Campaign[]> {
    if (!ids.length) return Promise.resolve([]);
    return this.campaigns.findBy({ tenantId, id: In(ids) });
  }

  private scoped(scope: ReportViolationScope): SelectQueryBuilder<ComplianceViolation> {
    const builder = this.violations
      .createQueryBuilder('v')
      .where('v.tenant_id = :tenantId', { tenantId: scope.tenantId })
      .andWhere('v.occurred_at >= :from AND v.occurred_at < :to', { from: scope.from, to: scope.to })
      .andWhere('v.retracted_at IS NULL');
    const list = (column: string, name: string, values: string[] | null) => {
      if (values === null) return;
      if (values.length === 0) builder.andWhere('1 = 0');
      else builder.andWhere(`v.${column} IN (:...${name})`, { [name]: values });
    };
    list('account_id', 'accountIds', scope.accountIds);
    list('campaign_id', 'campaignKeys', scope.campaignKeys);
    return builder;
  }
}
