/** @jest-environment jsdom */
import { TextDecoder, TextEncoder } from 'node:util';
import { screen } from '@testing-library/react';
import type { Role } from '@web/generated/graphql';
import { renderRecordingQueries } from '@web/testing/render-recording-queries';

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
  return renderRecordingQueries(
    <router.MemoryRouter initialEntries={['/compliance?kind=NO_CONSENT']}>
      <page.CompliancePage />
    </router.MemoryRouter>,
  );
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
