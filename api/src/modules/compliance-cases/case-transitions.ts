import type { CaseState } from '../compliance/compliance-violation.entity';

/** What an officer does to a case. State actions follow the transition table; the assignee ones work in any state. */
export const CASE_ACTIONS = ['ACKNOWLEDGE', 'RESOLVE', 'MARK_FALSE_POSITIVE', 'REOPEN', 'ASSIGN', 'UNASSIGN'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

/** Actions that need a comment (the reason). */
export const COMMENT_REQUIRED: ReadonlySet<CaseAction> = new Set<CaseAction>(['MARK_FALSE_POSITIVE', 'REOPEN']);

/**
 * open → acknowledged → resolved | false_positive; triage may mark a false positive straight from open; a closed
 * case (resolved or false positive) can be reopened. Nothing else.
 */
const TRANSITIONS: Readonly<
  Record<
    'ACKNOWLEDGE' | 'RESOLVE' | 'MARK_FALSE_POSITIVE' | 'REOPEN',
    {
      from: readonly CaseState[];
      to: CaseState;
    }
  >
> = {
  ACKNOWLEDGE: { from: ['open'], to: 'acknowledged' },
  RESOLVE: { from: ['acknowledged'], to: 'resolved' },
  MARK_FALSE_POSITIVE: { from: ['open', 'acknowledged'], to: 'false_positive' },
  REOPEN: { from: ['resolved', 'false_positive'], to: 'open' },
};

/** The case columns an action reads and writes (also the audit entry's before/after). */
export interface CaseFields {
  caseState: CaseState;
  assigneeUserId: string | null;
}

export type CasePlan =
  { ok: true; after: CaseFields } | { ok: false; code: 'INVALID_TRANSITION' | 'UNCHANGED'; message: string };

/** What `action` does to a case in `current`; `assigneeUserId` is the new assignee for ASSIGN. */
export function planCaseChange(current: CaseFields, action: CaseAction, assigneeUserId: string | null): CasePlan {
  if (action === 'ASSIGN' || action === 'UNASSIGN') {
    const next = action === 'ASSIGN' ? assigneeUserId : null;
    if (next === current.assigneeUserId) {
      return {
        ok: false,
        code: 'UNCHANGED',
        message: next === null ? 'the case has no assignee' : 'the case is already assigned to this user',
      };
    }
    return { ok: true, after: { caseState: current.caseState, assigneeUserId: next } };
  }
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(current.caseState)) {
    return {
      ok: false,
      code: 'INVALID_TRANSITION',
      message: `${action} is not allowed on a case in state ${current.caseState}`,
    };
  }
  return { ok: true, after: { caseState: transition.to, assigneeUserId: current.assigneeUserId } };
}
