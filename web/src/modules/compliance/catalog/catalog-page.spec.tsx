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
let page: typeof import('./catalog-page');
beforeAll(async () => {
  Object.assign(globalThis, { TextEncoder, TextDecoder });
  router = await import('react-router-dom');
  page = await import('./catalog-page');
});

const renderAs = (as: Role) => {
  role = as;
  return renderRecordingQueries(
    <router.MemoryRouter initialEntries={['/compliance/catalog']}>
      <page.ComplianceCatalogPage />
    </router.MemoryRouter>,
  );
};

describe('ComplianceCatalogPage', () => {
  it.each(['MARKETER', 'VIEWER'] as const)('tells a %s the page is not for their role and asks nothing', (as) => {
    expect(renderAs(as)).toEqual([]);
    expect(screen.getByRole('alert').textContent).toMatch(/^The catalog is for administrators/);
  });

  it('lets a manager read the items but not import', () => {
    expect(renderAs('MANAGER')).toEqual(['CatalogItems']);
    expect(screen.queryByRole('button', { name: 'Check file (dry run)' })).toBeNull();
  });

  it('offers a compliance officer the import, with the account the catalog belongs to', () => {
    expect(renderAs('COMPLIANCE').sort()).toEqual(['CatalogItems', 'FilterOptions']);
    expect(screen.getByRole('button', { name: 'Check file (dry run)' })).toBeTruthy();
    expect(screen.getByLabelText('Catalog of')).toBeTruthy();
  });
});
