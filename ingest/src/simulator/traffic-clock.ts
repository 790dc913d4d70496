const HOUR_MS = 3_600_000;

/** Relative traffic by UTC hour: the tenant's customers are mostly in Europe and Brazil. */
const HOURLY = [
  0.15, 0.1, 0.08, 0.08, 0.1, 0.2, 0.4, 0.7, 1, 1.1, 1.15, 1.2, 1.2, 1.15, 1.1, 1.1, 1.05, 1, 0.95, 0.9, 0.8, 0.6, 0.4,
  0.25,
];

/**
 * Maps progress through the target event count (0..1) to a time in the simulated period, so that exactly the
 * requested number of events spans the requested days with a daily and weekly rhythm.
 */
export class TrafficClock {
  private readonly cumulative: Float64Array;

  constructor(
    private readonly startMs: number,
    days: number,
  ) {
    const hours = days * 24;
    this.cumulative = new Float64Array(hours + 1);
    for (let h = 0; h < hours; h++) {
      const at = new Date(startMs + h * HOUR_MS);
      const weekend = at.getUTCDay() === 0 || at.getUTCDay() === 6 ? 0.75 : 1;
      this.cumulative[h + 1] = this.cumulative[h] + HOURLY[at.getUTCHours()] * weekend;
    }
  }

  at(fraction: number): number {
    const c = this.cumulative;
    const target = Math.min(Math.max(fraction, 0), 1) * c[c.length - 1];
    let lo = 0;
    let hi = c.length - 1;
    while (hi - lo > 1) {
      const mid = (lo + hi) >> 1;
      if (c[mid] <= target) lo = mid;
      else hi = mid;
    }
    const span = c[hi] - c[lo];
    const within = span > 0 ? (target - c[lo]) / span : 0;
    return this.startMs + (lo + within) * HOUR_MS;
  }
}
