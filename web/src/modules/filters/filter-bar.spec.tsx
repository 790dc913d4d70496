/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { never } from 'wonka';
import { I18nProvider } from '@web/i18n/i18n-context';

jest.mock('@web/app/session-context', () => ({ useSession: () => ({ tenantTimeZone: 'UTC' }) }));

// React Router needs TextEncoder, which jsdom lacks; both modules load once it is there.
let router: typeof import('react-router-dom');
let bar: typeof import('./filter-bar');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  bar = await import('./filter-bar');
});

function Search() {
  return <output data-testid="search">{router.useLocation().search}</output>;
}

const renderAt = (url: string, fields?: readonly import('./filter-bar').FilterField[]) => {
  const client = { executeQuery: () => never } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <router.MemoryRouter initialEntries={[url]}>
          <bar.FilterBar fields={fields} />
          <Search />
        </router.MemoryRouter>
      </I18nProvider>
    </Provider>,
  );
};

describe('FilterBar', () => {
  it('shows every filter by default', () => {
    renderAt('/engagement');
    for (const label of ['Channel', 'Number / account', 'Campaign', 'Agent'])
      expect(screen.getByLabelText(label)).toBeTruthy();
    expect(screen.queryByTestId('filters-not-applied')).toBeNull();
  });

  it('hides the filters a page does not apply and says when the URL still sets one, which Clear drops', () => {
    renderAt('/quality?days=7&channel=sms&campaign=c1&agent=g1', ['channel', 'account']);
    expect(screen.queryByLabelText('Campaign')).toBeNull();
    expect(screen.queryByLabelText('Agent')).toBeNull();
    expect(screen.getByTestId('filters-not-applied').textContent).toMatch(
      /^Not applied on this page: Campaign, Agent\./,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Clear' }));
    expect(screen.getByTestId('search').textContent).toBe('?days=7&channel=sms');
    expect(screen.queryByTestId('filters-not-applied')).toBeNull();
  });

  it('says nothing when the hidden filters are not set', () => {
    renderAt('/compliance?channel=sms', ['channel', 'account', 'campaign']);
    expect(screen.queryByLabelText('Agent')).toBeNull();
    expect(screen.queryByTestId('filters-not-applied')).toBeNull();
  });
});
