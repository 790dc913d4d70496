import { REPORT_LOCALES, type ReportCatalogue, type ReportLanguage } from '../i18n/report-catalogue';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** "YYYY-MM-DD HH:mm" of an instant in the time zone (the same in every language: an auditor compares them). */
export function localDateTime(instant: Date, timeZone: string): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(instant).map((part) => [part.type, part.value]));
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** Number, percentage and duration formatting in a report's language. */
export class ReportFormat {
  private readonly integer: Intl.NumberFormat;
  private readonly percent: Intl.NumberFormat;

  constructor(
    readonly lang: ReportLanguage,
    readonly t: ReportCatalogue,
  ) {
    this.integer = new Intl.NumberFormat(REPORT_LOCALES[lang], { maximumFractionDigits: 0 });
    this.percent = new Intl.NumberFormat(REPORT_LOCALES[lang], { style: 'percent', maximumFractionDigits: 1 });
  }

  count(value: number): string {
    return this.integer.format(value);
  }

  share(value: number | null): string {
    return value === null ? this.t.dash : this.percent.format(value);
  }

  /** "2 d 3 h", "1 h 5 min", "40 s": the two largest units. */
  duration(seconds: number | null): string {
    if (seconds === null) return this.t.dash;
    const s = Math.round(seconds);
    const units: Array<[number, string]> = [
      [86_400, this.t.unit_d],
      [3_600, this.t.unit_h],
      [60, this.t.unit_min],
      [1, this.t.unit_s],
    ];
    const values = units.map(([size], i) => Math.floor((i === 0 ? s : s % units[i - 1][0]) / size));
    const first = values.findIndex((n) => n > 0);
    if (first < 0) return `0 ${this.t.unit_s}`;
    return [first, first + 1]
      .filter((i) => i < units.length && values[i] > 0)
      .map((i) => `${values[i]} ${units[i][1]}`)
      .join(' ');
  }
}
