import type { Locale } from '@web/i18n/types';

export type MetricUnit = 'COUNT' | 'RATIO' | 'SECONDS' | 'SCORE' | 'PER_THOUSAND';

/** BCP 47 tags used for Intl formatting of each interface language. */
export const INTL_LOCALE: Record<Locale, string> = { en: 'en-GB', ru: 'ru-RU', uk: 'uk-UA', pl: 'pl-PL', pt: 'pt-BR' };

export interface Formatters {
  count: (value: number) => string;
  ratio: (value: number) => string;
  change: (value: number) => string;
  /** A signed difference in the figure's own points (percentage points for rates, NPS points for scores). */
  pointsChange: (value: number) => string;
  seconds: (value: number) => string;
  score: (value: number) => string;
  perThousand: (value: number) => string;
  money: (value: number, currency: string) => string;
  metric: (value: number, unit: MetricUnit) => string;
  /** A calendar date ("YYYY-MM-DD"), shown as that date whatever the viewer's zone. */
  date: (value: string, style?: 'short' | 'medium') => string;
  /** An instant, in the viewer's time zone. */
  dateTime: (value: string) => string;
  /** A day of the week by ISO number (1 = Monday … 7 = Sunday). */
  weekday: (isoDay: number, style?: 'long' | 'short') => string;
  /** An hour of the day (0–23) as a clock time. */
  hour: (hour: number) => string;
}

export function createFormatters(locale: Locale, timeZone: string): Formatters {
  const tag = INTL_LOCALE[locale];
  const integer = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
  const percent = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 1 });
  const signedPercent = new Intl.NumberFormat(tag, {
    style: 'percent',
    maximumFractionDigits: 1,
    signDisplay: 'exceptZero',
  });
  const oneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1 });
  const signedOneDecimal = new Intl.NumberFormat(tag, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const twoDecimals = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const unit = (name: 'day' | 'hour' | 'minute' | 'second') =>
    new Intl.NumberFormat(tag, { style: 'unit', unit: name, unitDisplay: 'short', maximumFractionDigits: 0 });
  const units = { day: unit('day'), hour: unit('hour'), minute: unit('minute'), second: unit('second') };
  const dateFormats = {
    short: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short' }),
    medium: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', day: 'numeric', month: 'short', year: 'numeric' }),
  };
  const weekdayFormats = {
    long: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'long' }),
    short: new Intl.DateTimeFormat(tag, { timeZone: 'UTC', weekday: 'short' }),
  };
  const hourFormat = new Intl.DateTimeFormat(tag, { timeZone: 'UTC', hour: '2-digit', minute: '2-digit' });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'medium', timeStyle: 'short' });

  const seconds = (value: number): string => {
    const total = Math.round(Math.abs(value));
    const parts: Array<[number, Intl.NumberFormat]> =
      total < 60
        ? [[total, units.second]]
        : total < 3600
          ? [
              [Math.floor(total / 60), units.minute],
              [total % 60, units.second],
            ]
          : total < 86_400
            ? [
                [Math.floor(total / 3600), units.hour],
                [Math.floor((total % 3600) / 60), units.minute],
              ]
            : [
                [Math.floor(total / 86_400), units.day],
                [Math.floor((total % 86_400) / 3600), units.hour],
              ];
    const shown = parts.filter(([amount], index) => index === 0 || amount > 0);
    return (value < 0 ? '−' : '') + shown.map(([amount, format]) => format.format(amount)).join(' ');
  };

  const formatters: Formatters = {
    count: (value) => integer.format(value),
    ratio: (value) => percent.format(value),
    change: (value) => signedPercent.format(value),
    pointsChange: (value) => signedOneDecimal.format(value),
    seconds,
    score: (value) => oneDecimal.format(value),
    perThousand: (value) => `${twoDecimals.format(value)} ‰`,
    money: (value, currency) => {
      try {
        return new Intl.NumberFormat(tag, { style: 'currency', currency }).format(value);
      } catch {
        return `${twoDecimals.format(value)} ${currency}`;
      }
    },
    metric: (value, metricUnit) => {
      switch (metricUnit) {
        case 'COUNT':
          return formatters.count(value);
        case 'RATIO':
          return formatters.ratio(value);
        case 'SECONDS':
          return formatters.seconds(value);
        case 'SCORE':
          return formatters.score(value);
        case 'PER_THOUSAND':
          return formatters.perThousand(value);
      }
    },
    date: (value, style = 'medium') => dateFormats[style].format(new Date(`${value}T00:00:00Z`)),
    dateTime: (value) => dateTimeFormat.format(new Date(value)),
    // 2024-01-01 was a Monday.
    weekday: (isoDay, style = 'long') => weekdayFormats[style].format(new Date(Date.UTC(2024, 0, isoDay))),
    hour: (value) => hourFormat.format(new Date(Date.UTC(2024, 0, 1, value))),
  };
  return formatters;
}
