import type { CaseState, Role, ViolationKind } from '@web/generated/graphql';

/** The state changes of a case, as the API names them (updateComplianceCases action). */
export type CaseTransition = 'ACKNOWLEDGE' | 'RESOLVE' | 'MARK_FALSE_POSITIVE' | 'REOPEN';

/**
 * open → acknowledged → resolved | false positive; triage may mark a false positive straight from open; a closed
 * case can be reopened. The API enforces the same table (INVALID_TRANSITION); the page offers only these buttons.
 */
const FROM: Record<CaseTransition, readonly CaseState[]> = {
  ACKNOWLEDGE: ['OPEN'],
  RESOLVE: ['ACKNOWLEDGED'],
  MARK_FALSE_POSITIVE: ['OPEN', 'ACKNOWLEDGED'],
  REOPEN: ['RESOLVED', 'FALSE_POSITIVE'],
};

export const CASE_TRANSITIONS: readonly CaseTransition[] = ['ACKNOWLEDGE', 'RESOLVE', 'MARK_FALSE_POSITIVE', 'REOPEN'];

/** Roles that may read violations at all (marketers and viewers get FORBIDDEN from the API). */
export const READ_ROLES: readonly Role[] = ['ADMIN', 'COMPLIANCE', 'MANAGER'];
/** Roles that may change cases; managers read only. */
export const WORK_ROLES: readonly Role[] = ['ADMIN', 'COMPLIANCE'];

export function canReadViolations(role: Role | null | undefined): boolean {
  return !!role && READ_ROLES.includes(role);
}

export function canWorkCases(role: Role | null | undefined): boolean {
  return !!role && WORK_ROLES.includes(role);
}

/** The transitions a user in `role` may apply to a case in `state`, in the order the buttons show. */
export function allowedTransitions(state: CaseState, role: Role | null | undefined): CaseTransition[] {
  if (!canWorkCases(role)) return [];
  return CASE_TRANSITIONS.filter((transition) => FROM[transition].includes(state));
}

/** Whether the transition needs a comment (the reason): a false positive and a reopening do. */
export function commentRequired(transition: CaseTransition): boolean {
  return transition === 'MARK_FALSE_POSITIVE' || transition === 'REOPEN';
}

/** Kinds whose false positive can become a content-rule exception of the tenant (the matched phrase). */
export const EXCEPTION_KINDS: readonly ViolationKind[] = ['PROHIBITED_CONTENT', 'TEMPLATE_MISUSE'];

export function canAddException(transition: CaseTransition, kinds: readonly ViolationKind[]): boolean {
  return (
    transition === 'MARK_FALSE_POSITIVE' && kinds.length > 0 && kinds.every((kind) => EXCEPTION_KINDS.includes(kind))
  );
}
