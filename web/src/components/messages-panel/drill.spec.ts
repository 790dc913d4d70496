import { drillKey } from './drill';

describe('drill-down identity', () => {
  it('tells drill-downs apart', () => {
    const bucket = drillKey({ drillDown: { bucket: 'UNDER_1_MIN' }, label: 'a' });
    expect(bucket).not.toBe(drillKey({ drillDown: { bucket: 'OVER_24_H' }, label: 'a' }));
    expect(drillKey({ drillDown: { dayOfWeek: 1, hour: 0 }, label: 'a' })).not.toBe(
      drillKey({ drillDown: { dayOfWeek: 1, hour: 10 }, label: 'a' }),
    );
    expect(drillKey({ drillDown: { dimension: 'CHANNEL', key: 'sms', date: '2026-03-01' }, label: 'a' })).not.toBe(
      drillKey({ drillDown: { dimension: 'CHANNEL', key: 'sms' }, label: 'a' }),
    );
  });
});
