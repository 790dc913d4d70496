/** @jest-environment jsdom */
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { FunnelComparison } from './funnel-comparison';
import type { FunnelData, FunnelRowData } from './funnel-data';

const downloads: Array<{ name: string; text: string }> = [];
jest.mock('@web/lib/csv', () => ({
  ...jest.requireActual<typeof import('@web/lib/csv')>('@web/lib/csv'),
  downloadText: (name: string, text: string) => downloads.push({ name, text }),
}));

const row = (patch: Partial<FunnelRowData> & Pick<FunnelRowData, 'key'>): FunnelRowData => ({
  label: patch.key,
  sent: 0,
  replied: 0,
  converted: 0,
  unavailable: [],
  optOuts: 0,
  complaints: 0,
  ...patch,
});

// WhatsApp reads in 5 min over 300 reads; Viber in 2 min but over 3 reads only (too few to be ranked); Messenger in
// 10 min over 40 reads. Telegram reports no reads, SMS neither delivery nor reads.
const whatsapp = row({
  key: 'whatsapp',
  channel: 'WHATSAPP',
  sent: 400,
  delivered: 380,
  read: 300,
  replied: 80,
  converted: 12,
  deliveryRate: 0.95,
  readRate: 300 / 380,
  replyRate: 0.2,
  conversionRate: 0.03,
  medianSecondsToRead: 300,
  medianSecondsToReply: 900,
  optOuts: 2,
  optOutRate: 2 / 0.38,
  complaints: 1,
  complaintRate: 1 / 0.38,
  cost: 20,
  costPerMessage: 0.05,
});
const viber = row({
  key: 'viber',
  channel: 'VIBER',
  sent: 5,
  delivered: 5,
  read: 3,
  replied: 1,
  deliveryRate: 1,
  readRate: 0.6,
  replyRate: 0.2,
  conversionRate: 0,
  medianSecondsToRead: 120,
});
const messenger = row({
  key: 'messenger',
  channel: 'MESSENGER',
  sent: 60,
  delivered: 50,
  read: 40,
  replied: 5,
  deliveryRate: 50 / 60,
  readRate: 0.8,
  replyRate: 5 / 60,
  conversionRate: 0,
  medianSecondsToRead: 600,
});
const telegram = row({
  key: 'telegram',
  channel: 'TELEGRAM',
  sent: 100,
  delivered: 100,
  read: null,
  replied: 10,
  deliveryRate: 1,
  readRate: null,
  replyRate: 0.1,
  conversionRate: 0,
  unavailable: [{ field: 'read', reason: 'NOT_MEASURABLE' }],
});
const sms = row({
  key: 'sms',
  channel: 'SMS',
  sent: 50,
  delivered: null,
  read: null,
  replied: 0,
  replyRate: 0,
  conversionRate: 0,
});
const total = row({ key: '', label: 'All', sent: 615, replied: 96, converted: 12 });
const funnel: FunnelData = {
  currency: 'EUR',
  windowDays: 7,
  total,
  rows: [whatsapp, telegram, messenger, sms, viber],
};

const renderFunnel = () => {
  const onDrill = jest.fn();
  render(
    <I18nProvider initialLocale="en">
      <FunnelComparison funnel={funnel} onDrill={onDrill} />
    </I18nProvider>,
  );
  const table = screen.getByRole('table', { name: 'Funnel by channel' });
  const bodyRows = () => within(table).getAllByRole('row').slice(1);
  const rowOf = (name: string) => bodyRows().find((r) => r.textContent?.startsWith(name))!;
  return { onDrill, table, bodyRows, rowOf };
};

describe('FunnelComparison', () => {
  it('says "Not measurable" for steps a channel does not report, never 0', () => {
    const { rowOf } = renderFunnel();
    const cells = (name: string) =>
      within(rowOf(name))
        .getAllByRole('cell')
        .map((c) => c.textContent);
    // Channel, Sent, Delivered, Read, Replied, Converted, Delivery rate, Read rate, Reply, Conversion, Median read …
    expect(cells('Telegram').slice(2, 4)).toEqual(['100', 'Not measurable']);
    expect(cells('Telegram')[7]).toBe('Not measurable');
    expect(cells('Telegram')[10]).toBe('Not measurable');
    expect(cells('SMS').slice(2, 4)).toEqual(['Not measurable', 'Not measurable']);
    expect(cells('SMS')[6]).toBe('Not measurable');
    // No price set: no cost, said so.
    expect(cells('Telegram')[14]).toBe('No price');
    expect(cells('WhatsApp')[14]).toBe('€20.00');
  });

  it('marks the channel read fastest among those with enough reads', () => {
    const { rowOf } = renderFunnel();
    // Viber is quicker but has 3 reads: WhatsApp (5 min over 300 reads) beats Messenger (10 min).
    expect(within(rowOf('WhatsApp')).getByText('Read fastest')).toBeTruthy();
    expect(within(rowOf('Viber')).queryByText('Read fastest')).toBeNull();
    expect(screen.getByTestId('fastest-read').textContent).toBe(
      'Read fastest WhatsApp is read fastest: median time to read 5 mins (n = 300 read).',
    );
  });

  it('sorts by a column, channels without the figure last, the total kept at the bottom', () => {
    const { bodyRows } = renderFunnel();
    const names = () => bodyRows().map((r) => within(r).getAllByRole('cell')[0].textContent);
    fireEvent.click(screen.getByRole('button', { name: /^Median time to read/ }));
    expect(names()).toEqual(['Viber', 'WhatsAppRead fastest', 'Messenger', 'Telegram', 'SMS', 'All channels']);
    const header = screen.getByRole('columnheader', { name: /^Median time to read/ });
    expect(header.getAttribute('aria-sort')).toBe('ascending');
    fireEvent.click(screen.getByRole('button', { name: /^Median time to read/ }));
    expect(names()).toEqual(['Messenger', 'WhatsAppRead fastest', 'Viber', 'Telegram', 'SMS', 'All channels']);
  });

  it('exports the rows as shown with raw values, blanks where not measurable', () => {
    renderFunnel();
    fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    const { name, text } = downloads.at(-1)!;
    expect(name).toBe('funnel-by-channel.csv');
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Channel,Sent,Delivered,Read,Replied,Converted,Delivery rate,Read rate,Reply rate,Conversion rate,' +
        'Median time to read,Median time to reply,"Opt-outs per 1,000","Complaints per 1,000",Cost (EUR),' +
        'Cost per message (EUR)',
    );
    expect(lines.map((l) => l.split(',')[0])).toEqual([
      'Channel',
      'whatsapp',
      'telegram',
      'messenger',
      'sms',
      'viber',
      'total',
    ]);
    expect(lines[2].split(',').slice(0, 8)).toEqual(['telegram', '100', '100', '', '10', '0', '1', '']);
    expect(lines[4].split(',').slice(0, 4)).toEqual(['sms', '50', '', '']);
  });

  it('lists the messages behind a step count', () => {
    const { rowOf, onDrill } = renderFunnel();
    fireEvent.click(within(rowOf('WhatsApp')).getByRole('button', { name: '300' }));
    expect(onDrill).toHaveBeenLastCalledWith({ dimension: 'CHANNEL', key: 'whatsapp', status: 'read' });
    fireEvent.click(within(rowOf('Messenger')).getByRole('button', { name: 'Messenger' }));
    expect(onDrill).toHaveBeenLastCalledWith({ dimension: 'CHANNEL', key: 'messenger' });
    // A step the channel does not report has nothing to list.
    expect(within(rowOf('Telegram')).queryByRole('button', { name: 'Not measurable' })).toBeNull();
  });
});
