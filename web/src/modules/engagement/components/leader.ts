/** Fewest messages behind a figure for it to be ranked: a template with 3 sends is never "read least". */
export const MIN_SAMPLE = 20;

/**
 * The row with the lowest value among rows whose sample reaches `minSample` and whose value is known (a channel
 * without receipts is never ranked). Null unless at least two rows qualify: a ranking of one says nothing.
 * Ties go to the larger sample, then to the earlier row.
 */
export function lowestWithSample<Row>(
  rows: readonly Row[],
  value: (row: Row) => number | null | undefined,
  sample: (row: Row) => number | null | undefined,
  minSample: number = MIN_SAMPLE,
): Row | null {
  const eligible = rows.filter((row) => {
    const v = value(row);
    return v !== null && v !== undefined && (sample(row) ?? 0) >= minSample;
  });
  if (eligible.length < 2) return null;
  return eligible.reduce((best, row) => {
    const difference = value(row)! - value(best)!;
    return difference < 0 || (difference === 0 && (sample(row) ?? 0) > (sample(best) ?? 0)) ? row : best;
  });
}
