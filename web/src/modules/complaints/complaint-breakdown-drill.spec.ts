import { breakdownDrill } from './complaint-breakdown-drill';

describe('breakdown drill-down', () => {
  it("opens a campaign's delivered messages", () => {
    expect(breakdownDrill('CAMPAIGN', 'spring-sale')).toEqual({
      dimension: 'CAMPAIGN',
      key: 'spring-sale',
      status: 'delivered',
    });
  });

  it('opens nothing where the message list cannot select exactly the row', () => {
    expect(breakdownDrill('CAMPAIGN', '')).toBeNull();
    expect(breakdownDrill('TEMPLATE', 'promo')).toBeNull();
    expect(breakdownDrill('CATEGORY', 'marketing')).toBeNull();
    expect(breakdownDrill('ACCOUNT', '4930111')).toBeNull();
  });
});
