/** @jest-environment jsdom */
import { render, screen, waitFor } from '@testing-library/react';
import { CombinedError, Provider, type Client } from 'urql';
import { concat, fromValue, never } from 'wonka';
import type { SurveyCommentsQuery } from '@web/generated/graphql';
import { I18nProvider } from '@web/i18n/i18n-context';
import { SurveyComments } from './survey-comments';

const filter = { from: '2026-03-01', to: '2026-03-14', channels: [], accountIds: [] };

const renderWith = (result: { data?: SurveyCommentsQuery; error?: CombinedError }) => {
  const client = {
    // A real request's source stays open; one that ends would clear the error it just delivered.
    executeQuery: (operation: unknown) =>
      concat([fromValue({ operation, ...result, stale: false, hasNext: false }), never]),
  } as unknown as Client;
  return render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">
        <SurveyComments filter={filter} />
      </I18nProvider>
    </Provider>,
  );
};

describe('SurveyComments', () => {
  it('lists the comments with their score, survey and agent', async () => {
    renderWith({
      data: {
        surveyComments: {
          totalCount: 1,
          pageInfo: { endCursor: null, hasNextPage: false },
          nodes: [
            {
              id: 'e1',
              survey: 'NPS',
              score: 3,
              comment: 'Waited two days',
              answeredAt: '2026-03-02T10:00:00.000Z',
              channel: 'WHATSAPP',
              agentId: 'a1',
              agentName: 'Ann',
              conversationId: 'c-1',
            },
          ],
        },
      },
    });
    const row = await screen.findByRole('row', { name: /Waited two days/ });
    expect(row.textContent).toContain('NPS');
    expect(row.textContent).toContain('Ann');
    expect(row.textContent).toContain('WhatsApp');
  });

  it('hides itself when the API refuses the role (comments are message content)', async () => {
    const { container } = renderWith({
      error: new CombinedError({ graphQLErrors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }),
    });
    await waitFor(() => expect(container.textContent).toBe(''));
  });

  it('shows any other error with a retry', async () => {
    renderWith({
      error: new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
    });
    expect((await screen.findByRole('alert')).textContent).toContain('Try again');
  });
});
