/** @jest-environment jsdom */
import { fireEvent, render, screen } from '@testing-library/react';
import { Provider, type Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import type { ComplianceCaseQuery, Role } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { CaseSection } from './case-section';

let role: Role = 'COMPLIANCE';
jest.mock('@web/app/session-context', () => ({
  useSession: () => ({ viewer: { role }, can: (...roles: Role[]) => roles.includes(role) }),
}));

const caseData = (caseState: ComplianceCaseQuery['complianceCase']['violation']['caseState']): ComplianceCaseQuery => ({
  complianceCase: {
    violation: { id: 'v1', kind: 'PROHIBITED_CONTENT', caseState, assigneeUserId: null, caseUpdatedAt: null },
    assignee: null,
    comments: [{ id: 'c1', author: 'officer@example.com', body: 'Looked at it', createdAt: '2026-03-02T10:00:00Z' }],
    history: [
      {
        id: 'h1',
        at: '2026-03-02T10:00:00Z',
        action: 'compliance_violation.acknowledge',
        actorLabel: 'officer@example.com',
        before: { caseState: 'open', assigneeUserId: null },
        after: { caseState: 'acknowledged', assigneeUserId: null },
      },
    ],
  },
});

const renderAs = (as: Role, data: ComplianceCaseQuery) => {
  role = as;
  const mutations: unknown[] = [];
  const client = {
    executeQuery: (operation: unknown) => concat([fromValue({ operation, data, stale: false, hasNext: false }), never]),
    executeMutation: (operation: { variables: unknown }) => {
      mutations.push(operation.variables);
      return fromValue({ operation, data: undefined, stale: false, hasNext: false });
    },
  } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <CaseSection violationId="v1" kind="PROHIBITED_CONTENT" users={[]} />
      </I18nProvider>
    </Provider>,
  );
  return mutations;
};

describe('CaseSection', () => {
  it('offers an officer the transitions of the state and the exception for a content false positive', async () => {
    renderAs('COMPLIANCE', caseData('ACKNOWLEDGED'));
    await screen.findByText('Looked at it');
    const buttons = screen.getAllByRole('button').map((b) => b.textContent);
    expect(buttons).toEqual(expect.arrayContaining(['Resolve', 'Mark false positive']));
    expect(buttons).not.toContain('Acknowledge');
    expect(buttons).not.toContain('Reopen');
    expect(screen.getByLabelText(/Add the matched phrase as an exception/)).toBeTruthy();
    expect(screen.getByTestId('case-history').textContent).toContain('Open → Acknowledged');
  });

  it('asks for the reason before marking a false positive, and sends nothing without it', async () => {
    const mutations = renderAs('ADMIN', caseData('OPEN'));
    fireEvent.click(await screen.findByRole('button', { name: 'Mark false positive' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Give the reason in the comment.');
    expect(mutations).toEqual([]);
    fireEvent.change(screen.getByLabelText('Comment'), { target: { value: 'Pet food, not live animals' } });
    fireEvent.click(screen.getByLabelText(/Add the matched phrase as an exception/));
    fireEvent.click(screen.getByRole('button', { name: 'Mark false positive' }));
    expect(mutations).toEqual([
      {
        input: {
          violationIds: ['v1'],
          action: 'MARK_FALSE_POSITIVE',
          comment: 'Pet food, not live animals',
          addException: true,
        },
      },
    ]);
  });

  it('shows a manager the case, comments and history without any control', async () => {
    renderAs('MANAGER', caseData('OPEN'));
    await screen.findByText('Looked at it');
    expect(screen.queryAllByRole('button')).toEqual([]);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('Your role can read cases but not change them.')).toBeTruthy();
  });
});
