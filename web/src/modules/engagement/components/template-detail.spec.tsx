/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { TemplateDetailQuery } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { TemplateDetail } from './template-detail';
import type { TemplateRow } from './templates-section';

const template: TemplateRow = {
  channel: 'WHATSAPP',
  accountExternalId: '+4930111',
  businessAccountId: 'acc_1',
  name: 'promo',
  language: 'en',
  sent: 10,
  delivered: 7,
  read: 5,
  replied: 1,
  failed: 3,
  complaints: 0,
  optOuts: 0,
  readReceipts: true,
};
const data: TemplateDetailQuery = {
  templateHistory: [],
  templateFailures: [
    { channel: 'WHATSAPP', errorCode: '131049', count: 2, share: 2 / 3, known: true },
    { channel: 'VIBER', errorCode: null, count: 1, share: 1 / 3, known: false },
  ],
};

describe('TemplateDetail', () => {
  const open = () => {
    const onDrill = jest.fn();
    const client = { executeQuery: () => fromValue({ data, stale: false, hasNext: false }) } as unknown as Client;
    render(
      <Provider value={client}>
        <I18nProvider initialLocale="en">
          <TemplateDetail
            filter={{ from: '2026-03-01', to: '2026-03-14' }}
            template={template}
            onClose={jest.fn()}
            onDrill={onDrill}
          />
        </I18nProvider>
      </Provider>,
    );
    return onDrill;
  };

  it("lists the template's messages from its own channel and number, as its row counts them", () => {
    const onDrill = open();
    fireEvent.click(screen.getByRole('button', { name: 'List its messages' }));
    expect(onDrill).toHaveBeenCalledWith({
      dimension: 'TEMPLATE',
      key: 'promo|en',
      channel: 'WHATSAPP',
      accountId: '+4930111',
    });
  });

  it('opens a failure row as exactly its channel and error code', () => {
    const onDrill = open();
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(onDrill).toHaveBeenLastCalledWith({
      dimension: 'TEMPLATE',
      key: 'promo|en',
      status: 'failed',
      channel: 'WHATSAPP',
      errorCode: '131049',
    });
    fireEvent.click(screen.getByRole('button', { name: '1' }));
    expect(onDrill).toHaveBeenLastCalledWith({
      dimension: 'TEMPLATE',
      key: 'promo|en',
      status: 'failed',
      channel: 'VIBER',
      errorCode: '',
    });
  });
});
