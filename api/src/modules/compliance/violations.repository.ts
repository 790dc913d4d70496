import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, IsNull, Repository, type SelectQueryBuilder } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { Tenant } from '../tenants/tenant.entity';
import { ComplianceDetectionState } from './compliance-detection-state.entity';
import { ComplianceViolation, type CaseState } from './compliance-violation.entity';
import type { ViolationChanges, StoredViolation } from './detection/violation-changes';
import type { DetectionRange } from './detection/violation-detector';

/** Rows per INSERT / IN list: well under SQLite's bound-parameter limit. */
const BATCH = 40;
const KEY_BATCH = 400;

/** A violations list filter in store terms; null = not filtered, [] = filtered to nothing. */
export interface ViolationQuery {
  tenantId: string;
  /** [from, to) instants. */
  from: Date;
  to: Date;
  kinds: string[] | null;
  severities: string[] | null;
  channels: string[] | null;
  /** The events' account ids. */
  accountIds: string[] | null;
  /** The events' campaign ids. */
  campaignKeys: string[] | null;
  caseStates: CaseState[] | null;
  /** Assigned to one of these users, or (with `unassigned`) to nobody; both omitted = any assignee. */
  assigneeUserIds?: string[] | null;
  unassigned?: boolean;
  includeRetracted: boolean;
}

/** Newest first; the id makes the order total. */
export interface ViolationCursor {
  occurredAtMs: number;
  id: string;
}

/** Relational reads and writes of violations and of each tenant's detection progress. */
@Injectable()
export class ViolationsRepository {
  constructor(@InjectRepository(ComplianceViolation) private readonly violations: Repository<ComplianceViolation>) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.violations.manager.transaction(work);
  }

  /** Stored violations of the range and kinds, plus those with one of `keys` wherever they occurred. */
  async storedFor(
    manager: EntityManager,
    tenantId: string,
    range: DetectionRange,
    kinds: readonly string[],
    keys: readonly string[],
  ): Promise<StoredViolation[]> {
    const repository = manager.getRepository(ComplianceViolation);
    const rows = kinds.length
      ? await repository
          .createQueryBuilder('v')
          .where('v.tenant_id = :tenantId', { tenantId })
          .andWhere('v.kind IN (:...kinds)', { kinds })
          .andWhere('v.occurred_at >= :from AND v.occurred_at < :to', { from: range.from, to: range.to })
          .getMany()
      : [];
    const seen = new Set(rows.map((row) => row.key));
    const missing = keys.filter((key) => !seen.has(key));
    for (let i = 0; i < missing.length; i += KEY_BATCH) {
      rows.push(...(await repository.findBy({ tenantId, key: In(missing.slice(i, i + KEY_BATCH)) })));
    }
    return rows;
  }

  /** Applies a run's changes: inserts, refreshes (un-retracting), retractions; case columns are never written. */
  async apply(manager: EntityManager, tenantId: string, changes: ViolationChanges, now: Date): Promise<void> {
    const repository = manager.getRepository(ComplianceViolation);
    const rows: ComplianceViolation[] = changes.inserts.map((violation) => ({
      ...violation,
      id: randomUUID(),
      tenantId,
      detectedAt: now,
      retractedAt: null,
      caseState: 'open',
      assigneeUserId: null,
      caseUpdatedAt: null,
    }));
    for (let i = 0; i < rows.length; i += BATCH)
      await repository.insert(rows.slice(i, i + BATCH) as QueryDeepPartialEntity<ComplianceViolation>[]);
    for (const { id, violation } of changes.updates) {
      await repository.update(
        { id, tenantId },
        {
          severity: violation.severity,
          ruleVersion: violation.ruleVersion,
          occurredAt: violation.occurredAt,
          channel: violation.channel,
          accountId: violation.accountId,
          contactId: violation.contactId,
          messageId: violation.messageId,
          eventId: violation.eventId,
          campaignId: violation.campaignId,
          templateName: violation.templateName,
          // The column transformer turns the object into JSON text.
          evidence: violation.evidence as QueryDeepPartialEntity<Record<string, unknown>>,
          retractedAt: null,
        },
      );
    }
    for (let i = 0; i < changes.retractions.length; i += KEY_BATCH) {
      await repository.update(
        { tenantId, id: In(changes.retractions.slice(i, i + KEY_BATCH)), retractedAt: IsNull() },
        { retractedAt: now },
      );
    }
  }

  /** Every tenant's id: the scheduler detects for each. */
  async tenantIds(): Promise<string[]> {
    const tenants = await this.violations.manager.getRepository(Tenant).find({ select: { id: true } });
    return tenants.map((tenant) => tenant.id);
  }

  findState(tenantId: string): Promise<ComplianceDetectionState | null> {
    return this.violations.manager.getRepository(ComplianceDetectionState).findOneBy({ tenantId });
  }

  async saveState(state: ComplianceDetectionState): Promise<void> {
    await this.violations.manager.getRepository(ComplianceDetectionState).save(state, { reload: false });
  }

  /** Asks for a full re-run at the next detection of the tenant (inside the settings change's transaction). */
  async requestFullRun(manager: EntityManager, tenantId: string, at: Date): Promise<void> {
    const repository = manager.getRepository(ComplianceDetectionState);
    const state = (await repository.findOneBy({ tenantId })) ?? emptyState(tenantId);
    await repository.save({ ...state, fullRunRequestedAt: at }, { reload: false });
  }

  async list(query: ViolationQuery, after: ViolationCursor | null, limit: number): Promise<ComplianceViolation[]> {
    const builder = this.filtered(query);
    if (after) {
      builder.andWhere(
        new Brackets((b) =>
          b
            .where('v.occurred_at < :afterAt', { afterAt: new Date(after.occurredAtMs) })
            .orWhere('v.occurred_at = :afterAt AND v.id < :afterId', { afterId: after.id }),
        ),
      );
    }
    return builder.orderBy('v.occurred_at', 'DESC').addOrderBy('v.id', 'DESC').limit(limit).getMany();
  }

  count(query: ViolationQuery): Promise<number> {
    return this.filtered(query).getCount();
  }

  /** Occurrence time and kind of every matching violation (trend buckets are made in the tenant's time zone). */
  async occurrences(query: ViolationQuery): Promise<Array<{ occurredAt: Date; kind: string }>> {
    const rows = await this.filtered(query).select(['v.occurredAt', 'v.kind']).getMany();
    return rows.map(({ occurredAt, kind }) => ({ occurredAt, kind }));
  }

  /** Ids of the first `limit` matching violations, newest first (bulk case actions on "all matching"). */
  async ids(query: ViolationQuery, limit: number): Promise<string[]> {
    const rows = await this.filtered(query)
      .select(['v.id'])
      .orderBy('v.occurred_at', 'DESC')
      .addOrderBy('v.id', 'DESC')
      .limit(limit)
      .getMany();
    return rows.map((row) => row.id);
  }

  findById(tenantId: string, id: string): Promise<ComplianceViolation | null> {
    return this.violations.findOneBy({ tenantId, id });
  }

  /** Display names of the tenant's registered accounts among `externalIds` (name and number when both are known). */
  async accountNames(tenantId: string, externalIds: string[]): Promise<Map<string, string>> {
    if (!externalIds.length) return new Map();
    const accounts = await this.violations.manager
      .getRepository(BusinessAccount)
      .findBy({ tenantId, externalId: In(externalIds) });
    return new Map(
      accounts.map((a) => [
        a.externalId,
        a.displayName && a.displayPhoneNumber
          ? `${a.displayName} (${a.displayPhoneNumber})`
          : a.displayName || a.displayPhoneNumber || a.externalId,
      ]),
    );
  }

  private filtered(query: ViolationQuery): SelectQueryBuilder<ComplianceViolation> {
    const builder = this.violations
      .createQueryBuilder('v')
      .where('v.tenant_id = :tenantId', { tenantId: query.tenantId })
      .andWhere('v.occurred_at >= :from AND v.occurred_at < :to', { from: query.from, to: query.to });
    const list = (column: string, name: string, values: string[] | null) => {
      if (values === null) return;
      if (values.length === 0) builder.andWhere('1 = 0');
      else builder.andWhere(`v.${column} IN (:...${name})`, { [name]: values });
    };
    list('kind', 'kinds', query.kinds);
    list('severity', 'severities', query.severities);
    list('channel', 'channels', query.channels);
    list('account_id', 'accountIds', query.accountIds);
    list('campaign_id', 'campaignKeys', query.campaignKeys);
    list('case_state', 'caseStates', query.caseStates);
    const assignees = query.assigneeUserIds ?? null;
    if (assignees !== null || query.unassigned) {
      builder.andWhere(
        new Brackets((b) => {
          if (assignees?.length)
            b.orWhere('v.assignee_user_id IN (:...assigneeUserIds)', { assigneeUserIds: assignees });
          if (query.unassigned) b.orWhere('v.assignee_user_id IS NULL');
          if (!assignees?.length && !query.unassigned) b.where('1 = 0');
        }),
      );
    }
    if (!query.includeRetracted) builder.andWhere('v.retracted_at IS NULL');
    return builder;
  }
}

export function emptyState(tenantId: string): ComplianceDetectionState {
  return {
    tenantId,
    lastRunAt: null,
    lastIngestedAt: null,
    fullRunRequestedAt: null,
    lastError: null,
    lastErrorAt: null,
  };
}
