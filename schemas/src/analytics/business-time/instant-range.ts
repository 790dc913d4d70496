import { BusinessTimeError } from './business-time-error';

/** The largest instant a JavaScript Date holds, in milliseconds either side of the epoch. */
export const MAX_INSTANT_MS = 8.64e15;

/** Throws BUSINESS_TIME_RANGE_INVALID unless `value` is a finite instant a Date can hold. */
export function assertInstant(name: string, value: number): void {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_INSTANT_MS) {
    throw new BusinessTimeError('BUSINESS_TIME_RANGE_INVALID', `${name} must be a finite instant in milliseconds`);
  }
}
