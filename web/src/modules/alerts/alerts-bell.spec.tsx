/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { fromValue } from 'wonka';
import type { AlertFiringFieldsFragment } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';

// React Router needs TextEncoder, which jsdom lacks; the modules that use it load once it is there.
let router: typeof import('react-router-dom');
let bell: typeof import('./alerts-bell');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  bell = await import('./alerts-bell');
});

const firing = (id: string, read: boolean, link: string | null): AlertFiringFieldsFragment => ({
  id,
  ruleId: 'r1',
  ruleName: 'Quality watch',
  kind: 'QUALITY_DROP',
  severity: 'WARNING',
  title: `Quality dropped on wa-${id}`,
  detail: 'HIGH → MEDIUM',
  accountId: `wa-${id}`,
  conditionAt: '2026-03-02T10:00:00.000Z',
  firedAt: '2026-03-02T10:05:00.000Z',
  read,
  link,
  deliveries: [],
});

const renderBell = () => {
  let unread = 2;
  const queries: string[] = [];
  const mutations: unknown[] = [];
  const client = {
    executeQuery: (operation: { query: { definitions: Array<{ name?: { value: string } }> } }) => {
      const name = operation.query.definitions[0]?.name?.value ?? '';
      queries.push(name);
      const data =
        name === 'AlertUnreadCount'
          ? { alertUnreadCount: unread }
          : {
              alertFirings: {
                totalCount: 2,
                pageInfo: { endCursor: null, hasNextPage: false },
                nodes: [firing('1', false, '/quality?account=wa-1'), firing('2', true, 'https://elsewhere.example')],
              },
            };
      return fromValue({ operation, data, stale: false, hasNext: false });
    },
    executeMutation: (operation: { variables: unknown }) => {
      mutations.push(operation.variables);
      unread = 0;
      return fromValue({ operation, data: { markAlertsRead: 1 }, stale: false, hasNext: false });
    },
  } as unknown as Client;
  render(
    <router.MemoryRouter>
      <Provider value={client}>
        <I18nProvider initialLocale="en">
          <bell.AlertsBell />
        </I18nProvider>
      </Provider>
    </router.MemoryRouter>,
  );
  return { queries, mutations };
};

describe('AlertsBell', () => {
  afterEach(() => jest.useRealTimers());

  it('shows the unread count and asks again every minute', () => {
    jest.useFakeTimers();
    const { queries } = renderBell();
    expect(screen.getByTestId('alerts-unread').textContent).toBe('2');
    expect(screen.getByRole('button', { name: 'Alerts: 2 unread' })).toBeTruthy();
    const asked = queries.filter((q) => q === 'AlertUnreadCount').length;
    act(() => jest.advanceTimersByTime(bell.POLL_MS));
    expect(queries.filter((q) => q === 'AlertUnreadCount').length).toBeGreaterThan(asked);
  });

  it('lists recent firings with in-app links only, and marks one as read', async () => {
    const { mutations } = renderBell();
    fireEvent.click(screen.getByTestId('alerts-bell'));
    const items = screen.getAllByTestId('alert-firing');
    expect(items).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Quality dropped on wa-1' }).getAttribute('href')).toBe(
      '/quality?account=wa-1',
    );
    // A link to another origin is shown as text, never followed.
    expect(screen.queryByRole('link', { name: 'Quality dropped on wa-2' })).toBeNull();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Mark "Quality dropped on wa-1" as read' }));
      await Promise.resolve();
    });
    expect(mutations).toEqual([{ ids: ['1'] }]);
    expect(screen.queryByTestId('alerts-unread')).toBeNull();
  });

  it('closes on Escape and returns focus to the bell', () => {
    renderBell();
    const bell = screen.getByTestId('alerts-bell');
    fireEvent.click(bell);
    expect(bell.getAttribute('aria-expanded')).toBe('true');
    fireEvent.keyDown(document, { key: 'Escape' });
    expect(bell.getAttribute('aria-expanded')).toBe('false');
    expect(document.activeElement).toBe(bell);
  });
});
