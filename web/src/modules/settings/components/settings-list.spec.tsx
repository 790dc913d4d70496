/** @jest-environment jsdom */
import { render, screen } from '@testing-library/react';
import { CombinedError } from 'urql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { SettingsList } from './settings-list';
import type { PagedList } from './use-paged-list';

interface Team {
  id: string;
  name: string;
}

const list = (patch: Partial<PagedList<Team>>): PagedList<Team> => ({
  connection: undefined,
  fetching: false,
  error: undefined,
  pager: { page: { first: 50, after: null }, pageNumber: 1, next: jest.fn(), previous: jest.fn(), reset: jest.fn() },
  refetch: jest.fn(),
  ...patch,
});

const renderList = (l: PagedList<Team>, actions?: (row: Team) => React.ReactNode) =>
  render(
    <I18nProvider initialLocale="en">
      <SettingsList
        title="Teams"
        list={l}
        columns={[{ key: 'name', header: 'Name', cell: (x) => x.name, csv: (x) => x.name }]}
        actions={actions}
        exportName="teams"
        emptyText="No teams yet."
      />
    </I18nProvider>,
  );

describe('SettingsList', () => {
  it('shows loading, then the empty text, and a retry on a failed query', () => {
    const { rerender } = renderList(list({ fetching: true }));
    expect(screen.getByText('Loading…')).toBeTruthy();

    rerender(
      <I18nProvider initialLocale="en">
        <SettingsList
          title="Teams"
          list={list({ connection: { nodes: [], totalCount: 0, pageInfo: { hasNextPage: false } } })}
          columns={[]}
          exportName="teams"
          emptyText="No teams yet."
        />
      </I18nProvider>,
    );
    expect(screen.getByText('No teams yet.')).toBeTruthy();

    const refetch = jest.fn();
    const failed = list({ error: new CombinedError({ networkError: new Error('down') }), refetch });
    rerender(
      <I18nProvider initialLocale="en">
        <SettingsList title="Teams" list={failed} columns={[]} exportName="teams" />
      </I18nProvider>,
    );
    screen.getByRole('button', { name: 'Try again' }).click();
    expect(refetch).toHaveBeenCalledTimes(1);
  });

  it('renders the rows with CSV export, pager and an actions column only when actions are given', () => {
    const connection = { nodes: [{ id: 't1', name: 'Sales' }], totalCount: 1, pageInfo: { hasNextPage: false } };
    const { unmount } = renderList(list({ connection }), (x) => <button type="button">Edit {x.name}</button>);
    const table = screen.getByRole('table', { name: 'Teams' });
    expect([...table.querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Name', 'Actions']);
    expect(screen.getByRole('button', { name: 'Edit Sales' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeTruthy();
    expect(screen.getByRole('navigation', { name: 'Pages' }).textContent).toContain('1 of 1');
    unmount();

    renderList(list({ connection }));
    expect([...screen.getByRole('table').querySelectorAll('th')].map((th) => th.textContent)).toEqual(['Name']);
  });
});
