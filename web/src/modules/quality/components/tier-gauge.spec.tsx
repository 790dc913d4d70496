/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { TierGauge } from './tier-gauge';

const renderGauge = (value: number | null) =>
  render(
    <I18nProvider initialLocale="en">
      <TierGauge label="Usage of the limit by Shop DE" value={value} detail="412 of 1,000 / 24 h" />
    </I18nProvider>,
  );

describe('TierGauge', () => {
  it('is a meter with the share in percent and the reach behind it', () => {
    renderGauge(0.412);
    const meter = screen.getByRole('meter', { name: 'Usage of the limit by Shop DE' });
    expect(meter.getAttribute('aria-valuenow')).toBe('41');
    expect(meter.getAttribute('aria-valuetext')).toBe('41.2%');
    expect(screen.getByText(/412 of 1,000 \/ 24 h/)).toBeTruthy();
  });

  it('fills the bar at 100% and above but says the real share', () => {
    renderGauge(1.35);
    const meter = screen.getByRole('meter');
    expect(meter.getAttribute('aria-valuenow')).toBe('100');
    expect(meter.getAttribute('aria-valuetext')).toBe('135%');
    expect((meter.firstElementChild as HTMLElement).style.width).toBe('100%');
    expect(meter.firstElementChild?.className).toContain('gauge-full');
  });

  it('says "not measurable" instead of an empty bar when there is no figure', () => {
    renderGauge(null);
    expect(screen.queryByRole('meter')).toBeNull();
    expect(screen.getByText('Not measurable')).toBeTruthy();
  });
});
