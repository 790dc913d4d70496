import { REPORT_CATALOGUES } from '../i18n/report-catalogue';
import { localDateTime, ReportFormat } from './report-format';

describe('report formatting', () => {
  const en = new ReportFormat('en', REPORT_CATALOGUES.en);

  it('durations show the two largest units', () => {
    expect(en.duration(0)).toBe('0 s');
    expect(en.duration(40)).toBe('40 s');
    expect(en.duration(3_900)).toBe('1 h 5 min');
    expect(en.duration(7_200)).toBe('2 h');
    expect(en.duration(86_400 * 2 + 3_600 * 3 + 59)).toBe('2 d 3 h');
    expect(en.duration(null)).toBe('—');
    expect(new ReportFormat('uk', REPORT_CATALOGUES.uk).duration(3_900)).toBe('1 год 5 хв');
  });

  it('shares and counts in the language', () => {
    expect(en.share(0.5)).toBe('50%');
    expect(en.share(2 / 3)).toBe('66.7%');
    expect(en.share(null)).toBe('—');
    expect(new ReportFormat('pl', REPORT_CATALOGUES.pl).share(2 / 3)).toMatch(/^66,7\s?%$/);
    expect(en.count(12345)).toBe('12,345');
  });

  it('local date and time in the time zone', () => {
    expect(localDateTime(new Date('2026-02-10T22:30:00Z'), 'Europe/Kyiv')).toBe('2026-02-11 00:30');
    expect(localDateTime(new Date('2026-02-10T22:30:00Z'), 'UTC')).toBe('2026-02-10 22:30');
  });
});
