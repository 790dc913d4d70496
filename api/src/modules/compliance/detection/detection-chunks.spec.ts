import { monthlyChunks, startOfUtcMonth } from './detection-chunks';

const d = (iso: string) => new Date(iso);

describe('monthlyChunks', () => {
  it('cuts a range at every UTC month start inside it', () => {
    expect(monthlyChunks({ from: d('2026-01-15T08:00:00.000Z'), to: d('2026-03-02T00:00:00.000Z') })).toEqual([
      { from: d('2026-01-15T08:00:00.000Z'), to: d('2026-02-01T00:00:00.000Z') },
      { from: d('2026-02-01T00:00:00.000Z'), to: d('2026-03-01T00:00:00.000Z') },
      { from: d('2026-03-01T00:00:00.000Z'), to: d('2026-03-02T00:00:00.000Z') },
    ]);
  });

  it('keeps a range inside one month whole, across a year end, and gives nothing for an empty range', () => {
    const inside = { from: d('2026-03-02T00:00:00.000Z'), to: d('2026-03-03T00:00:00.000Z') };
    expect(monthlyChunks(inside)).toEqual([inside]);
    expect(monthlyChunks({ from: d('2025-12-31T23:00:00.000Z'), to: d('2026-01-01T01:00:00.000Z') })).toHaveLength(2);
    expect(monthlyChunks({ from: inside.to, to: inside.to })).toEqual([]);
  });

  it('startOfUtcMonth', () => {
    expect(startOfUtcMonth(d('2026-02-28T23:59:59.999Z'))).toEqual(d('2026-02-01T00:00:00.000Z'));
  });
});
