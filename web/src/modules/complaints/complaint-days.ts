import type { ComplaintDrillDown, ComplaintTrendsQuery } from '@web/generated/graphql';
import type { MessageKey } from '@web/i18n/catalog';

export type ComplaintDayRow = ComplaintTrendsQuery['complaintTrends']['days'][number];

/** The days judged a spike, oldest first. */
export function spikeDays(days: readonly ComplaintDayRow[]): ComplaintDayRow[] {
  return days.filter((d) => d.spike);
}

/** How a day was judged, in words: a spike (and against what), normal, or why it could not be judged. */
export function judgementKey(day: ComplaintDayRow): MessageKey {
  if (day.spike)
    return day.reason === 'ABOVE_THRESHOLD' ? 'complaints.judged.spikeThreshold' : 'complaints.judged.spike';
  if (!day.judged)
    return day.notJudgedReason === 'LOW_VOLUME' ? 'complaints.judged.lowVolume' : 'complaints.judged.noHistory';
  return 'complaints.judged.normal';
}

/** The complaints recorded on a day (tenant time zone): as many as the day's count. */
export function dayDrill(date: string): ComplaintDrillDown {
  return { date };
}
