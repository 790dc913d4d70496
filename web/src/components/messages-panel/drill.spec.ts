import type { EngagementDrillDown } from '@web/generated/graphql';
import { drillFromParam, drillKey, drillToParam } from './drill';

describe('drill-down identity', () => {
  it('tells drill-downs apart', () => {
    expect(drillKey({ bucket: 'UNDER_1_MIN' })).not.toBe(drillKey({ bucket: 'OVER_24_H' }));
    expect(drillKey({ dayOfWeek: 1, hour: 0 })).not.toBe(drillKey({ dayOfWeek: 1, hour: 10 }));
    expect(drillKey({ dimension: 'CHANNEL', key: 'sms', date: '2026-03-01' })).not.toBe(
      drillKey({ dimension: 'CHANNEL', key: 'sms' }),
    );
    // Failed without a code is another list than every failure.
    expect(drillKey({ status: 'failed', errorCode: '' })).not.toBe(drillKey({ status: 'failed' }));
    expect(drillKey({ errorCode: '131049' })).not.toBe(drillKey({ errorCode: '131026' }));
    // A complaint breakdown key is another group than the engagement key of the same text.
    expect(drillKey({ complaintDimension: 'TEMPLATE', key: 'promo' })).not.toBe(
      drillKey({ dimension: 'TEMPLATE', key: 'promo' }),
    );
    expect(drillKey({ dimension: 'TEMPLATE', key: 'a|en', accountId: '1' })).not.toBe(
      drillKey({ dimension: 'TEMPLATE', key: 'a|en', accountId: '2' }),
    );
  });
});

describe('drill-down in the URL', () => {
  const cases: Array<[EngagementDrillDown, string]> = [
    [{ dimension: 'CHANNEL', key: 'whatsapp', status: 'read' }, 'channel:whatsapp;status:read'],
    [{ bucket: 'MIN_1_TO_5' }, 'bucket:min_1_to_5'],
    [{ dayOfWeek: 7, hour: 0 }, 'dow:7;hour:0'],
    [{ date: '2026-03-29' }, 'date:2026-03-29'],
    [{ dimension: 'CHANNEL', key: 'sms', date: '2026-03-01' }, 'channel:sms;date:2026-03-01'],
    [{ dimension: 'TEMPLATE', key: 'order_ready;v2|pt_BR' }, 'template:order_ready%3Bv2%7Cpt_BR'],
    [{ dimension: 'CAMPAIGN', key: '' }, 'campaign:'],
    [{ dimension: 'CHANNEL', key: 'whatsapp', status: 'failed' }, 'channel:whatsapp;status:failed'],
    [
      { dimension: 'CHANNEL', key: 'whatsapp', status: 'failed', errorCode: '131049' },
      'channel:whatsapp;status:failed;code:131049',
    ],
    [{ dimension: 'CHANNEL', key: 'sms', status: 'failed', errorCode: '' }, 'channel:sms;status:failed;code:'],
    [
      { complaintDimension: 'TEMPLATE', key: 'promo', status: 'complained' },
      'complaint-template:promo;status:complained',
    ],
    [{ complaintDimension: 'CATEGORY', key: '', status: 'complained' }, 'complaint-category:;status:complained'],
    [
      { dimension: 'TEMPLATE', key: 'promo|en', channel: 'WHATSAPP', accountId: '+49 30 111' },
      'template:promo%7Cen;via:whatsapp;number:%2B49%2030%20111',
    ],
    [
      { dimension: 'TEMPLATE', key: 'promo|en', status: 'failed', channel: 'VIBER', errorCode: 'a;b:c' },
      'template:promo%7Cen;status:failed;via:viber;code:a%3Bb%3Ac',
    ],
  ];

  it.each(cases)('writes %j as %s and reads it back', (drill, param) => {
    expect(drillToParam(drill)).toBe(param);
    expect(drillFromParam(param)).toEqual(drill);
  });

  it('opens nothing for a missing or malformed value rather than a wrong list', () => {
    for (const bad of [
      null,
      '',
      'hour:24',
      'dow:0;hour:3',
      'dow:8',
      'bucket:forever',
      'status:replied',
      'date:2026-3-1',
      'colour:red',
      'channel',
      'template:%E0%A4%A',
      'hour:',
      'via:fax',
      'number:',
    ]) {
      expect(drillFromParam(bad)).toBeNull();
    }
  });
});
