import { useMutation, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';

/** Create or update with one input type: the update mutation when editing an existing id, else create. */
export function useSaveMutation<Input, CreateData, UpdateData>(
  create: TypedDocumentNode<CreateData, { input: Input } & AnyVariables>,
  update: TypedDocumentNode<UpdateData, { id: string; input: Input } & AnyVariables>,
  id: string | undefined,
) {
  const [createState, executeCreate] = useMutation(create);
  const [updateState, executeUpdate] = useMutation(update);
  const state = id ? updateState : createState;
  // Callers only need the outcome's error: the returned entity reaches the list through urql's cache.
  const save = (input: Input): Promise<{ error?: CombinedError | undefined }> =>
    id ? executeUpdate({ id, input }) : executeCreate({ input });
  return { fetching: state.fetching, error: state.error, save };
}
