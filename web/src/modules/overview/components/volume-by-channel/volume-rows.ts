import type { Channel } from '@web/generated/graphql';
import { CHANNELS } from '@web/lib/channels';
import { addDays, type IsoDate } from '@web/lib/dates';

export interface VolumeInput {
  date: string;
  channel: Channel;
  sent: number;
  received: number;
}

export type VolumeByDay = { date: IsoDate } & Partial<Record<Channel, number>>;

/** One row per day of the period (days without traffic are real zeros) with messages per channel. */
export function pivotVolume(
  rows: readonly VolumeInput[],
  from: IsoDate,
  to: IsoDate,
): { days: VolumeByDay[]; channels: Channel[] } {
  const present = new Set(rows.map((r) => r.channel));
  const channels = CHANNELS.filter((c) => present.has(c));
  const byDate = new Map<string, VolumeByDay>();
  for (let date = from; date <= to; date = addDays(date, 1)) {
    byDate.set(date, Object.fromEntries([['date', date], ...channels.map((c) => [c, 0])]) as VolumeByDay);
  }
  for (const row of rows) {
    const day = byDate.get(row.date);
    if (day) day[row.channel] = (day[row.channel] ?? 0) + row.sent + row.received;
  }
  return { days: [...byDate.values()], channels };
}
