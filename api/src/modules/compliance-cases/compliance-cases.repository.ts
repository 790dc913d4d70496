import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, EntityManager, In, Repository } from 'typeorm';
import type { Role } from '../../common/auth/role';
import { ComplianceViolation, type CaseState } from '../compliance/compliance-violation.entity';
import { User } from '../users/user.entity';
import { ComplianceCaseComment } from './compliance-case-comment.entity';
import { ComplianceSavedView } from './compliance-saved-view.entity';

/** Ids per IN list and rows per INSERT: well under SQLite's bound-parameter limit. */
const ID_BATCH = 400;
const ROW_BATCH = 50;

/** Roles whose users may own cases. */
export const CASE_OWNER_ROLES: readonly Role[] = ['admin', 'compliance'];

/** The case columns of violations, their comments, the users who may own cases, and saved views. */
@Injectable()
export class ComplianceCasesRepository {
  constructor(
    @InjectRepository(ComplianceViolation) private readonly violations: Repository<ComplianceViolation>,
    @InjectRepository(ComplianceCaseComment) private readonly comments: Repository<ComplianceCaseComment>,
    @InjectRepository(ComplianceSavedView) private readonly views: Repository<ComplianceSavedView>,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.violations.manager.transaction(work);
  }

  /**
   * The tenant's violations among `ids` (other tenants' ids are simply absent). `forUpdate` (inside a transaction)
   * locks the rows on PostgreSQL until it ends, in id order so two bulk updates cannot deadlock, and a concurrent
   * change is planned from the state it left; SQLite runs one write transaction at a time anyway.
   */
  async findViolations(
    tenantId: string,
    ids: readonly string[],
    manager: EntityManager = this.violations.manager,
    { forUpdate = false }: { forUpdate?: boolean } = {},
  ): Promise<ComplianceViolation[]> {
    const repository = manager.getRepository(ComplianceViolation);
    const lock = forUpdate && manager.connection.options.type === 'postgres';
    const sorted = lock ? [...ids].sort() : ids;
    const rows: ComplianceViolation[] = [];
    for (let i = 0; i < sorted.length; i += ID_BATCH) {
      const where = { tenantId, id: In(sorted.slice(i, i + ID_BATCH)) };
      rows.push(
        ...(lock
          ? await repository.find({ where, order: { id: 'ASC' }, lock: { mode: 'pessimistic_write' } })
          : await repository.findBy(where)),
      );
    }
    return rows;
  }

  /** Sets the case state of the given violations (their assignee stays). */
  async setState(manager: EntityManager, tenantId: string, ids: readonly string[], state: CaseState, at: Date) {
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      await manager
        .getRepository(ComplianceViolation)
        .update({ tenantId, id: In(ids.slice(i, i + ID_BATCH)) }, { caseState: state, caseUpdatedAt: at });
    }
  }

  /** Sets (or clears) the assignee of the given violations (their state stays). */
  async setAssignee(
    manager: EntityManager,
    tenantId: string,
    ids: readonly string[],
    assigneeUserId: string | null,
    at: Date,
  ) {
    for (let i = 0; i < ids.length; i += ID_BATCH) {
      await manager
        .getRepository(ComplianceViolation)
        .update({ tenantId, id: In(ids.slice(i, i + ID_BATCH)) }, { assigneeUserId, caseUpdatedAt: at });
    }
  }

  async insertComments(manager: EntityManager, comments: readonly ComplianceCaseComment[]): Promise<void> {
    for (let i = 0; i < comments.length; i += ROW_BATCH) {
      await manager.getRepository(ComplianceCaseComment).insert(comments.slice(i, i + ROW_BATCH));
    }
  }

  /** A case's comments, oldest first. */
  caseComments(tenantId: string, violationId: string): Promise<ComplianceCaseComment[]> {
    return this.comments.find({
      where: { tenantId, violationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Active users of the tenant with a role that may own cases, by name. */
  caseOwners(tenantId: string): Promise<User[]> {
    return this.violations.manager.getRepository(User).find({
      where: { tenantId, active: true, role: In([...CASE_OWNER_ROLES]) },
      order: { name: 'ASC', id: 'ASC' },
    });
  }

  /** A user of the tenant whatever their role or status (a case keeps a deactivated assignee). */
  findUser(tenantId: string, id: string): Promise<User | null> {
    return this.violations.manager.getRepository(User).findOneBy({ tenantId, id });
  }

  /** The owner's views and the tenant's shared ones, by name. */
  visibleViews(tenantId: string, ownerId: string): Promise<ComplianceSavedView[]> {
    return this.views
      .createQueryBuilder('s')
      .where('s.tenant_id = :tenantId', { tenantId })
      .andWhere(
        new Brackets((b) =>
          b.where('s.owner_id = :ownerId', { ownerId }).orWhere('s.shared = :shared', { shared: true }),
        ),
      )
      .orderBy('s.name', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .getMany();
  }

  findView(tenantId: string, id: string): Promise<ComplianceSavedView | null> {
    return this.views.findOneBy({ tenantId, id });
  }

  async saveView(view: ComplianceSavedView): Promise<void> {
    await this.views.save(view, { reload: false });
  }

  async deleteView(tenantId: string, id: string): Promise<void> {
    await this.views.delete({ tenantId, id });
  }
}
