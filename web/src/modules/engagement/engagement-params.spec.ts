import { dimensionFromParam, drillKey, withDimension } from './engagement-params';

describe('engagement URL parameters', () => {
  it('reads the grouping from the URL, "number" meaning a business account, channel by default', () => {
    expect(dimensionFromParam('number')).toBe('ACCOUNT');
    expect(dimensionFromParam('Campaign')).toBe('CAMPAIGN');
    expect(dimensionFromParam(null)).toBe('CHANNEL');
    expect(dimensionFromParam('nonsense')).toBe('CHANNEL');
  });

  it('writes the grouping next to the filter, leaving the default out', () => {
    const params = new URLSearchParams('days=7&channel=whatsapp');
    expect(withDimension(params, 'TEMPLATE').toString()).toBe('days=7&channel=whatsapp&group=template');
    expect(withDimension(new URLSearchParams('days=7&group=template'), 'CHANNEL').toString()).toBe('days=7');
  });

  it('tells drill-downs apart', () => {
    const bucket = drillKey({ drillDown: { bucket: 'UNDER_1_MIN' }, label: 'a' });
    expect(bucket).not.toBe(drillKey({ drillDown: { bucket: 'OVER_24_H' }, label: 'a' }));
    expect(drillKey({ drillDown: { dayOfWeek: 1, hour: 0 }, label: 'a' })).not.toBe(
      drillKey({ drillDown: { dayOfWeek: 1, hour: 10 }, label: 'a' }),
    );
  });
});
