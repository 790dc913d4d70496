import { getCountries } from 'libphonenumber-js';
import { PRINCIPAL_TIME_ZONES, principalTimeZone } from './country-time-zones';

/** Hours east of UTC a zone's clock shows at an instant. */
function offsetHours(timeZone: string, at: Date): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  );
  const local = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute);
  return (local - at.getTime()) / 3_600_000;
}

describe('principalTimeZone', () => {
  it('gives the zone where most of the country lives', () => {
    expect(principalTimeZone('DE')).toBe('Europe/Berlin');
    expect(principalTimeZone('US')).toBe('America/New_York');
    expect(principalTimeZone('RU')).toBe('Europe/Moscow');
    expect(principalTimeZone('BR')).toBe('America/Sao_Paulo');
    expect(principalTimeZone('CA')).toBe('America/Toronto');
    expect(principalTimeZone('AU')).toBe('Australia/Sydney');
    expect(principalTimeZone('UA')).toBe('Europe/Kyiv');
    expect(principalTimeZone('IN')).toBe('Asia/Kolkata');
    expect(principalTimeZone('GG')).toBe('Europe/Guernsey');
  });

  it('is undefined for unknown or badly spelled codes', () => {
    expect(principalTimeZone('')).toBeUndefined();
    expect(principalTimeZone('de')).toBeUndefined();
    expect(principalTimeZone('ZZ')).toBeUndefined();
    expect(principalTimeZone('toString')).toBeUndefined();
  });

  it('covers every ISO 3166-1 country and every country a phone number can resolve to, with a zone Intl accepts', () => {
    const codes = Object.keys(PRINCIPAL_TIME_ZONES);
    expect(codes).toHaveLength(252);
    for (const country of getCountries()) expect(principalTimeZone(country)).toBeDefined();
    for (const code of codes) expect(code).toMatch(/^[A-Z]{2}$/);
    const region = new Intl.DisplayNames(['en'], { type: 'region' });
    for (const code of codes) expect(region.of(code)).not.toBe(code);
    for (const zone of Object.values(PRINCIPAL_TIME_ZONES)) {
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
  });

  it('keeps the offsets the zones are known for (winter and summer)', () => {
    const winter = new Date(Date.UTC(2026, 0, 15, 12));
    const summer = new Date(Date.UTC(2026, 6, 15, 12));
    expect(offsetHours(principalTimeZone('DE')!, winter)).toBe(1);
    expect(offsetHours(principalTimeZone('DE')!, summer)).toBe(2);
    expect(offsetHours(principalTimeZone('BR')!, summer)).toBe(-3);
    expect(offsetHours(principalTimeZone('RU')!, summer)).toBe(3);
    expect(offsetHours(principalTimeZone('IN')!, winter)).toBe(5.5);
    expect(offsetHours(principalTimeZone('US')!, winter)).toBe(-5);
  });
});
