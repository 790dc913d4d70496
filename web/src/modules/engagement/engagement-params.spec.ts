import { dimensionFromParam, withDimension } from './engagement-params';

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
});
