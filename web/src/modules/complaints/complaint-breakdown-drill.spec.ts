import { breakdownDrill } from './complaint-breakdown-drill';

describe('breakdown drill-down', () => {
  it("opens a row's messages that drew a complaint, keyed as the breakdown keys them", () => {
    expect(breakdownDrill('TEMPLATE', 'promo')).toEqual({
      complaintDimension: 'TEMPLATE',
      key: 'promo',
      status: 'complained',
    });
    expect(breakdownDrill('CATEGORY', '')).toEqual({ complaintDimension: 'CATEGORY', key: '', status: 'complained' });
  });
});
