import type { UnavailableReason } from '@web/generated/graphql';
import { useI18n } from '@web/i18n/i18n-context';

/** Formats a rate or a duration, or names why it is missing ("Not measurable", never 0). */
export function useFigure() {
  const { t, fmt } = useI18n();
  const missing = (reason: UnavailableReason | null | undefined) => t(`unavailableShort.${reason ?? 'NO_DATA'}`);
  return {
    ratio: (value: number | null | undefined, reason?: UnavailableReason | null) =>
      value === null || value === undefined ? missing(reason) : fmt.ratio(value),
    seconds: (value: number | null | undefined, reason?: UnavailableReason | null) =>
      value === null || value === undefined ? missing(reason) : fmt.seconds(value),
  };
}

/** Why a time-to-read figure is missing: no read receipts at all, or nothing read. */
export function timeReason(readReceipts: boolean): UnavailableReason {
  return readReceipts ? 'NO_DATA' : 'NOT_MEASURABLE';
}
