/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { I18nProvider } from '@web/i18n/i18n-context';
import { DataState } from './data-state';
import { DataTable } from './data-table';

function Table({ fetching }: { fetching: boolean }) {
  return (
    <I18nProvider initialLocale="en">
      <DataState fetching={fetching} error={undefined} empty={false}>
        <DataTable<{ key: string }>
          caption="Rows"
          exportName="rows"
          rows={[{ key: 'a' }]}
          rowKey={(r) => r.key}
          columns={[{ key: 'key', header: 'Key', cell: (r) => r.key, csv: (r) => r.key }]}
        />
      </DataState>
    </I18nProvider>
  );
}

describe('DataTable export', () => {
  it('waits while the rows on screen are being fetched again, so a file never holds the previous answer', () => {
    const { rerender } = render(<Table fetching />);
    const button = () => screen.getByRole<HTMLButtonElement>('button', { name: 'Export CSV' });
    expect(screen.getByRole('cell', { name: 'a' })).toBeTruthy();
    expect(button().disabled).toBe(true);
    rerender(<Table fetching={false} />);
    expect(button().disabled).toBe(false);
  });
});
