import { useI18n } from '@web/i18n/i18n-context';
import { INTL_LOCALE } from '@web/lib/format';
import { HowComputed } from './how-computed';

/**
 * When rolled-up figures were last computed: "Figures as of 12:05" (with the date when it is not today in the
 * shown time zone), "being prepared…" before the first roll-up (null), nothing while the figures load (undefined).
 */
export function AsOf({ asOf, now = new Date() }: { asOf: string | null | undefined; now?: Date }) {
  const { t, locale, timeZone } = useI18n();
  if (asOf === undefined) return null;
  let text = t('common.asOfPending');
  if (asOf !== null) {
    const tag = INTL_LOCALE[locale];
    const instant = new Date(asOf);
    const day = new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'short' });
    const time =
      day.format(instant) === day.format(now)
        ? new Intl.DateTimeFormat(tag, { timeZone, timeStyle: 'short' })
        : new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    text = t('common.asOf', { time: time.format(instant) });
  }
  return (
    <div className="as-of" data-testid="as-of">
      <span>{text}</span>
      <HowComputed text={t('common.asOfHow')} />
    </div>
  );
}
