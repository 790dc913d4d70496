/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { AsOf } from './as-of';

const show = (asOf: string | null | undefined, now: string) =>
  render(
    <I18nProvider initialLocale="en">
      <AsOf asOf={asOf} now={new Date(now)} />
    </I18nProvider>,
  );

// 12:05 and 12:30 UTC fall on the same calendar day in every time zone (UTC−12 to UTC+14).
describe('AsOf', () => {
  it('shows the time alone when the roll-up was today', () => {
    show('2026-03-05T12:05:00.000Z', '2026-03-05T12:30:00.000Z');
    expect(screen.getByTestId('as-of').firstChild?.textContent).toMatch(/^Figures as of \d{2}:\d{2}$/);
    expect(screen.getByText('How is this computed?')).toBeTruthy();
  });

  it('adds the date when the roll-up was on another day', () => {
    show('2026-03-01T12:05:00.000Z', '2026-03-05T12:30:00.000Z');
    expect(screen.getByTestId('as-of').firstChild?.textContent).toMatch(/^Figures as of 1 Mar 2026, \d{2}:\d{2}$/);
  });

  it('says the figures are being prepared before the first roll-up, and nothing while they load', () => {
    show(null, '2026-03-05T12:30:00.000Z');
    expect(screen.getByTestId('as-of').firstChild?.textContent).toBe('Figures are being prepared…');
    const { container } = show(undefined, '2026-03-05T12:30:00.000Z');
    expect(container.innerHTML).toBe('');
  });
});
