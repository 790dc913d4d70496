import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { NO_CONTENT_RULE_OVERRIDES, parseContentRuleOverrides } from '@checkmark/schemas/compliance';
import { z } from 'zod';
import type { Principal } from '../../common/auth/principal';
import { Clock } from '../../common/clock/clock';
import { AppError } from '../../common/errors/app-error';
import { BadUserInputError } from '../../common/errors/bad-user-input.error';
import { NotFoundError } from '../../common/errors/not-found.error';
import { parseInput } from '../../common/errors/parse-input';
import { AuditService, type AuditChange } from '../audit/audit.service';
import type { ComplianceViolation } from '../compliance/compliance-violation.entity';
import { ComplianceSettingsService } from '../compliance/settings/compliance-settings.service';
import { ViolationsService } from '../compliance/violations.service';
import { exceptionOf, withExceptions, type ContentException } from './case-exceptions';
import { CASE_ACTIONS, COMMENT_REQUIRED, planCaseChange, type CaseAction, type CaseFields } from './case-transitions';
import type { ComplianceCaseComment } from './compliance-case-comment.entity';
import { CASE_OWNER_ROLES, ComplianceCasesRepository } from './compliance-cases.repository';
import type {
  CaseCommentModel,
  CaseSkipModel,
  CaseUserModel,
  ComplianceCaseModel,
  ComplianceCaseUpdateModel,
} from './dtos/compliance-case.model';
import type { UpdateComplianceCasesInput } from './dtos/update-compliance-cases.input';

/** Most cases one call may change (by ids or by filter). */
export const MAX_CASES_PER_CALL = 5_000;
export const MAX_COMMENT_LENGTH = 4_000;
/** Audit entity type of case changes; the entity id is the violation id. */
export const CASE_ENTITY = 'compliance_violation';

type Store = Pick<
  ComplianceCasesRepository,
  | 'transaction'
  | 'findViolations'
  | 'setState'
  | 'setAssignee'
  | 'insertComments'
  | 'caseComments'
  | 'caseOwners'
  | 'findUser'
>;
type Violations = Pick<ViolationsService, 'matchingIds' | 'get'>;
type Settings = Pick<ComplianceSettingsService, 'get' | 'update'>;
type Audit = Pick<AuditService, 'record' | 'recordMany' | 'history'>;

const comment = z
  .string()
  .trim()
  .max(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`)
  .transform((value) => (value === '' ? null : value));

const commentBody = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(MAX_COMMENT_LENGTH, `at most ${MAX_COMMENT_LENGTH} characters`);

const updateSchema = z
  .object({
    violationIds: z.array(z.string().min(1)).nullish(),
    filter: z.record(z.string(), z.unknown()).nullish(),
    action: z.enum(CASE_ACTIONS),
    assigneeUserId: z.string().min(1).nullish(),
    comment: comment.nullish(),
    addException: z.boolean().nullish(),
  })
  .superRefine((input, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if ((input.violationIds == null) === (input.filter == null)) {
      issue('violationIds', 'give exactly one of violationIds and filter');
    }
    if (input.action === 'ASSIGN' && !input.assigneeUserId) issue('assigneeUserId', 'required for ASSIGN');
    if (input.action !== 'ASSIGN' && input.assigneeUserId) issue('assigneeUserId', 'only for ASSIGN');
    if (COMMENT_REQUIRED.has(input.action) && !input.comment) issue('comment', `required for ${input.action}`);
    if (input.addException && input.action !== 'MARK_FALSE_POSITIVE') {
      issue('addException', 'only for MARK_FALSE_POSITIVE');
    }
  });

/**
 * The compliance case workflow (a case is the violation row): transitions and assignment one by one or in bulk,
 * comments, the case with its history, and false positives fed back as content-rule exceptions. Every change is
 * an audit entry written in the same transaction as the change.
 */
@Injectable()
export class ComplianceCasesService {
  constructor(
    @Inject(ComplianceCasesRepository) private readonly store: Store,
    @Inject(ViolationsService) private readonly violations: Violations,
    @Inject(ComplianceSettingsService) private readonly settings: Settings,
    @Inject(AuditService) private readonly audit: Audit,
    @Inject(Clock) private readonly clock: Pick<Clock, 'now'>,
  ) {}

  /**
   * Applies one action to every listed (or matching) case that allows it; the others are skipped with a reason.
   * With addException the new exceptions are saved first (one audited settings revision that re-detects), so a
   * retry after a failed case write adds nothing twice; the cases, their comments and audit entries are then
   * written in one transaction.
   */
  async update(principal: Principal, raw: UpdateComplianceCasesInput): Promise<ComplianceCaseUpdateModel> {
    const input = parseInput(updateSchema, raw, 'input');
    if (input.action === 'ASSIGN') await this.checkAssignee(principal.tenantId, input.assigneeUserId!);
    const ids = await this.targetIds(principal, raw, input.violationIds ?? null);
    const assignee = input.assigneeUserId ?? null;

    let exceptionsAdded: ContentException[] = [];
    let exceptions = new Map<string, ContentException>();
    if (input.addException) {
      const planned = this.plan(await this.store.findViolations(principal.tenantId, ids), ids, input.action, assignee);
      exceptions = new Map(
        planned.changes.flatMap(({ row }) => {
          const exception = exceptionOf(row.kind, row.evidence);
          return exception ? [[row.id, exception] as const] : [];
        }),
      );
      exceptionsAdded = await this.addExceptions(principal, [...exceptions.values()]);
    }

    return this.store.transaction(async (manager) => {
      const rows = await this.store.findViolations(principal.tenantId, ids, manager, { forUpdate: true });
      const { changes, skipped } = this.plan(rows, ids, input.action, assignee);
      const now = this.clock.now();
      const changedIds = changes.map(({ row }) => row.id);
      if (input.action === 'ASSIGN' || input.action === 'UNASSIGN') {
        await this.store.setAssignee(manager, principal.tenantId, changedIds, assignee, now);
      } else if (changes.length) {
        await this.store.setState(manager, principal.tenantId, changedIds, changes[0].after.caseState, now);
      }
      const comments = input.comment
        ? changes.map(({ row }) => this.newComment(principal, row.id, input.comment!, now))
        : [];
      await this.store.insertComments(manager, comments);
      const commentOf = new Map(comments.map((c) => [c.violationId, c.id]));
      await this.audit.recordMany(
        principal,
        changes.map(({ row, after }) => {
          const exception = exceptions.get(row.id);
          return caseChange(input.action.toLowerCase(), row, {
            ...after,
            ...(commentOf.has(row.id) ? { commentId: commentOf.get(row.id) } : {}),
            ...(exception ? { exception } : {}),
          });
        }),
        manager,
      );
      return { updated: changes.length, skipped, exceptionsAdded: exceptionsAdded.map((e) => e.term) };
    });
  }

  /** Adds a comment to a case of the tenant (NOT_FOUND otherwise), audited. */
  async addComment(principal: Principal, violationId: string, rawBody: string): Promise<CaseCommentModel> {
    const body = parseInput(commentBody, rawBody, 'body');
    return this.store.transaction(async (manager) => {
      const [row] = await this.store.findViolations(principal.tenantId, [violationId], manager);
      if (!row) throw new NotFoundError('violation');
      const now = this.clock.now();
      const stored = this.newComment(principal, row.id, body, now);
      await this.store.insertComments(manager, [stored]);
      await this.audit.record(
        principal,
        caseChange('comment', row, { ...caseFields(row), commentId: stored.id }),
        manager,
      );
      return commentModel(stored);
    });
  }

  /** The violation (evidence text per role), its assignee, comments and audit history, oldest first. */
  async get(principal: Principal, violationId: string): Promise<ComplianceCaseModel> {
    const violation = await this.violations.get(principal, violationId);
    const [assignee, comments, history] = await Promise.all([
      violation.assigneeUserId ? this.store.findUser(principal.tenantId, violation.assigneeUserId) : null,
      this.store.caseComments(principal.tenantId, violationId),
      this.audit.history(principal, CASE_ENTITY, violationId),
    ]);
    return {
      violation,
      assignee: assignee ? userModel(assignee) : null,
      comments: comments.map(commentModel),
      history,
    };
  }

  /** Users of the tenant who may own cases (active admin and compliance users). */
  async assignees(principal: Principal): Promise<CaseUserModel[]> {
    return (await this.store.caseOwners(principal.tenantId)).map(userModel);
  }

  private async checkAssignee(tenantId: string, userId: string): Promise<void> {
    const user = await this.store.findUser(tenantId, userId);
    if (!user || !user.active || !CASE_OWNER_ROLES.includes(user.role)) {
      throw new BadUserInputError([
        { path: 'input.assigneeUserId', message: 'must be an active admin or compliance user of the tenant' },
      ]);
    }
  }

  private async targetIds(
    principal: Principal,
    raw: UpdateComplianceCasesInput,
    violationIds: string[] | null,
  ): Promise<string[]> {
    const ids = violationIds ?? (await this.violations.matchingIds(principal, raw.filter!, MAX_CASES_PER_CALL + 1));
    const unique = [...new Set(ids)];
    if (unique.length > MAX_CASES_PER_CALL) {
      throw new AppError('TOO_MANY_ROWS', `one call changes at most ${MAX_CASES_PER_CALL} cases; narrow the filter`, {
        details: { limit: MAX_CASES_PER_CALL },
      });
    }
    return unique;
  }

  /** Per requested id, in request order: the change, or why it is skipped. */
  private plan(rows: ComplianceViolation[], ids: readonly string[], action: CaseAction, assignee: string | null) {
    const byId = new Map(rows.map((row) => [row.id, row]));
    const changes: Array<{ row: ComplianceViolation; after: CaseFields }> = [];
    const skipped: CaseSkipModel[] = [];
    for (const id of ids) {
      const row = byId.get(id);
      if (!row) {
        skipped.push({ violationId: id, code: 'NOT_FOUND', message: 'violation not found' });
        continue;
      }
      const plan = planCaseChange(caseFields(row), action, assignee);
      if (plan.ok) changes.push({ row, after: plan.after });
      else skipped.push({ violationId: id, code: plan.code, message: plan.message });
    }
    return { changes, skipped };
  }

  /** Saves the exceptions the tenant's rules lack as one settings revision; returns those that were new. */
  private async addExceptions(principal: Principal, wanted: ContentException[]): Promise<ContentException[]> {
    if (!wanted.length) return [];
    const current = await this.settings.get(principal);
    const overrides =
      current.contentRuleOverrides === null
        ? NO_CONTENT_RULE_OVERRIDES
        : parseContentRuleOverrides(current.contentRuleOverrides);
    const { overrides: next, added } = withExceptions(overrides, wanted);
    if (added.length) await this.settings.update(principal, { contentRuleOverrides: { categories: next.categories } });
    return added;
  }

  private newComment(principal: Principal, violationId: string, body: string, at: Date): ComplianceCaseComment {
    return {
      id: randomUUID(),
      tenantId: principal.tenantId,
      violationId,
      authorKind: principal.kind,
      authorId: (principal.kind === 'user' ? principal.userId : principal.apiKeyId) ?? null,
      authorLabel: principal.label,
      body,
      createdAt: at,
    };
  }
}

/** The audit entry of one case change: before/after are the case fields (plus what the change added). */
function caseChange(verb: string, row: ComplianceViolation, after: Record<string, unknown>): AuditChange {
  return {
    action: `${CASE_ENTITY}.${verb}`,
    entityType: CASE_ENTITY,
    entityId: row.id,
    before: caseFields(row),
    after,
  };
}

function caseFields(row: Pick<ComplianceViolation, 'caseState' | 'assigneeUserId'>): CaseFields {
  return { caseState: row.caseState, assigneeUserId: row.assigneeUserId };
}

function commentModel(comment: ComplianceCaseComment): CaseCommentModel {
  return { id: comment.id, author: comment.authorLabel, body: comment.body, createdAt: comment.createdAt };
}

function userModel(user: { id: string; name: string; email: string }): CaseUserModel {
  return { id: user.id, name: user.name, email: user.email };
}
