import type { ReactNode } from 'react';
import { useQuery, type TypedDocumentNode } from 'urql';
import { DataState } from '@web/components/ui/data-state';

/**
 * Loads one settings object (a query without variables) and renders its form once it is there; loading, a failure
 * (retried past the cache) and absence show as DataState shows them.
 */
export function SettingsLoader<Data, Settings>({
  query,
  select,
  children,
}: {
  query: TypedDocumentNode<Data, { [key: string]: never }>;
  select: (data: Data) => Settings | null | undefined;
  children: (settings: Settings) => ReactNode;
}) {
  const [result, reexecute] = useQuery({ query });
  const settings = result.data ? select(result.data) : undefined;
  return (
    <DataState
      fetching={result.fetching}
      error={result.error}
      empty={!settings}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      {settings && children(settings)}
    </DataState>
  );
}
