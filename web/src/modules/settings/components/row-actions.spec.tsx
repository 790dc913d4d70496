/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { RowActions } from './row-actions';

const renderActions = (handlers: { onEdit?: () => void; onDelete?: () => void }) =>
  render(
    <I18nProvider initialLocale="en">
      <RowActions name="Sales" {...handlers} />
    </I18nProvider>,
  );

describe('RowActions', () => {
  let confirm: jest.SpyInstance<boolean, [message?: string]>;
  beforeEach(() => {
    confirm = jest.spyOn(window, 'confirm');
  });
  afterEach(() => confirm.mockRestore());

  it('deletes only after the user confirms the question that names the row', () => {
    const onDelete = jest.fn();
    renderActions({ onDelete });
    const button = screen.getByRole('button', { name: 'Delete Sales' });

    confirm.mockReturnValueOnce(false);
    fireEvent.click(button);
    expect(confirm).toHaveBeenCalledWith('Delete Sales? This cannot be undone.');
    expect(onDelete).not.toHaveBeenCalled();

    confirm.mockReturnValueOnce(true);
    fireEvent.click(button);
    expect(onDelete).toHaveBeenCalledTimes(1);
  });

  it('edits without asking and leaves out the buttons that have no handler', () => {
    const onEdit = jest.fn();
    renderActions({ onEdit });
    fireEvent.click(screen.getByRole('button', { name: 'Edit Sales' }));

    expect(onEdit).toHaveBeenCalledTimes(1);
    expect(confirm).not.toHaveBeenCalled();
    expect(screen.queryByRole('button', { name: 'Delete Sales' })).toBeNull();
  });
});
