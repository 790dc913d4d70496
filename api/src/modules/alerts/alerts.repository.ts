import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, IsNull, LessThan, LessThanOrEqual, Or, Repository } from 'typeorm';
import { constraintViolation } from '../../database/constraint-violation';
import { BusinessAccount } from '../business-accounts/business-account.entity';
import { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { AlertDelivery } from './alert-delivery.entity';
import { AlertFiring } from './alert-firing.entity';
import { AlertRead } from './alert-read.entity';
import { AlertRule } from './alert-rule.entity';
import { AlertSettings } from './alert-settings.entity';
import type { SevereViolation } from './compliance-violation-conditions';

export interface FiringListQuery {
  tenantId: string;
  reader: string;
  unreadOnly: boolean;
  limit: number;
  /** Continue after this firing (newest first: strictly older, or same time and smaller id). */
  after?: { firedAt: Date; id: string };
}

/** A delivery with fields a worker changes after an attempt. */
export type DeliveryOutcome = Pick<
  AlertDelivery,
  'status' | 'attempts' | 'lastError' | 'nextAttemptAt' | 'deliveredAt' | 'claimedUntil'
>;

// Bound parameters per statement stay far below SQLite's limit.
const CHUNK = 200;

/** Alert rules, firings, deliveries, read marks and webhook settings in the relational store. */
@Injectable()
export class AlertsRepository {
  constructor(
    @InjectRepository(AlertRule) private readonly rules: Repository<AlertRule>,
    @InjectRepository(AlertFiring) private readonly firings: Repository<AlertFiring>,
    @InjectRepository(AlertDelivery) private readonly deliveries: Repository<AlertDelivery>,
    @InjectRepository(AlertRead) private readonly reads: Repository<AlertRead>,
    @InjectRepository(AlertSettings) private readonly settings: Repository<AlertSettings>,
    @InjectRepository(BusinessAccount) private readonly accounts: Repository<BusinessAccount>,
  ) {}

  /** Runs `work` in one transaction; pass the manager to the reads and writes (and the audit entry) inside it. */
  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.rules.manager.transaction(work);
  }

  listRules(tenantId: string): Promise<AlertRule[]> {
    return this.rules.find({ where: { tenantId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  findRule(tenantId: string, id: string, manager: EntityManager = this.rules.manager): Promise<AlertRule | null> {
    return manager.getRepository(AlertRule).findOneBy({ tenantId, id });
  }

  async saveRule(rule: AlertRule, manager: EntityManager): Promise<void> {
    await manager.getRepository(AlertRule).save(rule, { reload: false });
  }

  async deleteRule(tenantId: string, id: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(AlertRule).delete({ tenantId, id });
  }

  /** Enabled rules of one tenant, or of every tenant (null). */
  enabledRules(tenantId: string | null): Promise<AlertRule[]> {
    return this.rules.find({
      where: { enabled: true, ...(tenantId === null ? {} : { tenantId }) },
      order: { tenantId: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * High and critical violations detected since `since` that occurred since `occurredSince` (and are not
   * retracted), oldest occurrence first.
   */
  async severeViolationsSince(
    tenantId: string,
    accountIds: string[] | null,
    since: Date,
    occurredSince: Date,
  ): Promise<SevereViolation[]> {
    const query = this.rules.manager
      .getRepository(ComplianceViolation)
      .createQueryBuilder('v')
      .select(['v.kind', 'v.severity', 'v.accountId', 'v.campaignId', 'v.templateName', 'v.occurredAt'])
      .where('v.tenant_id = :tenantId', { tenantId })
      .andWhere('v.detected_at >= :since', { since })
      .andWhere('v.occurred_at >= :occurredSince', { occurredSince })
      .andWhere('v.severity IN (:...severities)', { severities: ['high', 'critical'] })
      .andWhere('v.retracted_at IS NULL');
    if (accountIds !== null) {
      if (!accountIds.length) return [];
      query.andWhere('v.account_id IN (:...accountIds)', { accountIds });
    }
    return query.orderBy('v.occurred_at', 'ASC').addOrderBy('v.id', 'ASC').getMany();
  }

  async markEvaluated(ruleId: string, at: Date): Promise<void> {
    await this.rules.update({ id: ruleId }, { lastEvaluatedAt: at });
  }

  /** Which of these condition keys already fired for the rule. */
  async firedKeys(ruleId: string, keys: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (let i = 0; i < keys.length; i += CHUNK) {
      const rows = await this.firings.find({
        select: { dedupKey: true },
        where: { ruleId, dedupKey: In(keys.slice(i, i + CHUNK)) },
      });
      for (const row of rows) found.add(row.dedupKey);
    }
    return found;
  }

  /**
   * Stores a firing with its deliveries in one transaction (the outbox). False when the (rule, key) pair is
   * already stored — another evaluator (replica) got there first — and nothing is written.
   */
  async insertFiring(firing: AlertFiring, deliveries: AlertDelivery[]): Promise<boolean> {
    try {
      await this.transaction(async (manager) => {
        await manager.getRepository(AlertFiring).insert(firing);
        if (deliveries.length) await manager.getRepository(AlertDelivery).insert(deliveries);
      });
      return true;
    } catch (error) {
      if (constraintViolation(error) === 'unique') return false;
      throw error;
    }
  }

  async listFirings(query: FiringListQuery): Promise<{ rows: AlertFiring[]; totalCount: number }> {
    const base = this.firings.createQueryBuilder('f').where('f.tenantId = :tenantId', { tenantId: query.tenantId });
    if (query.unreadOnly) {
      base.andWhere(`NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.firing_id = f.id AND r.reader = :reader)`, {
        reader: query.reader,
      });
    }
    const totalCount = await base.clone().getCount();
    const page = base.clone();
    if (query.after) {
      const { firedAt, id } = query.after;
      page.andWhere(
        new Brackets((w) =>
          w.where('f.firedAt < :firedAt', { firedAt }).orWhere('f.firedAt = :firedAt AND f.id < :id', { firedAt, id }),
        ),
      );
    }
    const rows = await page.orderBy('f.firedAt', 'DESC').addOrderBy('f.id', 'DESC').limit(query.limit).getMany();
    return { rows, totalCount };
  }

  async deliveriesOf(firingIds: string[]): Promise<AlertDelivery[]> {
    const rows: AlertDelivery[] = [];
    for (let i = 0; i < firingIds.length; i += CHUNK) {
      rows.push(
        ...(await this.deliveries.find({
          where: { firingId: In(firingIds.slice(i, i + CHUNK)) },
          order: { channel: 'DESC', id: 'ASC' },
        })),
      );
    }
    return rows;
  }

  /** Which of these firings the reader has seen. */
  async readFiringIds(reader: string, firingIds: string[]): Promise<Set<string>> {
    const seen = new Set<string>();
    for (let i = 0; i < firingIds.length; i += CHUNK) {
      const rows = await this.reads.find({
        select: { firingId: true },
        where: { reader, firingId: In(firingIds.slice(i, i + CHUNK)) },
      });
      for (const row of rows) seen.add(row.firingId);
    }
    return seen;
  }

  unreadCount(tenantId: string, reader: string): Promise<number> {
    return this.firings
      .createQueryBuilder('f')
      .where('f.tenantId = :tenantId', { tenantId })
      .andWhere(`NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.firing_id = f.id AND r.reader = :reader)`, {
        reader,
      })
      .getCount();
  }

  /** Marks the tenant's unread firings among `ids` (null = all) read; returns how many were unread. */
  async markRead(tenantId: string, reader: string, ids: string[] | null, at: Date): Promise<number> {
    return this.transaction(async (manager) => {
      const query = manager
        .getRepository(AlertFiring)
        .createQueryBuilder('f')
        .select('f.id', 'id')
        .where('f.tenantId = :tenantId', { tenantId })
        .andWhere(`NOT EXISTS (SELECT 1 FROM alert_reads r WHERE r.firing_id = f.id AND r.reader = :reader)`, {
          reader,
        });
      const unread: string[] = [];
      if (ids === null) {
        unread.push(...(await query.getRawMany<{ id: string }>()).map((row) => row.id));
      } else {
        for (let i = 0; i < ids.length; i += CHUNK) {
          const chunk = ids.slice(i, i + CHUNK);
          const rows = await query.clone().andWhere('f.id IN (:...chunk)', { chunk }).getRawMany<{ id: string }>();
          unread.push(...rows.map((row) => row.id));
        }
      }
      for (let i = 0; i < unread.length; i += CHUNK) {
        // A concurrent request of the same reader may have marked some already: those rows are kept as they are.
        await manager
          .createQueryBuilder()
          .insert()
          .into(AlertRead)
          .values(unread.slice(i, i + CHUNK).map((firingId) => ({ firingId, reader, tenantId, readAt: at })))
          .orIgnore()
          .execute();
      }
      return unread.length;
    });
  }

  findSettings(tenantId: string, manager: EntityManager = this.settings.manager): Promise<AlertSettings | null> {
    return manager.getRepository(AlertSettings).findOneBy({ tenantId });
  }

  async saveSettings(settings: AlertSettings, manager: EntityManager): Promise<void> {
    await manager.getRepository(AlertSettings).save(settings, { reload: false });
  }

  /** Deliveries waiting for an attempt at `now`, oldest due first, not held by another worker. */
  dueDeliveries(now: Date, limit: number): Promise<AlertDelivery[]> {
    return this.deliveries.find({
      where: {
        status: 'PENDING',
        nextAttemptAt: LessThanOrEqual(now),
        claimedUntil: Or(IsNull(), LessThan(now)),
      },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
      take: limit,
    });
  }

  /**
   * Takes a due delivery for one attempt until `until`; false when another worker (replica) took it first. The
   * conditional update is the lock: only one worker's update matches the row.
   */
  async claim(id: string, now: Date, until: Date): Promise<boolean> {
    const result = await this.deliveries
      .createQueryBuilder()
      .update(AlertDelivery)
      .set({ claimedUntil: until })
      .where('id = :id', { id })
      .andWhere("status = 'PENDING'")
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now })
      .execute();
    return result.affected === 1;
  }

  async recordAttempt(id: string, outcome: DeliveryOutcome): Promise<void> {
    await this.deliveries.update({ id }, outcome);
  }

  findFiring(id: string): Promise<AlertFiring | null> {
    return this.firings.findOneBy({ id });
  }

  /** The tenant's registered accounts among these external ids (any channel); null = all of them. */
  accountsByExternalIds(tenantId: string, externalIds: string[] | null): Promise<BusinessAccount[]> {
    if (externalIds === null) return this.accounts.findBy({ tenantId });
    if (!externalIds.length) return Promise.resolve([]);
    return this.accounts.findBy({ tenantId, externalId: In(externalIds) });
  }
}
