import type { CaseState } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

/** Audit actions of a case are `compliance_violation.<verb>`. */
const LABELS: Record<string, MessageKey> = {
  acknowledge: 'compliance.history.acknowledge',
  resolve: 'compliance.history.resolve',
  mark_false_positive: 'compliance.history.mark_false_positive',
  reopen: 'compliance.history.reopen',
  assign: 'compliance.history.assign',
  unassign: 'compliance.history.unassign',
  comment: 'compliance.history.comment',
};

/** The label of an audit entry of a case; null for actions this page does not name (shown as recorded). */
export function historyActionLabel(action: string): MessageKey | null {
  return LABELS[action.slice(action.lastIndexOf('.') + 1)] ?? null;
}

const STATES: readonly CaseState[] = ['OPEN', 'ACKNOWLEDGED', 'RESOLVED', 'FALSE_POSITIVE'];

/** The case state an audit entry's before/after records ({caseState}), as the API's CaseState; null when absent. */
export function recordedState(snapshot: unknown): CaseState | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const value = (snapshot as Record<string, unknown>).caseState;
  if (typeof value !== 'string') return null;
  return STATES.find((state) => state === value.toUpperCase()) ?? null;
}
