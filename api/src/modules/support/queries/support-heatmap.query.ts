import { conversationsSource, type SupportSqlShape } from './support-scope.fragment';

export interface SupportHeatmapRow {
  day_of_week: number;
  hour: number;
  conversations: number;
  answered_count: number;
  median_frt: number;
}

/** Conversations by local weekday (1 = Monday) and hour of their start, with the median calendar first response. */
export function supportHeatmapQuery(database: string, shape: SupportSqlShape): string {
  return `
SELECT
    toUInt8(toDayOfWeek(started_at, 0, {tz:String})) AS day_of_week,
    toUInt8(toHour(toTimeZone(started_at, {tz:String}))) AS hour,
    toUInt32(count()) AS conversations,
    toUInt32(countIf(answered)) AS answered_count,
    if(answered_count = 0, 0, quantileExactInclusiveIf(0.5)(frt, answered)) AS median_frt
FROM ${conversationsSource(database, { ...shape, business: false })}
GROUP BY day_of_week, hour
ORDER BY day_of_week, hour`;
}
