import type { AccountQualityHistoryQuery } from '@web/generated/graphql';

type Change = AccountQualityHistoryQuery['accountQualityHistory'][number];

/** The messaging-limit ladder, lowest first; a step's height on the timeline is its place here. */
export const LIMIT_LADDER = ['TIER_50', 'TIER_250', 'TIER_1K', 'TIER_2K', 'TIER_10K', 'TIER_100K', 'TIER_UNLIMITED'];
/** Quality ratings, worst first; UNKNOWN has no height (a gap in the line). */
export const QUALITY_LADDER = ['RED', 'YELLOW', 'GREEN'];

export interface TimelinePoint {
  /** Epoch milliseconds. */
  at: number;
  /** 1 = TIER_50 … 7 = TIER_UNLIMITED; null while not set or unknown. */
  limitLevel: number | null;
  limit: string | null;
  /** 1 = RED, 2 = YELLOW, 3 = GREEN; null while unknown. */
  qualityLevel: number | null;
  quality: string | null;
}

const level = (ladder: readonly string[], value: string | null) => {
  const index = value === null ? -1 : ladder.indexOf(value);
  return index < 0 ? null : index + 1;
};

/**
 * The limit and quality in force after each change, for a step chart: an event that does not report a value keeps
 * the previous one (events say only what changed), and a last point at `now` draws the current state up to today.
 */
export function timelinePoints(history: readonly Change[], now: Date): TimelinePoint[] {
  const points: TimelinePoint[] = [];
  let limit: string | null = null;
  let quality: string | null = null;
  for (const change of history) {
    limit = change.messagingLimit ?? limit;
    quality = change.qualityRating ?? quality;
    points.push({
      at: Date.parse(change.occurredAt),
      limit,
      limitLevel: level(LIMIT_LADDER, limit),
      quality,
      qualityLevel: level(QUALITY_LADDER, quality),
    });
  }
  const last = points.at(-1);
  if (last && now.getTime() > last.at) points.push({ ...last, at: now.getTime() });
  return points;
}
