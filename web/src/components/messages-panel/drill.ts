import type { EngagementDrillDown } from '@web/generated/graphql';

/** One chart element whose messages are listed: the API's drill-down and a caption for the list. */
export interface Drill {
  drillDown: EngagementDrillDown;
  label: string;
}

/** A stable identity for a drill-down, so the message list starts again at page 1 for another element. */
export function drillKey(drill: Drill): string {
  const d = drill.drillDown;
  return [d.dimension, d.key, d.date, d.bucket, d.dayOfWeek, d.hour, d.status].map((v) => v ?? '').join('|');
}
