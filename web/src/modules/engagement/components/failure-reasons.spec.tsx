/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { FailureReasonFieldsFragment, FailureReasonsQuery } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { FailureReasons } from './failure-reasons';

const reason = (channel: 'WHATSAPP' | 'SMS', errorCode: string | null, count: number): FailureReasonFieldsFragment => ({
  channel,
  errorCode,
  count,
  share: count / 6,
  known: false,
});
const data: FailureReasonsQuery = {
  failureReasons: [reason('WHATSAPP', '131049', 3), reason('WHATSAPP', '131026', 2), reason('SMS', null, 1)],
};

describe('FailureReasons', () => {
  it('opens exactly the failed messages of a row: its channel and code, or those without a code', () => {
    const onDrill = jest.fn();
    const client = { executeQuery: () => fromValue({ data, stale: false, hasNext: false }) } as unknown as Client;
    render(
      <Provider value={client}>
        <I18nProvider initialLocale="en">
          <FailureReasons filter={{ from: '2026-03-01', to: '2026-03-14' }} onDrill={onDrill} />
        </I18nProvider>
      </Provider>,
    );
    fireEvent.click(screen.getByRole('button', { name: '2' }));
    expect(onDrill).toHaveBeenLastCalledWith({
      dimension: 'CHANNEL',
      key: 'whatsapp',
      status: 'failed',
      errorCode: '131026',
    });
    fireEvent.click(screen.getByRole('button', { name: '1' }));
    expect(onDrill).toHaveBeenLastCalledWith({ dimension: 'CHANNEL', key: 'sms', status: 'failed', errorCode: '' });
  });
});
