import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '@web/app/session-context';
import { DataState } from '@web/components/ui/data-state';
import type { ViolationKind } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';
import {
  allowedTransitions,
  canAddException,
  canWorkCases,
  commentRequired,
  type CaseTransition,
} from '../case-actions';
import { historyActionLabel, recordedState } from '../case-history';
import {
  AddComplianceCaseCommentMutation,
  ComplianceCaseQuery,
  UpdateComplianceCasesMutation,
} from '../graphql/cases.graphql';
import { CaseStateBadge } from './badges';
import { CaseError } from './case-error';

/** Lists and figures that show case states are refetched after a change. */
export const CASE_TYPENAMES = {
  additionalTypenames: ['Violation', 'ViolationPage', 'ViolationTrendPoint', 'ComplianceCase'],
};

/**
 * The case of one violation: its state and the transitions the role allows (a false positive and a reopening need
 * the reason), the assignee, comments with add, and the audit history. Managers see it all without the controls.
 */
export function CaseSection({
  violationId,
  kind,
  users,
}: {
  violationId: string;
  kind: ViolationKind;
  /** Who may own cases (complianceAssignees). */
  users: ReadonlyArray<{ id: string; name: string; email: string }>;
}) {
  const { t, fmt } = useI18n();
  const { viewer } = useSession();
  const mayWork = canWorkCases(viewer?.role);
  const [result, reexecute] = useQuery({ query: ComplianceCaseQuery, variables: { violationId } });
  const [update, runUpdate] = useMutation(UpdateComplianceCasesMutation);
  const [commenting, addComment] = useMutation(AddComplianceCaseCommentMutation);
  const [comment, setComment] = useState('');
  const [addException, setAddException] = useState(false);
  const [newComment, setNewComment] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [skipped, setSkipped] = useState<string | null>(null);
  const data = result.data?.complianceCase;
  const state = data?.violation.caseState;

  /** A transition (with the comment box as its comment) or an assignee change (without it). */
  const run = async (
    input: { action: CaseTransition } | { action: 'ASSIGN'; assigneeUserId: string } | { action: 'UNASSIGN' },
  ) => {
    setSkipped(null);
    const transition = input.action === 'ASSIGN' || input.action === 'UNASSIGN' ? null : input.action;
    const body = transition ? comment.trim() : '';
    if (transition && commentRequired(transition) && !body) {
      setMissingReason(true);
      return;
    }
    setMissingReason(false);
    const exception = transition === 'MARK_FALSE_POSITIVE' && addException && canAddException(transition, [kind]);
    const response = await runUpdate(
      {
        input: {
          violationIds: [violationId],
          ...input,
          ...(body && { comment: body }),
          ...(exception && { addException: true }),
        },
      },
      CASE_TYPENAMES,
    );
    const outcome = response.data?.updateComplianceCases;
    if (outcome?.skipped.length) setSkipped(outcome.skipped[0].message);
    else if (outcome && transition) {
      setComment('');
      setAddException(false);
    }
  };

  const submitComment = async () => {
    const body = newComment.trim();
    if (!body) return;
    const response = await addComment({ violationId, body }, CASE_TYPENAMES);
    if (response.data) setNewComment('');
  };

  const assigneeName = (id: string | null | undefined) =>
    !id ? t('compliance.case.nobody') : (users.find((u) => u.id === id)?.name ?? id);

  return (
    <section aria-labelledby={`${violationId}-case`} data-testid="case-section">
      <h3 id={`${violationId}-case`}>{t('compliance.case.title')}</h3>
      <DataState
        fetching={result.fetching}
        error={result.error}
        empty={!data}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {data && state && (
          <>
            <dl className="facts">
              <dt>{t('compliance.column.state')}</dt>
              <dd data-testid="case-state">
                <CaseStateBadge state={state} />
              </dd>
              <dt>{t('compliance.column.assignee')}</dt>
              <dd data-testid="case-assignee">
                {data.assignee ? `${data.assignee.name} (${data.assignee.email})` : t('compliance.case.nobody')}
              </dd>
            </dl>
            {mayWork ? (
              <div className="case-controls">
                <div className="field">
                  <label htmlFor={`${violationId}-comment`}>{t('compliance.case.comment')}</label>
                  <textarea
                    id={`${violationId}-comment`}
                    value={comment}
                    maxLength={4000}
                    rows={2}
                    onChange={(e) => setComment(e.target.value)}
                    aria-describedby={`${violationId}-comment-hint`}
                  />
                  <p className="field-hint" id={`${violationId}-comment-hint`}>
                    {t('compliance.case.commentHint')}
                  </p>
                  {missingReason && (
                    <p className="field-error" role="alert">
                      {t('compliance.case.reasonRequired')}
                    </p>
                  )}
                </div>
                {canAddException('MARK_FALSE_POSITIVE', [kind]) &&
                  allowedTransitions(state, viewer?.role).includes('MARK_FALSE_POSITIVE') && (
                    <label className="checkbox">
                      <input
                        type="checkbox"
                        checked={addException}
                        onChange={(e) => setAddException(e.target.checked)}
                      />
                      {t('compliance.case.addException')}
                    </label>
                  )}
                <div className="form-actions">
                  {allowedTransitions(state, viewer?.role).map((transition) => (
                    <button
                      key={transition}
                      type="button"
                      className={transition === 'MARK_FALSE_POSITIVE' ? 'button' : 'button button-primary'}
                      disabled={update.fetching}
                      onClick={() => void run({ action: transition })}
                    >
                      {t(`compliance.transition.${transition}`)}
                    </button>
                  ))}
                </div>
                <AssigneePicker
                  id={`${violationId}-assignee`}
                  current={data.violation.assigneeUserId ?? null}
                  users={users}
                  disabled={update.fetching}
                  onAssign={(userId) =>
                    void run(userId ? { action: 'ASSIGN', assigneeUserId: userId } : { action: 'UNASSIGN' })
                  }
                />
                <div role="status" aria-live="polite">
                  <CaseError error={update.error} />
                  {skipped && <p className="error-text">{t('compliance.case.skipped', { reason: skipped })}</p>}
                </div>
              </div>
            ) : (
              <p className="muted">{t('compliance.case.readOnly')}</p>
            )}
            <h4>{t('compliance.case.comments')}</h4>
            {data.comments.length === 0 ? (
              <p className="muted">{t('compliance.case.noComments')}</p>
            ) : (
              <ul className="case-comments" data-testid="case-comments">
                {data.comments.map((c) => (
                  <li key={c.id}>
                    <p className="timeline-note">
                      {c.author} · {fmt.dateTime(c.createdAt)}
                    </p>
                    <p className="case-comment-body">{c.body}</p>
                  </li>
                ))}
              </ul>
            )}
            {mayWork && (
              <form
                className="form-inline"
                onSubmit={(e) => {
                  e.preventDefault();
                  void submitComment();
                }}
              >
                <div className="field">
                  <label htmlFor={`${violationId}-new-comment`}>{t('compliance.case.newComment')}</label>
                  <textarea
                    id={`${violationId}-new-comment`}
                    value={newComment}
                    maxLength={4000}
                    rows={2}
                    onChange={(e) => setNewComment(e.target.value)}
                  />
                </div>
                <button type="submit" className="button" disabled={commenting.fetching || !newComment.trim()}>
                  {t('compliance.case.addComment')}
                </button>
                <div role="status" aria-live="polite">
                  <CaseError error={commenting.error} />
                </div>
              </form>
            )}
            <h4>{t('compliance.case.history')}</h4>
            {data.history.length === 0 ? (
              <p className="muted">{t('compliance.case.noHistory')}</p>
            ) : (
              <ol className="timeline" data-testid="case-history">
                {data.history.map((entry) => {
                  const label = historyActionLabel(entry.action);
                  const before = recordedState(entry.before);
                  const after = recordedState(entry.after);
                  return (
                    <li key={entry.id}>
                      {fmt.dateTime(entry.at)} · {entry.actorLabel} · {label ? t(label) : entry.action}
                      {before && after && before !== after && (
                        <p className="timeline-note">
                          {t('compliance.case.stateChange', {
                            from: t(`compliance.state.${before}`),
                            to: t(`compliance.state.${after}`),
                          })}
                        </p>
                      )}
                      {entry.action.endsWith('assign') && (
                        <p className="timeline-note">
                          {t('compliance.case.assigneeChange', {
                            to: assigneeName(
                              (entry.after as { assigneeUserId?: string | null } | null)?.assigneeUserId ?? null,
                            ),
                          })}
                        </p>
                      )}
                    </li>
                  );
                })}
              </ol>
            )}
          </>
        )}
      </DataState>
    </section>
  );
}

/** Picks the case owner among the tenant's admins and compliance officers, or nobody. */
export function AssigneePicker({
  id,
  current,
  users,
  disabled,
  onAssign,
}: {
  id: string;
  current: string | null;
  users: ReadonlyArray<{ id: string; name: string; email: string }>;
  disabled: boolean;
  onAssign: (userId: string | null) => void;
}) {
  const { t } = useI18n();
  const [choice, setChoice] = useState(current ?? '');
  return (
    <div className="form-inline">
      <div className="field">
        <label htmlFor={id}>{t('compliance.case.assignTo')}</label>
        <select id={id} value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">{t('compliance.case.nobody')}</option>
          {users.map((u) => (
            <option key={u.id} value={u.id}>
              {u.name} ({u.email})
            </option>
          ))}
        </select>
      </div>
      <button
        type="button"
        className="button"
        disabled={disabled || choice === (current ?? '')}
        onClick={() => onAssign(choice || null)}
      >
        {t('compliance.case.assign')}
      </button>
    </div>
  );
}
