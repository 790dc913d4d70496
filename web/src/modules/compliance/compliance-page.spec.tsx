/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { never } from 'wonka';
import type { Role } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';

let role: Role = 'MARKETER';
jest.mock('@web/app/session-context', () => ({
  useSession: () => ({ viewer: { role }, can: (...roles: Role[]) => roles.includes(role), tenantTimeZone: 'UTC' }),
}));

// React Router needs TextEncoder, which jsdom lacks; both modules load once it is there.
let router: typeof import('react-router-dom');
let page: typeof import('./compliance-page');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  page = await import('./compliance-page');
});

const renderAs = (as: Role) => {
  role = as;
  const queries: string[] = [];
  const client = {
    executeQuery: (operation: { query: { definitions: Array<{ name?: { value: string } }> } }) => {
      queries.push(operation.query.definitions[0]?.name?.value ?? '');
      return never;
    },
  } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <router.MemoryRouter initialEntries={['/compliance?kind=NO_CONSENT']}>
          <page.CompliancePage />
        </router.MemoryRouter>
      </I18nProvider>
    </Provider>,
  );
  return queries;
};

describe('CompliancePage', () => {
  it.each(['MARKETER', 'VIEWER'] as const)('tells a %s the page is not for their role and asks nothing', (as) => {
    const queries = renderAs(as);
    expect(screen.getByTestId('compliance-forbidden').textContent).toMatch(
      /^Compliance is not available for your role/,
    );
    expect(screen.getByRole('link', { name: 'Violations' })).toBeTruthy();
    expect(queries).toEqual([]);
  });

  it('loads the figures, trend and list for a manager', () => {
    const queries = renderAs('MANAGER');
    expect(screen.queryByTestId('compliance-forbidden')).toBeNull();
    expect(queries).toEqual(
      expect.arrayContaining(['ComplianceSummary', 'ViolationTrend', 'ComplianceViolations', 'ComplianceAssignees']),
    );
  });
});
