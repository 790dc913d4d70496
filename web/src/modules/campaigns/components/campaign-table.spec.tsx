/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import type { Performance, PerformanceRow } from '../campaign-types';
import { CampaignTable } from './campaign-table';

const row = (key: string, label: string, figures: Partial<PerformanceRow>): PerformanceRow => ({
  key,
  label,
  campaign: key === 'organic' ? null : { id: `id-${key}`, key, name: label },
  conversations: 0,
  uniqueContacts: 0,
  newOptIns: 0,
  messagesSent: 0,
  replies: 0,
  conversions: 0,
  revenue: 0,
  spend: null,
  costPerConversation: null,
  costPerConversion: null,
  roas: null,
  ...figures,
});

const performance: Performance = {
  period: { from: '2026-03-01', to: '2026-03-14' },
  timeZone: 'UTC',
  model: 'LAST_TOUCH',
  windowDays: 7,
  currency: 'EUR',
  unconvertedCurrencies: [],
  total: row('total', 'Total', {}),
  days: [],
  // In the API's order (conversions desc), not the page's.
  rows: [
    row('organic', 'organic', { conversations: 40, uniqueContacts: 38, conversions: 9, revenue: 300 }),
    row('spring', 'Spring sale', {
      conversations: 30,
      uniqueContacts: 25,
      conversions: 5,
      revenue: 400,
      spend: 100,
      costPerConversation: 3.33,
      costPerConversion: 20,
      roas: 4,
    }),
    row('flash', 'Flash', {
      conversations: 10,
      uniqueContacts: 10,
      conversions: 4,
      revenue: 90,
      spend: 50,
      costPerConversation: 5,
      costPerConversion: 12.5,
      roas: 1.8,
    }),
    row('launch', 'Launch', { conversations: 8, uniqueContacts: 8, spend: 60, costPerConversation: 7.5 }),
  ],
};

function renderTable(onDrill = jest.fn()) {
  render(
    <I18nProvider initialLocale="en">
      <CampaignTable
        performance={performance}
        group="CAMPAIGN"
        fetching={false}
        error={undefined}
        onRetry={() => undefined}
        onDrill={onDrill}
      />
    </I18nProvider>,
  );
  return onDrill;
}

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((r) => within(r).getAllByRole('cell')[0].textContent);

describe('CampaignTable', () => {
  it('lists the cheapest conversions first, marks the cheapest and says how it is sorted', () => {
    renderTable();
    expect(names()).toEqual(['FlashCheapest', 'Spring sale', 'Organic (no campaign)', 'Launch']);
    const header = screen.getByRole('columnheader', { name: /Cost per conversion/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    expect(screen.getByText('Cheapest').closest('tr')?.className).toBe('row-leader');
    expect(screen.getByText('€12.50')).toBeTruthy();
  });

  it('sorts by another column from its header, and flips on a second press', () => {
    renderTable();
    const revenue = screen.getByRole('button', { name: /^Revenue/ });
    fireEvent.click(revenue);
    expect(names()).toEqual(['Spring sale', 'Organic (no campaign)', 'FlashCheapest', 'Launch']);
    expect(screen.getByRole('columnheader', { name: /^Revenue/ }).getAttribute('aria-sort')).toBe('descending');
    expect(screen.getByRole('columnheader', { name: /Cost per conversion/ }).getAttribute('aria-sort')).toBe('none');
    fireEvent.click(revenue);
    expect(names()[0]).toBe('Launch');
  });

  it('opens the conversions or conversations behind a row', () => {
    const onDrill = renderTable();
    fireEvent.click(screen.getByRole('button', { name: 'Spring sale' }));
    expect(onDrill).toHaveBeenLastCalledWith({ rows: 'conversions', dimension: 'CAMPAIGN', key: 'spring' });
    fireEvent.click(screen.getByRole('button', { name: '30 conversations of Spring sale: list them' }));
    expect(onDrill).toHaveBeenLastCalledWith({ rows: 'conversations', dimension: 'CAMPAIGN', key: 'spring' });
    // No conversions: a plain number, nothing to open.
    expect(screen.queryByRole('button', { name: /conversions of Launch/ })).toBeNull();
  });
});
