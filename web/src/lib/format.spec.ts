import { createFormatters } from './format';

describe('createFormatters', () => {
  it('formats ratios and counts with the locale’s separators', () => {
    expect(createFormatters('en', 'UTC').ratio(0.953)).toBe('95.3%');
    expect(createFormatters('pl', 'UTC').ratio(0.953)).toBe('95,3%');
    expect(createFormatters('en', 'UTC').count(12345)).toBe('12,345');
    expect(createFormatters('ru', 'UTC').count(12345).replace(/\s/g, ' ')).toBe('12 345');
  });

  it('formats durations in the two largest units', () => {
    const fmt = createFormatters('en', 'UTC');
    // Unit abbreviations vary slightly between ICU versions ("sec"/"secs").
    expect(fmt.seconds(42)).toMatch(/^42 secs?$/);
    expect(fmt.seconds(125)).toMatch(/^2 mins? 5 secs?$/);
    expect(fmt.seconds(3600 * 2 + 60 * 15 + 9)).toMatch(/^2 hrs? 15 mins?$/);
    expect(fmt.seconds(86400 * 3 + 3600)).toMatch(/^3 days 1 hr$/);
    expect(fmt.seconds(3600)).toMatch(/^1 hr$/);
  });

  it('shows a calendar date as that date whatever the time zone', () => {
    expect(createFormatters('en', 'Pacific/Honolulu').date('2026-03-01')).toBe('1 Mar 2026');
    expect(createFormatters('pt', 'Asia/Tokyo').date('2026-03-01')).toBe('1 de mar. de 2026');
  });

  it('shows instants in the viewer’s time zone', () => {
    expect(createFormatters('en', 'Asia/Tokyo').dateTime('2026-03-01T20:30:00.000Z')).toBe('2 Mar 2026, 05:30');
  });

  it('formats every metric unit, with a sign on changes', () => {
    const fmt = createFormatters('en', 'UTC');
    expect(fmt.metric(42, 'SCORE')).toBe('42');
    expect(fmt.metric(1.234, 'PER_THOUSAND')).toBe('1.23 ‰');
    expect(fmt.change(0.125)).toBe('+12.5%');
    expect(fmt.change(-0.05)).toBe('-5%');
  });

  it('names days of the week by ISO number and hours as clock times, in the interface language', () => {
    const fmt = createFormatters('en', 'Asia/Tokyo');
    expect(fmt.weekday(1)).toBe('Monday');
    expect(fmt.weekday(7, 'short')).toBe('Sun');
    expect(fmt.hour(9)).toBe('09:00');
    expect(createFormatters('pl', 'UTC').weekday(3)).toBe('środa');
  });
});
