export const DAY_MS = 86_400_000;

/** Day 0 (1970-01-01) was a Thursday: index 3 when Monday is 0. */
const EPOCH_WEEKDAY = 3;

/** Monday = 0 … Sunday = 6 of a day number (days since 1970-01-01). */
export function weekdayIndex(day: number): number {
  return (((day + EPOCH_WEEKDAY) % 7) + 7) % 7;
}

/**
 * A weekly schedule with holidays on a naive wall-clock line (local milliseconds written as if UTC). On that
 * line there is no DST, so business time up to any point has a closed form; the zone's offsets are applied
 * by the caller one constant-offset stretch at a time.
 */
export class WallSchedule {
  private readonly dayTotals: number[];
  /** weekPrefix[k] = business time of weekdays 0 … k−1. */
  private readonly weekPrefix: number[];
  private readonly weekTotal: number;
  /** Holiday day numbers, sorted, only those falling on a weekday with business hours. */
  private readonly holidays: number[];
  /** holidayPrefix[i] = business time removed by holidays[0 … i−1]. */
  private readonly holidayPrefix: number[];

  /**
   * @param days per weekday (Monday first) merged, sorted, disjoint [opensMs, closesMs) within the day
   * @param holidayDays day numbers, any order, duplicates allowed
   */
  constructor(
    private readonly days: readonly (readonly [number, number])[][],
    holidayDays: readonly number[],
  ) {
    this.dayTotals = days.map((intervals) => intervals.reduce((sum, [opens, closes]) => sum + closes - opens, 0));
    this.weekPrefix = [0];
    for (const total of this.dayTotals) this.weekPrefix.push(this.weekPrefix[this.weekPrefix.length - 1] + total);
    this.weekTotal = this.weekPrefix[7];
    this.holidays = [...new Set(holidayDays)]
      .filter((day) => this.dayTotals[weekdayIndex(day)] > 0)
      .sort((a, b) => a - b);
    this.holidayPrefix = [0];
    for (const day of this.holidays) {
      this.holidayPrefix.push(this.holidayPrefix[this.holidayPrefix.length - 1] + this.dayTotals[weekdayIndex(day)]);
    }
  }

  get hasBusinessTime(): boolean {
    return this.weekTotal > 0;
  }

  /** Business time from a fixed origin to wall time `t`; only differences are meaningful. */
  cumulative(t: number): number {
    const day = Math.floor(t / DAY_MS);
    let value = this.beforeDay(day);
    if (!this.isHoliday(day)) {
      const intoDay = t - day * DAY_MS;
      for (const [opens, closes] of this.days[weekdayIndex(day)]) {
        if (intoDay <= opens) break;
        value += Math.min(intoDay, closes) - opens;
      }
    }
    return value;
  }

  /**
   * The earliest wall time t ≥ `from` with cumulative(t) ≥ `target`, for cumulative(from) < target.
   * Needs business time in the week; returns Infinity beyond `limitDay`.
   */
  reach(target: number, from: number, limitDay: number): number {
    // Smallest day d with beforeDay(d + 1) ≥ target: gallop forward, then bisect.
    let low = Math.floor(from / DAY_MS);
    let step = 7;
    let high = low;
    while (this.beforeDay(high + 1) < target) {
      low = high + 1;
      high += step;
      step *= 2;
      if (low > limitDay) return Infinity;
    }
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (this.beforeDay(middle + 1) >= target) high = middle;
      else low = middle + 1;
    }
    let remaining = target - this.beforeDay(low);
    for (const [opens, closes] of this.days[weekdayIndex(low)]) {
      if (remaining <= closes - opens) return low * DAY_MS + opens + remaining;
      remaining -= closes - opens;
    }
    // Unreachable: day `low` holds at least `remaining` by construction.
    return low * DAY_MS + DAY_MS;
  }

  /** The day's business intervals [opensMs, closesMs) within the day, in order; none on a holiday. */
  intervalsOn(day: number): readonly (readonly [number, number])[] {
    return this.isHoliday(day) ? [] : this.days[weekdayIndex(day)];
  }

  /** Business time from the origin to the start of `day`. */
  private beforeDay(day: number): number {
    // Counted from Monday 1969-12-29 (day −3) so whole weeks line up with weekPrefix.
    const sinceMonday = day + EPOCH_WEEKDAY;
    const weeks = Math.floor(sinceMonday / 7);
    const weekly = weeks * this.weekTotal + this.weekPrefix[sinceMonday - weeks * 7];
    return weekly - this.holidayPrefix[this.holidaysBefore(day)];
  }

  private isHoliday(day: number): boolean {
    const index = this.holidaysBefore(day);
    return index < this.holidays.length && this.holidays[index] === day;
  }

  /** How many holidays fall strictly before `day`. */
  private holidaysBefore(day: number): number {
    let low = 0;
    let high = this.holidays.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.holidays[middle] < day) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
