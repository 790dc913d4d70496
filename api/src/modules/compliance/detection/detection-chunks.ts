import type { DetectionRange } from './violation-detector';

/** [from, to) cut at the start of every UTC month inside it: a long re-run writes month by month. */
export function monthlyChunks(range: DetectionRange): DetectionRange[] {
  const chunks: DetectionRange[] = [];
  let from = range.from;
  while (from < range.to) {
    const next = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + 1, 1));
    const to = next < range.to ? next : range.to;
    chunks.push({ from, to });
    from = to;
  }
  return chunks;
}

/** The start of the UTC month of `instant`. */
export function startOfUtcMonth(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), 1));
}
