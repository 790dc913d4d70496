import { useCallback } from 'react';
import { useMutation, type CombinedError, type TypedDocumentNode } from 'urql';

/** A delete by id that refreshes the list once the server confirms; a failure stays in `error` for the page. */
export function useDeleteMutation<Data>(
  mutation: TypedDocumentNode<Data, { id: string }>,
  onDeleted: () => void,
): { error: CombinedError | undefined; remove: (id: string) => void } {
  const [state, execute] = useMutation(mutation);
  const remove = useCallback(
    (id: string) =>
      void execute({ id }).then((outcome) => {
        if (!outcome.error) onDeleted();
      }),
    [execute, onDeleted],
  );
  return { error: state.error, remove };
}
