/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CombinedError } from 'urql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { FormActions } from './form-actions';
import { SettingsForm } from './settings-form';
import { TextField } from './text-field';
import { useSettingsForm } from './use-settings-form';

const badEmail = new CombinedError({
  graphQLErrors: [
    {
      message: 'Invalid input',
      extensions: { code: 'BAD_USER_INPUT', issues: [{ path: ['input', 'email'], message: 'E-mail taken' }] },
    },
  ],
});

/** A two-field form whose save answers with the given outcome, the way a urql mutation does. */
function Harness({ outcome, save }: { outcome: { error?: CombinedError }; save: jest.Mock }) {
  const [name, setName] = useState('');
  const [email, setEmail] = useState('a@b.co');
  const [error, setError] = useState<CombinedError | undefined>();
  const form = useSettingsForm({ name: !name.trim() ? 'Required.' : undefined }, { fetching: false, error });
  const submit = form.submit(() => {
    save({ name, email });
    setError(outcome.error);
    return Promise.resolve(outcome);
  });
  return (
    <SettingsForm errors={form.errors} onSubmit={submit}>
      <TextField path="name" label="Name" value={name} onChange={setName} />
      <TextField path="email" label="E-mail" type="email" value={email} onChange={setEmail} />
      <FormActions {...form.status} submitLabel="Create" />
    </SettingsForm>
  );
}

const renderForm = (outcome: { error?: CombinedError }) => {
  const save = jest.fn();
  render(
    <I18nProvider initialLocale="en">
      <Harness outcome={outcome} save={save} />
    </I18nProvider>,
  );
  return save;
};

// The submit handler is async; act waits for its promise chain before the assertions.
const submitForm = () => act(() => Promise.resolve(fireEvent.click(screen.getByRole('button', { name: 'Create' }))));

const describedBy = (label: string) =>
  (screen.getByLabelText(label).getAttribute('aria-describedby') ?? '')
    .split(' ')
    .map((id) => document.getElementById(id)?.textContent);

describe('SettingsForm with TextField and useSettingsForm', () => {
  it('shows a server issue under the field its path names, and the error summary by code', async () => {
    const save = renderForm({ error: badEmail });
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ann' } });
    await submitForm();

    expect(save).toHaveBeenCalledWith({ name: 'Ann', email: 'a@b.co' });
    expect(screen.getByLabelText('E-mail').getAttribute('aria-invalid')).toBe('true');
    expect(describedBy('E-mail')).toContain('E-mail taken');
    expect(screen.getByLabelText('Name').getAttribute('aria-invalid')).toBe('false');
    expect(describedBy('Name')).not.toContain('E-mail taken');
    expect(screen.getByRole('status').textContent).toBe('Some values are not valid. Check the highlighted fields.');
  });

  it('does not send a form that fails its client checks, and shows them only after a submit', async () => {
    const save = renderForm({});
    expect(screen.queryByText('Required.')).toBeNull();
    await submitForm();

    expect(save).not.toHaveBeenCalled();
    expect(describedBy('Name')).toContain('Required.');
  });

  it('confirms a successful save and clears the client errors', async () => {
    const save = renderForm({});
    await submitForm();
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'Ann' } });
    await submitForm();

    expect(save).toHaveBeenCalledTimes(1);
    expect(screen.getByRole('status').textContent).toBe('Saved.');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
