import { SatisfactionGroupBy } from './dtos/satisfaction.enums';
import { buildSatisfaction, mondaysOf } from './satisfaction.service';

describe('mondaysOf', () => {
  it('gives the Monday of every week the period touches, across a month end', () => {
    expect(mondaysOf({ from: '2026-03-01', to: '2026-03-10' })).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(mondaysOf({ from: '2026-03-02', to: '2026-03-08' })).toEqual(['2026-03-02']);
  });
});

describe('buildSatisfaction', () => {
  const label = (key: string) => ({ key, label: key.toUpperCase() });

  it('keeps groups with resolved conversations but no answers, most answers first', () => {
    const result = buildSatisfaction(
      SatisfactionGroupBy.CHANNEL,
      { from: '2026-03-02', to: '2026-03-02' },
      [
        {
          part: 'total',
          survey: 'nps',
          key: '',
          answers: 2,
          promoters: 1,
          passives: 0,
          detractors: 1,
          conversations: 2,
        },
        {
          part: 'group',
          survey: 'nps',
          key: 'sms',
          answers: 2,
          promoters: 1,
          passives: 0,
          detractors: 1,
          conversations: 2,
        },
      ],
      [
        { part: 'total', key: '', resolved: 4 },
        { part: 'group', key: 'viber', resolved: 3 },
        { part: 'group', key: 'sms', resolved: 1 },
      ],
      label,
    );
    expect(result.totals.nps).toMatchObject({ answers: 2, score: 0, responseRate: 0.5 });
    expect(result.groups.map((g) => [g.key, g.label, g.nps.answers, g.nps.responseRate, g.csat.score])).toEqual([
      ['sms', 'SMS', 2, 2, null],
      ['viber', 'VIBER', 0, 0, null],
    ]);
  });
});
