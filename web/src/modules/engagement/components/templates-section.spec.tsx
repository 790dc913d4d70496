/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { TemplatesQuery } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { TemplatesSection, type TemplateRow } from './templates-section';

const template = (name: string, sent: number, delivered: number, read: number | null): TemplateRow => ({
  channel: read === null ? 'SMS' : 'WHATSAPP',
  accountExternalId: '+15550001',
  name,
  language: 'en',
  sent,
  delivered,
  read: read ?? 0,
  replied: 0,
  failed: sent - delivered,
  complaints: 0,
  optOuts: 0,
  deliveryRate: delivered / sent,
  readRate: read === null ? null : read / delivered,
  readRateUnavailableReason: read === null ? 'NOT_MEASURABLE' : null,
  readReceipts: read !== null,
});

// "tiny" is read worst (0 of 3) but too small to be ranked; "reminder" (45 of 90) is the one read least.
const rows = [
  template('welcome', 500, 480, 400),
  template('sms_alert', 300, 300, null),
  template('reminder', 100, 90, 45),
  template('tiny', 3, 3, 0),
];
const data: TemplatesQuery = {
  templates: { totalCount: rows.length, pageInfo: { endCursor: null, hasNextPage: false }, nodes: rows },
};

const renderSection = () => {
  const client = { executeQuery: () => fromValue({ data, stale: false, hasNext: false }) } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <TemplatesSection
          filter={{ from: '2026-03-01', to: '2026-03-14', channels: [], accountIds: [] }}
          onDrill={jest.fn()}
        />
      </I18nProvider>
    </Provider>,
  );
  const table = screen.getByRole('table', { name: 'Templates' });
  return {
    table,
    names: () =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => r.querySelector('td')?.textContent),
  };
};

describe('TemplatesSection', () => {
  it('names the template read least among those with enough deliveries, with its n', () => {
    const { names } = renderSection();
    expect(screen.getByTestId('read-least').textContent).toBe(
      'Read least reminder (en) is read least: read rate 50% (n = 90 delivered).',
    );
    expect(names()).toEqual(['welcome', 'sms_alert', 'reminderRead least', 'tiny']);
    expect(screen.getByText('83.3% (n = 480)')).toBeTruthy();
  });

  it('sorts by read rate, lowest first, templates without read receipts last', () => {
    const { names } = renderSection();
    fireEvent.click(screen.getByRole('button', { name: /^Read rate/ }));
    expect(names()).toEqual(['tiny', 'reminderRead least', 'welcome', 'sms_alert']);
    fireEvent.click(screen.getByRole('button', { name: /^Read rate/ }));
    expect(names()).toEqual(['welcome', 'reminderRead least', 'tiny', 'sms_alert']);
  });
});
