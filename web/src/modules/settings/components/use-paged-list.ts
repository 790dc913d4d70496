import { useCallback, useMemo } from 'react';
import { useQuery, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import type { Connection } from '@web/components/ui/pager';
import { usePager } from '@web/components/ui/use-pager';

export type { Connection };

export interface PagedList<Row> {
  connection: Connection<Row> | undefined;
  fetching: boolean;
  error: CombinedError | undefined;
  pager: ReturnType<typeof usePager>;
  /** Bypasses the cache: after a delete the page must come from the server. */
  refetch: () => void;
}

interface PagedListOptions<Data, Variables, Row> {
  /** The entity type, so urql refetches the list when a mutation returns or deletes one (also on empty lists). */
  typename: string;
  select: (data: Data) => Connection<Row>;
  /** Variables other than `page`, which the pager owns. */
  variables?: Omit<Variables, 'page'>;
}

/** One cursor-paged settings list: the query, its pager and a refetch that skips the cache. */
export function usePagedList<Data, Variables extends AnyVariables, Row>(
  query: TypedDocumentNode<Data, Variables>,
  { typename, select, variables }: PagedListOptions<Data, Variables, Row>,
): PagedList<Row> {
  const pager = usePager();
  const context = useMemo(() => ({ additionalTypenames: [typename] }), [typename]);
  // Variables is `Omit<Variables, 'page'> & { page }`, which TypeScript cannot prove equal to the generic itself.
  const allVariables = { ...variables, page: pager.page } as unknown as Variables;
  const [result, reexecute] = useQuery<Data, Variables>({ query, variables: allVariables, context });
  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return {
    connection: result.data ? select(result.data) : undefined,
    fetching: result.fetching,
    error: result.error,
    pager,
    refetch,
  };
}
