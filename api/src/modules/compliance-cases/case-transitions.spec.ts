import { CASE_STATES, type CaseState } from '../compliance/compliance-violation.entity';
import { planCaseChange, type CaseAction } from './case-transitions';

const ALLOWED: Array<[CaseAction, CaseState, CaseState]> = [
  ['ACKNOWLEDGE', 'open', 'acknowledged'],
  ['MARK_FALSE_POSITIVE', 'open', 'false_positive'],
  ['RESOLVE', 'acknowledged', 'resolved'],
  ['MARK_FALSE_POSITIVE', 'acknowledged', 'false_positive'],
  ['REOPEN', 'resolved', 'open'],
  ['REOPEN', 'false_positive', 'open'],
];

describe('planCaseChange', () => {
  it.each(ALLOWED)('%s moves %s to %s and keeps the assignee', (action, from, to) => {
    expect(planCaseChange({ caseState: from, assigneeUserId: 'u1' }, action, null)).toEqual({
      ok: true,
      after: { caseState: to, assigneeUserId: 'u1' },
    });
  });

  const refused = (['ACKNOWLEDGE', 'RESOLVE', 'MARK_FALSE_POSITIVE', 'REOPEN'] as const).flatMap((action) =>
    CASE_STATES.filter((state) => !ALLOWED.some(([a, from]) => a === action && from === state)).map(
      (state) => [action, state] as const,
    ),
  );

  it('refuses every other state change (10 pairs) with INVALID_TRANSITION', () => {
    expect(refused).toHaveLength(10);
    for (const [action, state] of refused) {
      expect(planCaseChange({ caseState: state, assigneeUserId: null }, action, null)).toMatchObject({
        ok: false,
        code: 'INVALID_TRANSITION',
      });
    }
  });

  it.each(CASE_STATES)('assigns and unassigns in state %s without changing the state', (state) => {
    expect(planCaseChange({ caseState: state, assigneeUserId: null }, 'ASSIGN', 'u2')).toEqual({
      ok: true,
      after: { caseState: state, assigneeUserId: 'u2' },
    });
    expect(planCaseChange({ caseState: state, assigneeUserId: 'u1' }, 'ASSIGN', 'u2')).toEqual({
      ok: true,
      after: { caseState: state, assigneeUserId: 'u2' },
    });
    expect(planCaseChange({ caseState: state, assigneeUserId: 'u2' }, 'UNASSIGN', null)).toEqual({
      ok: true,
      after: { caseState: state, assigneeUserId: null },
    });
  });

  it('reports no-op assignments as UNCHANGED', () => {
    expect(planCaseChange({ caseState: 'open', assigneeUserId: 'u1' }, 'ASSIGN', 'u1')).toMatchObject({
      ok: false,
      code: 'UNCHANGED',
    });
    expect(planCaseChange({ caseState: 'open', assigneeUserId: null }, 'UNASSIGN', null)).toMatchObject({
      ok: false,
      code: 'UNCHANGED',
    });
  });
});
