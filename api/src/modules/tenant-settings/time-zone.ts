/** Named zones only ("Europe/Kyiv", "UTC"); offsets such as "+03:00" are refused because they ignore DST. */
const ZONE_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** True for an IANA time zone name this runtime knows. */
export function isIanaTimeZone(value: string): boolean {
  if (!ZONE_NAME.test(value) || value.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
