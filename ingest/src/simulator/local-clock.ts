const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const WEEKDAYS: Readonly<Record<string, number>> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

/** The wall clock of one instant in a zone. */
export interface LocalTime {
  /** YYYY-MM-DD. */
  date: string;
  hour: number;
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
}

/**
 * Local dates and hours of one time zone, cached per UTC hour: the zones the simulator uses change their offset
 * on whole hours only, and the simulator asks about millions of instants.
 */
export class LocalClock {
  private readonly format: Intl.DateTimeFormat;
  private readonly cache = new Map<number, LocalTime>();

  constructor(readonly timeZone: string) {
    this.format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      weekday: 'short',
      hourCycle: 'h23',
    });
  }

  at(ms: number): LocalTime {
    const key = Math.floor(ms / HOUR);
    let local = this.cache.get(key);
    if (!local) {
      const parts = Object.fromEntries(this.format.formatToParts(key * HOUR).map((p) => [p.type, p.value]));
      local = {
        date: `${parts.year}-${parts.month}-${parts.day}`,
        hour: Number(parts.hour),
        dayOfWeek: WEEKDAYS[parts.weekday],
      };
      this.cache.set(key, local);
    }
    return local;
  }

  date(ms: number): string {
    return this.at(ms).date;
  }

  /** The instant the local date begins (local midnight). */
  startOf(date: string): number {
    const guess = Date.parse(`${date}T00:00:00Z`);
    // Every zone's offset is within ±14 h: the first hour from 14 h before UTC midnight that is on the date.
    for (let t = guess - 14 * HOUR; t <= guess + 14 * HOUR; t += HOUR) {
      if (this.at(t).date === date) return t;
    }
    throw new RangeError(`no local midnight for ${date} in ${this.timeZone}`);
  }

  /** The local date `days` after `date`. */
  static addDays(date: string, days: number): string {
    return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
  }
}
