/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import type { MetricFieldsFragment } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import type { Locale } from '@web/i18n/types';
import { KPIS } from './kpi-definitions';
import { KpiTile } from '@web/components/ui/kpi-tile';

const readRate = KPIS.find((k) => k.metric === 'readRate')!;
const firstResponse = KPIS.find((k) => k.metric === 'medianFirstResponseSeconds')!;
const violations = KPIS.find((k) => k.metric === 'openViolations')!;
const nps = KPIS.find((k) => k.metric === 'nps')!;

const metric = (patch: Partial<MetricFieldsFragment>): MetricFieldsFragment => ({
  value: null,
  previousValue: null,
  change: null,
  unit: 'RATIO',
  sampleSize: null,
  unavailableReason: null,
  series: [],
  ...patch,
});

const renderTile = (definition: (typeof KPIS)[number], m: MetricFieldsFragment, locale: Locale = 'en') =>
  render(
    <I18nProvider initialLocale={locale}>
      <KpiTile definition={definition} metric={m} />
    </I18nProvider>,
  );

describe('KpiTile', () => {
  it('shows the value, its change against the previous period and a sparkline', () => {
    renderTile(
      readRate,
      metric({
        value: 0.62,
        previousValue: 0.5,
        change: 0.24,
        sampleSize: 1200,
        series: [
          { date: '2026-03-01', value: 0.5 },
          { date: '2026-03-02', value: null },
          { date: '2026-03-03', value: 0.7 },
          { date: '2026-03-04', value: 0.6 },
        ],
      }),
    );
    const tile = screen.getByRole('article', { name: 'Read rate' });
    expect(tile.querySelector('.kpi-value')?.textContent).toBe('62%');
    // A rate compares in percentage points, not relative to the previous rate.
    expect(tile.textContent).toContain('Up +12 pp vs previous period');
    expect(tile.textContent).toContain('Previous period: 50%');
    expect(tile.querySelector('.kpi-good')).not.toBeNull();
    expect(screen.getByRole('img', { name: 'Daily trend of Read rate' })).toBeTruthy();
  });

  it('compares NPS in points, also across zero, with the sign the score moved', () => {
    renderTile(nps, metric({ value: -10, previousValue: -20, change: 0.5, unit: 'SCORE' }), 'pl');
    const tile = screen.getByRole('article', { name: /NPS/ });
    expect(tile.textContent).toContain('Wzrost o +10 pkt');
    expect(tile.querySelector('.kpi-good')).not.toBeNull();
  });

  it('colours a longer response time as bad news', () => {
    renderTile(firstResponse, metric({ value: 300, previousValue: 200, change: 0.5, unit: 'SECONDS' }));
    const tile = screen.getByRole('article', { name: 'Median first response' });
    expect(tile.querySelector('.kpi-value')?.textContent).toMatch(/^5 mins?$/);
    expect(tile.querySelector('.kpi-bad')).not.toBeNull();
    expect(tile.textContent).toContain('Up +50% vs previous period');
  });

  it('says why a figure is missing instead of showing a number', () => {
    renderTile(readRate, metric({ unavailableReason: 'NOT_MEASURABLE' }));
    const tile = screen.getByRole('article', { name: 'Read rate' });
    expect(tile.textContent).toContain('Not measurable');
    expect(tile.querySelector('.kpi-value')).toBeNull();
    expect(tile.textContent).not.toMatch(/\d/);
  });

  it('explains figures that are not built yet, in the chosen language', () => {
    renderTile(violations, metric({ unit: 'COUNT', unavailableReason: 'NOT_BUILT' }), 'pl');
    const tile = screen.getByRole('article', { name: 'Otwarte naruszenia' });
    expect(tile.textContent).toContain('Jeszcze niedostępne');
  });
});
