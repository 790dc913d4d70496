import { BREAKDOWN_PARAM, breakdownFromParam, withBreakdown } from './complaints-params';

describe('complaint breakdown in the URL', () => {
  it('reads the URL names, any case, and falls back to templates', () => {
    expect(breakdownFromParam('number')).toBe('ACCOUNT');
    expect(breakdownFromParam('Campaign')).toBe('CAMPAIGN');
    expect(breakdownFromParam('category')).toBe('CATEGORY');
    expect(breakdownFromParam('ACCOUNT')).toBe('TEMPLATE');
    expect(breakdownFromParam(null)).toBe('TEMPLATE');
  });

  it('writes the breakdown next to the filter, leaving the default out', () => {
    const params = new URLSearchParams('days=7&drill=date%3A2026-03-01');
    const byNumber = withBreakdown(params, 'ACCOUNT');
    expect(byNumber.get(BREAKDOWN_PARAM)).toBe('number');
    expect(byNumber.get('days')).toBe('7');
    expect(byNumber.get('drill')).toBe('date:2026-03-01');
    expect(withBreakdown(byNumber, 'TEMPLATE').has(BREAKDOWN_PARAM)).toBe(false);
    expect(params.has(BREAKDOWN_PARAM)).toBe(false);
  });
});
