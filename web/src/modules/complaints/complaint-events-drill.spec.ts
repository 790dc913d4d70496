import type { ComplaintDrillDown } from '@web/generated/graphql';
import { CATALOGS } from '@web/i18n/catalog';
import { createTranslate } from '@web/i18n/translate';
import { createFormatters } from '@web/lib/format';
import {
  complaintDrillFromParam,
  complaintDrillKey,
  complaintDrillToParam,
  describeComplaintDrill,
} from './complaint-events-drill';

const t = createTranslate('en', CATALOGS.en);
const fmt = createFormatters('en', 'UTC');

describe('complaint list in the URL', () => {
  const cases: Array<[ComplaintDrillDown, string]> = [
    [{ date: '2026-03-09' }, 'date:2026-03-09'],
    [{ kind: 'REPORT_SPAM' }, 'kind:report_spam'],
    [{ reason: 'too many offers; a:b' }, 'reason:too%20many%20offers%3B%20a%3Ab'],
    [{ reason: '' }, 'reason:'],
    [{ date: '2026-03-09', kind: 'BLOCK', reason: 'spam' }, 'date:2026-03-09;kind:block;reason:spam'],
    [{}, 'all'],
  ];

  it.each(cases)('writes %j as %s and reads it back', (drill, param) => {
    expect(complaintDrillToParam(drill)).toBe(param);
    expect(complaintDrillFromParam(param)).toEqual(drill);
  });

  it('opens nothing for a missing or malformed value rather than a wrong list', () => {
    for (const bad of [
      null,
      '',
      'date:2026-3-9',
      'kind:spam',
      'colour:red',
      'date',
      'reason:%E0%A4%A',
      'kind:block;kind:block',
    ]) {
      expect(complaintDrillFromParam(bad)).toBeNull();
    }
  });

  it('tells lists apart, a reason given as empty from no reason asked', () => {
    expect(complaintDrillKey({ reason: '' })).not.toBe(complaintDrillKey({}));
    expect(complaintDrillKey({ date: '2026-03-09' })).not.toBe(complaintDrillKey({ date: '2026-03-10' }));
  });

  it('names the list the same way whether it was clicked or reopened from the URL', () => {
    expect(describeComplaintDrill({ date: '2026-03-09' }, t, fmt)).toBe('recorded on 9 Mar 2026');
    expect(describeComplaintDrill({ kind: 'REPORT_SPAM', date: '2026-03-09' }, t, fmt)).toBe(
      'Spam reports, recorded on 9 Mar 2026',
    );
    expect(describeComplaintDrill({ reason: 'too many offers' }, t, fmt)).toBe('reason “too many offers”');
    expect(describeComplaintDrill({ reason: '' }, t, fmt)).toBe('without a reason');
    expect(describeComplaintDrill({}, t, fmt)).toBe('all of the period');
  });
});
