/** @jest-environment jsdom */
import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { KpiSummary, periodMetric, type SummaryFigure } from './kpi-summary';

interface Data {
  complaints: number;
}

const FIGURES: readonly SummaryFigure<Data>[] = [
  {
    definition: { metric: 'complaints', label: 'complaints.complaints', better: 'down' },
    how: 'complaints.how.complaints',
    metric: (d) => periodMetric('COUNT', d.complaints, [], { sampleSize: 7 }),
  },
];

const summary = (data: Data | undefined, fetching = false) => (
  <I18nProvider initialLocale="en">
    <KpiSummary
      id="s-heading"
      title="complaints.summary"
      data={data}
      fetching={fetching}
      error={undefined}
      onRetry={() => undefined}
      figures={FIGURES}
    />
  </I18nProvider>
);

describe('KpiSummary', () => {
  it('puts one tile per figure under a heading named for screen readers', () => {
    render(summary({ complaints: 42 }));
    const section = screen.getByRole('region', { name: 'Complaint figures' });
    expect(within(section).getByText('42')).toBeTruthy();
    expect(within(section).getAllByText('Complaints').length).toBeGreaterThan(0);
  });

  it('shows no tile while there is no data', () => {
    render(summary(undefined, true));
    expect(screen.queryByText('42')).toBeNull();
  });

  it('builds a period figure without a comparison', () => {
    expect(periodMetric('COUNT', undefined, [{ date: '2026-11-01', value: 3 }])).toEqual({
      value: null,
      previousValue: null,
      change: null,
      unit: 'COUNT',
      sampleSize: null,
      unavailableReason: null,
      series: [{ date: '2026-11-01', value: 3 }],
    });
  });
});
