/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import { I18nProvider } from '@web/i18n/i18n-context';
import { AlertRuleForm } from './alert-rule-form';

const renderForm = () => {
  const sent: unknown[] = [];
  const client = {
    executeMutation: (operation: { variables: unknown }) => {
      sent.push(operation.variables);
      return fromValue({ operation, data: { createAlertRule: null }, stale: false, hasNext: false });
    },
  } as unknown as Client;
  const onSaved = jest.fn();
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <AlertRuleForm rule={null} onSaved={onSaved} onCancel={jest.fn()} />
      </I18nProvider>
    </Provider>,
  );
  return { sent, onSaved };
};

const create = () => act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: 'Create rule' }))));

describe('AlertRuleForm', () => {
  it('asks for a threshold only for SLA and NPS rules, starting from the usual value', () => {
    renderForm();
    expect(screen.queryByLabelText('Fire below this attainment (%)')).toBeNull();
    fireEvent.change(screen.getByLabelText('Condition'), { target: { value: 'SLA_BELOW_TARGET' } });
    expect(screen.getByLabelText<HTMLInputElement>('Fire below this attainment (%)').value).toBe('90');
    fireEvent.change(screen.getByLabelText('Condition'), { target: { value: 'NPS_DROP' } });
    expect(screen.getByLabelText('Fire on a drop of at least (NPS points)')).toBeTruthy();
  });

  it('sends nothing while a field is wrong, then the rule with its lists split', async () => {
    const { sent, onSaved } = renderForm();
    fireEvent.change(screen.getByLabelText('E-mail recipients'), { target: { value: 'ops@example.com, nope' } });
    await create();
    expect(sent).toEqual([]);
    expect(screen.getByText('Enter a name of up to 200 characters.')).toBeTruthy();
    expect(screen.getByText('Enter up to 20 valid e-mail addresses.')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Name'), { target: { value: ' Quality watch ' } });
    fireEvent.change(screen.getByLabelText('E-mail recipients'), {
      target: { value: 'ops@example.com, cto@example.com' },
    });
    fireEvent.change(screen.getByLabelText('Numbers (account ids)'), { target: { value: 'wa-1 wa-2' } });
    await create();
    expect(sent).toEqual([
      {
        input: {
          kind: 'QUALITY_DROP',
          name: 'Quality watch',
          enabled: true,
          threshold: null,
          accountIds: ['wa-1', 'wa-2'],
          emailRecipients: ['ops@example.com', 'cto@example.com'],
          notifyWebhook: true,
        },
      },
    ]);
    expect(onSaved).toHaveBeenCalledTimes(1);
  });
});
