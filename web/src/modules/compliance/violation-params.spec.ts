import { parseFilter } from '@web/modules/filters/analytics-filter';
import {
  paramsFromViewFilter,
  parseChoices,
  toViolationFilter,
  UNASSIGNED,
  viewFilterFromParams,
  violationsCsvSearch,
  withChoice,
} from './violation-params';

const NOW = new Date('2026-03-20T12:00:00Z');
const filterOf = (search: string) => {
  const params = new URLSearchParams(search);
  return toViolationFilter(parseFilter(params, 'Europe/Warsaw', NOW), parseChoices(params));
};

describe('violations filter in the URL', () => {
  it('opens the link of a compliance alert as that day, kind and number', () => {
    expect(filterOf('from=2026-03-09&to=2026-03-09&kind=PROHIBITED_CONTENT&account=id-wa_1')).toEqual({
      from: '2026-03-09',
      to: '2026-03-09',
      accountIds: ['id-wa_1'],
      kinds: ['PROHIBITED_CONTENT'],
    });
  });

  it('reads every choice, enum values in any case, and ignores unknown ones', () => {
    expect(
      filterOf(
        'from=2026-03-01&to=2026-03-31&kind=no_consent&severity=High&state=false_positive&channel=whatsapp' +
          '&campaign=c1&assignee=u-7&retracted=1',
      ),
    ).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      channels: ['WHATSAPP'],
      campaignIds: ['c1'],
      kinds: ['NO_CONSENT'],
      severities: ['HIGH'],
      caseStates: ['FALSE_POSITIVE'],
      assigneeUserIds: ['u-7'],
      includeRetracted: true,
    });
    expect(filterOf('days=7&kind=SPAM&severity=urgent&state=closed&retracted=yes')).toEqual({
      from: '2026-03-14',
      to: '2026-03-20',
    });
  });

  it('asks for unassigned cases with assignee=none', () => {
    expect(filterOf('days=7&assignee=none')).toMatchObject({ unassigned: true });
    expect(filterOf('days=7&assignee=none')).not.toHaveProperty('assigneeUserIds');
  });

  it('gives no filter while the dates cannot be queried', () => {
    expect(filterOf('from=2026-03-09&to=2026-03-01&kind=NO_CONSENT')).toBeNull();
  });

  it('changes one choice and keeps the global filter and the open violation', () => {
    const params = new URLSearchParams('days=7&account=a1&violation=v9&kind=NO_CONSENT');
    const next = withChoice(withChoice(params, 'severity', 'HIGH'), 'kind', null);
    expect(next.toString()).toBe('days=7&account=a1&violation=v9&severity=HIGH');
    expect(withChoice(next, 'retracted', true).get('retracted')).toBe('1');
    expect(withChoice(withChoice(next, 'retracted', true), 'retracted', false).has('retracted')).toBe(false);
    expect(withChoice(next, 'assignee', UNASSIGNED).get('assignee')).toBe('none');
    expect(params.toString()).toBe('days=7&account=a1&violation=v9&kind=NO_CONSENT');
  });

  it('names the same filter for the server CSV of every matching violation', () => {
    const csv = new URLSearchParams(
      violationsCsvSearch({
        from: '2026-03-01',
        to: '2026-03-31',
        kinds: ['NO_CONSENT', 'AFTER_OPT_OUT'],
        channels: ['WHATSAPP'],
        accountIds: ['a1'],
        caseStates: ['OPEN'],
        unassigned: true,
        includeRetracted: true,
      }),
    );
    expect(Object.fromEntries(csv)).toEqual({
      from: '2026-03-01',
      to: '2026-03-31',
      kinds: 'NO_CONSENT,AFTER_OPT_OUT',
      channels: 'WHATSAPP',
      accountIds: 'a1',
      caseStates: 'OPEN',
      unassigned: 'true',
      includeRetracted: 'true',
    });
  });

  it('saves a view as its URL state without the open violation, and loads it back alone', () => {
    const params = new URLSearchParams('from=2026-03-01&to=2026-03-31&kind=NO_CONSENT&violation=v9&trend=week');
    const stored = viewFilterFromParams(params);
    expect(stored).toEqual({ from: '2026-03-01', to: '2026-03-31', kind: 'NO_CONSENT' });
    expect(paramsFromViewFilter(stored).toString()).toBe('from=2026-03-01&to=2026-03-31&kind=NO_CONSENT');
    expect(paramsFromViewFilter({ kind: 5, evil: 'x', state: 'OPEN' }).toString()).toBe('state=OPEN');
    expect(paramsFromViewFilter(null).toString()).toBe('');
    expect(paramsFromViewFilter(['kind']).toString()).toBe('');
  });
});
