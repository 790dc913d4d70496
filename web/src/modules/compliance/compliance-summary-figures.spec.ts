import { coverageTotals, honouredShare } from './compliance-summary-figures';

const day = (key: string, businessInitiated: number, covered: number) => ({
  key,
  businessInitiated,
  covered,
  coverage: businessInitiated === 0 ? null : covered / businessInitiated,
});

describe('compliance headline figures', () => {
  it('pools coverage over the days rather than averaging the daily shares', () => {
    expect(coverageTotals([day('2026-03-01', 1, 0), day('2026-03-02', 3, 3), day('2026-03-03', 0, 0)])).toEqual({
      businessInitiated: 4,
      covered: 3,
      coverage: 0.75,
    });
    expect(coverageTotals([day('2026-03-01', 0, 0)]).coverage).toBeNull();
    expect(coverageTotals([]).coverage).toBeNull();
  });

  it('gives the honoured share of opt-outs, none without opt-outs', () => {
    const honouring = { optOuts: 4, honoured: 3, violated: 1, messagesAfterOptOut: 2, medianDelaySeconds: 60 };
    expect(honouredShare(honouring)).toBe(0.75);
    expect(honouredShare({ ...honouring, optOuts: 0, honoured: 0, violated: 0 })).toBeNull();
  });
});
