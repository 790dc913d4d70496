import { useQuery, type AnyVariables, type UseQueryArgs, type UseQueryResponse } from 'urql';

/**
 * `useQuery` that drops its data while the data answers other values of `keys` than the ones asked — a changed
 * breakdown, grouping or metric — so rows of the old dimension never show, or export, under the new one's headings;
 * the view shows "loading" instead. Other variables (the period) keep the previous rows on screen while refetching.
 */
export function useQueryFor<Data, Variables extends AnyVariables>(
  args: UseQueryArgs<Variables, Data>,
  keys: readonly (keyof Variables & string)[],
): UseQueryResponse<Data, Variables> {
  const [state, reexecute] = useQuery<Data, Variables>(args);
  const asked = args.variables as Record<string, unknown> | undefined;
  const answered = state.operation?.variables as Record<string, unknown> | undefined;
  const current = !answered || !asked || keys.every((key) => answered[key] === asked[key]);
  return [current ? state : { ...state, data: undefined, fetching: true }, reexecute];
}
