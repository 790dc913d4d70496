import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { Provider, type Client } from 'urql';
import { never } from 'wonka';
import { I18nProvider } from '@web/i18n/i18n-context';

/**
 * Renders `element` in English with a GraphQL client that never answers and records the name of every query
 * asked: enough to check what a page asks for (or that it asks nothing) before any data arrives.
 */
export function renderRecordingQueries(element: ReactElement): string[] {
  const queries: string[] = [];
  const client = {
    executeQuery: (operation: { query: { definitions: Array<{ name?: { value: string } }> } }) => {
      queries.push(operation.query.definitions[0]?.name?.value ?? '');
      return never;
    },
  } as unknown as Client;
  render(
    <Provider value={client}>
      <I18nProvider initialLocale="en">{element}</I18nProvider>
    </Provider>,
  );
  return queries;
}
