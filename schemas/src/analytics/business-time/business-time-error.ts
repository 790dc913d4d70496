export type BusinessTimeErrorCode =
  /** An instant or amount that is not a finite number, or an end before its start. */
  | 'BUSINESS_TIME_RANGE_INVALID'
  /** A time zone, interval or holiday the calendar cannot be built from. */
  | 'BUSINESS_TIME_CALENDAR_INVALID'
  /** The calendar has no business hours at all, so no deadline can ever be reached. */
  | 'BUSINESS_TIME_NO_BUSINESS_HOURS'
  /** The answer would lie outside the range a JavaScript Date can represent. */
  | 'BUSINESS_TIME_OUT_OF_RANGE';

/** Raised for a caller's invalid input or calendar; never swallowed into a zero. */
export class BusinessTimeError extends Error {
  override readonly name = 'BusinessTimeError';

  constructor(
    readonly code: BusinessTimeErrorCode,
    message: string,
  ) {
    super(message);
  }
}
