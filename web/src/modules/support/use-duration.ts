import { useI18n } from '@web/i18n/i18n-context';

/** Formats a duration given in milliseconds (as the support API reports them), or says there is none. */
export function useDuration() {
  const { t, fmt } = useI18n();
  return (ms: number | null | undefined) =>
    ms === null || ms === undefined ? t('unavailableShort.NO_DATA') : fmt.seconds(ms / 1000);
}

/** A duration in milliseconds as whole seconds for CSV exports (like the other pages' time columns); empty when none. */
export function csvSeconds(ms: number | null | undefined): number | null {
  return ms === null || ms === undefined ? null : Math.round(ms / 1000);
}
