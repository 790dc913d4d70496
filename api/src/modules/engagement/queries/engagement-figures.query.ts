import type { StatsColumns } from './engagement-scope.fragment';
import {
  ROLLUP_HISTOGRAM,
  ROLLUP_STATS_COLUMNS,
  rollupSource,
  type EngagementRollup,
} from './engagement-rollup.fragment';

/** The period's figures (day '') and each day's. */
export interface EngagementStatsRow extends StatsColumns {
  day: string;
}

export interface EngagementHeatmapRow extends StatsColumns {
  /** 1 = Monday … 7 = Sunday, tenant's time zone. */
  day_of_week: number;
  hour: number;
}

export interface EngagementHistogramRow {
  /** 0 = under the first edge … edges.length = at or over the last edge. */
  bucket: number;
  count: number;
}

/** The figures query's rows by part; histogram buckets without reads are absent. */
export interface EngagementFigures {
  stats: EngagementStatsRow[];
  heatmap: EngagementHeatmapRow[];
  histogram: EngagementHistogramRow[];
}

/** One row of the figures query: the whole period, a day, or an hour of the week (`part`). */
export interface EngagementFiguresRow extends StatsColumns {
  part: 'total' | 'day' | 'hour';
  /** Day of first sight (tenant's time zone) of a 'day' row, else ''. */
  day: string;
  /** 1 = Monday … 7 = Sunday (tenant's time zone) of an 'hour' row, else 0. */
  day_of_week: number;
  hour: number;
  /** Timed reads per time-to-read bucket (edges READ_TIME_BUCKET_EDGES, migration 0006); used on the total row. */
  histogram: number[];
}

/**
 * The Engagement page's figures but the groups, from ONE read of the rollup: the period, each day of first sight
 * and each hour of the week it was sent, in the tenant's time zone (a 15-minute UTC bucket lies inside one local
 * day and hour), with the time-to-read histogram. Reading and merging the rollup's quantile states once instead
 * of once per part is most of what the page's figures cost at 10M events.
 */
export function engagementFiguresQuery(database: string, rollup: EngagementRollup): string {
  return `
SELECT
    multiIf(grouping(local_day) = 0, 'day', grouping(week_day) = 0, 'hour', 'total') AS part,
    if(grouping(local_day) = 0, toString(local_day), '') AS day,
    if(grouping(week_day) = 0, week_day, 0) AS day_of_week,
    if(grouping(local_hour) = 0, local_hour, 0) AS hour,
    ${ROLLUP_STATS_COLUMNS},
    arrayMap(n -> toUInt32(n), ${ROLLUP_HISTOGRAM}) AS histogram
${rollupSource(database, rollup)}
GROUP BY GROUPING SETS (
    (toDate(r.bucket, {tz:String}) AS local_day),
    (toDayOfWeek(r.bucket, 0, {tz:String}) AS week_day, toHour(toTimeZone(r.bucket, {tz:String})) AS local_hour),
    ())
ORDER BY part, day, day_of_week, hour`;
}

/** Splits the figures query's rows into the period and days, the hours of the week and the histogram. */
export function splitFigures(rows: EngagementFiguresRow[]): EngagementFigures {
  const stats = rows.filter((row) => row.part !== 'hour');
  const heatmap = rows.filter((row) => row.part === 'hour');
  const total = rows.find((row) => row.part === 'total');
  const histogram = (total?.histogram ?? [])
    .map((count, bucket) => ({ bucket, count }))
    .filter((bucket) => bucket.count > 0);
  return { stats, heatmap, histogram };
}
