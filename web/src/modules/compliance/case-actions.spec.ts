import { allowedTransitions, canAddException, canReadViolations, canWorkCases, commentRequired } from './case-actions';

describe('case transitions per state and role', () => {
  it('offers officers and admins exactly the transitions of the workflow', () => {
    for (const role of ['ADMIN', 'COMPLIANCE'] as const) {
      expect(allowedTransitions('OPEN', role)).toEqual(['ACKNOWLEDGE', 'MARK_FALSE_POSITIVE']);
      expect(allowedTransitions('ACKNOWLEDGED', role)).toEqual(['RESOLVE', 'MARK_FALSE_POSITIVE']);
      expect(allowedTransitions('RESOLVED', role)).toEqual(['REOPEN']);
      expect(allowedTransitions('FALSE_POSITIVE', role)).toEqual(['REOPEN']);
    }
  });

  it('gives managers a read-only case and marketers and viewers no violations at all', () => {
    expect(allowedTransitions('OPEN', 'MANAGER')).toEqual([]);
    expect(canReadViolations('MANAGER')).toBe(true);
    expect(canWorkCases('MANAGER')).toBe(false);
    for (const role of ['MARKETER', 'VIEWER', null, undefined] as const) {
      expect(canReadViolations(role)).toBe(false);
      expect(canWorkCases(role)).toBe(false);
      expect(allowedTransitions('OPEN', role)).toEqual([]);
    }
  });

  it('asks for the reason of a false positive and of a reopening only', () => {
    expect(commentRequired('MARK_FALSE_POSITIVE')).toBe(true);
    expect(commentRequired('REOPEN')).toBe(true);
    expect(commentRequired('ACKNOWLEDGE')).toBe(false);
    expect(commentRequired('RESOLVE')).toBe(false);
  });

  it('offers a content exception only for false positives of content kinds', () => {
    expect(canAddException('MARK_FALSE_POSITIVE', ['PROHIBITED_CONTENT'])).toBe(true);
    expect(canAddException('MARK_FALSE_POSITIVE', ['PROHIBITED_CONTENT', 'TEMPLATE_MISUSE'])).toBe(true);
    expect(canAddException('MARK_FALSE_POSITIVE', ['PROHIBITED_CONTENT', 'NO_CONSENT'])).toBe(false);
    expect(canAddException('MARK_FALSE_POSITIVE', [])).toBe(false);
    expect(canAddException('RESOLVE', ['PROHIBITED_CONTENT'])).toBe(false);
  });
});
