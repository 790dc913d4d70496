/** One opening period of a weekday, in the calendar's local wall-clock time. */
export interface BusinessHoursInterval {
  /** 1 = Monday … 7 = Sunday. */
  dayOfWeek: number;
  /** "HH:MM". */
  opens: string;
  /** "HH:MM" later than `opens`, or "24:00" for midnight. */
  closes: string;
}

/** A tenant's schedule: business time is every instant whose local date and time fall in an interval. */
export interface BusinessCalendar {
  /** IANA name, e.g. "Europe/Berlin". */
  timeZone: string;
  /** Several per day are allowed (a lunch break); overlaps count once. */
  intervals: readonly BusinessHoursInterval[];
  /** Local dates "YYYY-MM-DD" in `timeZone` on which nothing counts. */
  holidays: readonly string[];
}
