import { INTL_LOCALE } from '@web/lib/format';
import type { Locale } from '@web/i18n/types';

/** ISO weekdays, 1 = Monday … 7 = Sunday, as the API numbers them. */
export const ISO_WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function dayName(dayOfWeek: number, locale: Locale): string {
  // 2024-01-01 was a Monday.
  const date = new Date(Date.UTC(2024, 0, dayOfWeek));
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { weekday: 'long', timeZone: 'UTC' }).format(date);
}
