import { historyActionLabel, recordedState } from './case-history';

describe('case history entries', () => {
  it('names the case actions of the audit log and leaves others as recorded', () => {
    expect(historyActionLabel('compliance_violation.acknowledge')).toBe('compliance.history.acknowledge');
    expect(historyActionLabel('compliance_violation.mark_false_positive')).toBe(
      'compliance.history.mark_false_positive',
    );
    expect(historyActionLabel('compliance_violation.comment')).toBe('compliance.history.comment');
    expect(historyActionLabel('compliance_settings.update')).toBeNull();
  });

  it('reads the state a before/after snapshot recorded, in either case', () => {
    expect(recordedState({ caseState: 'false_positive', assigneeUserId: null })).toBe('FALSE_POSITIVE');
    expect(recordedState({ caseState: 'OPEN' })).toBe('OPEN');
    expect(recordedState({ caseState: 'closed' })).toBeNull();
    expect(recordedState(null)).toBeNull();
    expect(recordedState('open')).toBeNull();
  });
});
