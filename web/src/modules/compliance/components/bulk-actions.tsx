import { useState } from 'react';
import { useMutation } from 'urql';
import type { CaseAction, ViolationFilter, ViolationKind } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import { canAddException, commentRequired } from '../case-actions';
import { UpdateComplianceCasesMutation } from '../graphql/cases.graphql';
import { CASE_TYPENAMES } from './case-section';
import { CaseError } from './case-error';

const ACTIONS: readonly CaseAction[] = [
  'ACKNOWLEDGE',
  'RESOLVE',
  'MARK_FALSE_POSITIVE',
  'REOPEN',
  'ASSIGN',
  'UNASSIGN',
];

/** The rows a bulk action applies to: the ticked ones, or every violation matching the filter. */
export type BulkTarget = { ids: string[]; kinds: ViolationKind[] } | { filter: ViolationFilter; total: number };

/**
 * One case action on the selection: acknowledge, resolve, false positive (with the reason; for content kinds the
 * matched phrase may become a tenant exception), reopen (with a comment), assign or unassign. Cases the action does
 * not apply to are skipped by the API with a reason, which is shown.
 */
export function BulkActions({
  target,
  users,
  onDone,
  hideHint,
}: {
  target: BulkTarget;
  /** Nothing to act on (an empty list): no hint, but the outcome of the last action stays. */
  hideHint: boolean;
  users: ReadonlyArray<{ id: string; name: string; email: string }>;
  onDone: () => void;
}) {
  const { t, fmt } = useI18n();
  const [action, setAction] = useState<CaseAction>('ACKNOWLEDGE');
  const [assignee, setAssignee] = useState('');
  const [comment, setComment] = useState('');
  const [addException, setAddException] = useState(false);
  const [missing, setMissing] = useState<'reason' | 'assignee' | null>(null);
  const [state, run] = useMutation(UpdateComplianceCasesMutation);
  const [outcome, setOutcome] = useState<{ updated: number; skipped: number; reasons: string[]; exceptions: number }>();
  const isTransition = action !== 'ASSIGN' && action !== 'UNASSIGN';
  const kinds = 'ids' in target ? target.kinds : (target.filter.kinds ?? []);
  const exceptionPossible = isTransition && canAddException(action, kinds);
  const count = 'ids' in target ? target.ids.length : target.total;

  const apply = async () => {
    const body = comment.trim();
    if (isTransition && commentRequired(action) && !body) return setMissing('reason');
    if (action === 'ASSIGN' && !assignee) return setMissing('assignee');
    setMissing(null);
    const response = await run(
      {
        input: {
          action,
          ...('ids' in target ? { violationIds: target.ids } : { filter: target.filter }),
          ...(action === 'ASSIGN' && { assigneeUserId: assignee }),
          ...(body && { comment: body }),
          ...(exceptionPossible && addException && { addException: true }),
        },
      },
      CASE_TYPENAMES,
    );
    const result = response.data?.updateComplianceCases;
    if (!result) return;
    setOutcome({
      updated: result.updated,
      skipped: result.skipped.length,
      reasons: [...new Set(result.skipped.map((s) => s.message))].slice(0, 3),
      exceptions: result.exceptionsAdded.length,
    });
    setComment('');
    setAddException(false);
    onDone();
  };

  if (count === 0 && !outcome)
    return hideHint ? null : <p className="bulk-actions muted">{t('compliance.bulk.hint')}</p>;
  return (
    <form
      className="bulk-actions"
      aria-label={t('compliance.bulk.label')}
      data-testid="bulk-actions"
      onSubmit={(e) => {
        e.preventDefault();
        void apply();
      }}
    >
      <p className="bulk-target">{t('compliance.bulk.target', { count, n: fmt.count(count) })}</p>
      <div className="field">
        <label htmlFor="bulk-action">{t('compliance.bulk.action')}</label>
        <select id="bulk-action" value={action} onChange={(e) => setAction(e.target.value as CaseAction)}>
          {ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t(`compliance.transition.${a}`)}
            </option>
          ))}
        </select>
      </div>
      {action === 'ASSIGN' && (
        <div className="field">
          <label htmlFor="bulk-assignee">{t('compliance.case.assignTo')}</label>
          <select id="bulk-assignee" value={assignee} onChange={(e) => setAssignee(e.target.value)}>
            <option value="">{t('compliance.bulk.pickUser')}</option>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.email})
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor="bulk-comment">
          {t(isTransition && commentRequired(action) ? 'compliance.bulk.reason' : 'compliance.case.comment')}
        </label>
        <textarea
          id="bulk-comment"
          rows={1}
          maxLength={4000}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      {exceptionPossible && (
        <label className="checkbox">
          <input type="checkbox" checked={addException} onChange={(e) => setAddException(e.target.checked)} />
          {t('compliance.case.addException')}
        </label>
      )}
      <button type="submit" className="button button-primary" disabled={state.fetching || count === 0}>
        {t('compliance.bulk.apply')}
      </button>
      <div role="status" aria-live="polite" className="bulk-status">
        {missing && (
          <p className="field-error">
            {t(missing === 'reason' ? 'compliance.case.reasonRequired' : 'compliance.bulk.assigneeRequired')}
          </p>
        )}
        <CaseError error={state.error} />
        {outcome && !state.error && (
          <p className="ok-text" data-testid="bulk-outcome">
            {t('compliance.bulk.outcome', { updated: outcome.updated, skipped: outcome.skipped })}
            {outcome.reasons.length > 0 && ` (${outcome.reasons.join('; ')})`}
            {outcome.exceptions > 0 && ` ${t('compliance.bulk.exceptions', { count: outcome.exceptions })}`}
          </p>
        )}
      </div>
    </form>
  );
}
