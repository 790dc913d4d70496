import type { Channel } from '@checkmark/schemas';

/** Inclusive calendar dates "YYYY-MM-DD" in the tenant's time zone. */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * An analytics filter resolved for the warehouse: the tenant and its time zone, the period and the one before
 * it, and the filter's relational ids turned into the ids events carry. `null` means "not filtered"; an empty
 * list means "filtered to nothing" (ids that are unknown or belong to another tenant never widen a filter).
 */
export interface AnalyticsScope {
  tenantId: string;
  timeZone: string;
  period: DateRange;
  previousPeriod: DateRange;
  channels: Channel[] | null;
  /** BusinessAccount.externalId values (the events' account_id). */
  accountIds: string[] | null;
  /** Campaign.key values (the events' campaign_id). */
  campaignKeys: string[] | null;
  /** Agent.externalId values (the events' agent_id). */
  agentIds: string[] | null;
}

/** Longest period a filter may span: `to` at most this many days after `from`. */
export const MAX_PERIOD_DAYS = 366;

const DAY_MS = 86_400_000;

function toDayNumber(date: string): number {
  return Date.parse(`${date}T00:00:00.000Z`) / DAY_MS;
}

function fromDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (0 when equal). */
export function daysBetween(from: string, to: string): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriodOf(period: DateRange): DateRange {
  const start = toDayNumber(period.from);
  const length = toDayNumber(period.to) - start + 1;
  return { from: fromDayNumber(start - length), to: fromDayNumber(start - 1) };
}

/** Every date of the period, in order. */
export function datesOf(period: DateRange): string[] {
  const start = toDayNumber(period.from);
  return Array.from({ length: daysBetween(period.from, period.to) + 1 }, (_, i) => fromDayNumber(start + i));
}
