/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { UseQueryState } from 'urql';
import type { ComplaintTrendsQuery, ComplaintTrendsQueryVariables } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import type { ComplaintDayRow } from '../complaint-days';
import { ComplaintTrend } from './complaint-trend';

// Recharts measures its container; jsdom has no layout.
class NoResize {
  observe() {}
  unobserve() {}
  disconnect() {}
}
Object.assign(globalThis, { ResizeObserver: NoResize });

const day = (date: string, patch: Partial<ComplaintDayRow> = {}): ComplaintDayRow => ({
  date,
  complaints: 1,
  delivered: 200,
  rate: 5,
  judged: true,
  notJudgedReason: null,
  historyDays: 20,
  mean: 5,
  stdDev: 1,
  limit: 8,
  spike: false,
  reason: null,
  ...patch,
});

function renderTrend(days: ComplaintDayRow[]) {
  const opened: unknown[] = [];
  const result = {
    fetching: false,
    stale: false,
    data: {
      complaintTrends: {
        timeZone: 'UTC',
        period: { from: days[0].date, to: days[days.length - 1].date },
        complaints: 0,
        delivered: 0,
        rate: null,
        threshold: null,
        days,
        weeks: [],
        kinds: [],
        topReasons: [],
      },
    },
  } as unknown as UseQueryState<ComplaintTrendsQuery, ComplaintTrendsQueryVariables>;
  render(
    <I18nProvider initialLocale="en">
      <ComplaintTrend result={result} onRetry={() => undefined} onDrill={(drill) => opened.push(drill)} />
    </I18nProvider>,
  );
  return opened;
}

describe('ComplaintTrend', () => {
  it("names the spike days in words, each opening that day's complaints", () => {
    const opened = renderTrend([
      day('2026-03-08'),
      day('2026-03-09', { complaints: 9, rate: 45, spike: true, reason: 'ABOVE_TRAILING_MEAN' }),
      day('2026-03-10', { complaints: 7, rate: 35, spike: true, reason: 'ABOVE_TRAILING_MEAN' }),
    ]);
    const note = screen.getByTestId('spike-note');
    expect(note.textContent).toBe('2 spike days: 9 Mar 2026, 10 Mar 2026');
    fireEvent.click(within(note).getByRole('button', { name: '10 Mar 2026' }));
    expect(opened).toEqual([{ date: '2026-03-10' }]);
    // The day rows of the data table open the same list.
    fireEvent.click(within(screen.getByRole('table')).getByRole('button', { name: '8 Mar 2026' }));
    expect(opened).toEqual([{ date: '2026-03-10' }, { date: '2026-03-08' }]);
  });

  it('says when no day was a spike, with nothing to open there', () => {
    renderTrend([day('2026-03-08'), day('2026-03-09')]);
    const note = screen.getByTestId('spike-note');
    expect(note.textContent).toBe('No spike day in the period.');
    expect(note.querySelector('button')).toBeNull();
  });
});
