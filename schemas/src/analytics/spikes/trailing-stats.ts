export interface TrailingStats {
  /** Null without history. */
  mean: number | null;
  /** Sample standard deviation (n − 1); null with fewer than two days. */
  stdDev: number | null;
}

/**
 * Mean and sample standard deviation of the history's daily rates. Sample, not population: the history is
 * a few weeks drawn from an ongoing process, and with 7 days the population formula understates the spread
 * by 7% and flags more normal days.
 */
export function trailingStats(rates: readonly number[]): TrailingStats {
  const n = rates.length;
  if (n === 0) return { mean: null, stdDev: null };
  const mean = rates.reduce((sum, rate) => sum + rate, 0) / n;
  if (n < 2) return { mean, stdDev: null };
  const squares = rates.reduce((sum, rate) => sum + (rate - mean) ** 2, 0);
  return { mean, stdDev: Math.sqrt(squares / (n - 1)) };
}
