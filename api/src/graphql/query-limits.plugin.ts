import type { ApolloDriverConfig } from '@nestjs/apollo';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type SelectionSetNode,
} from 'graphql';
import {
  fieldExtensionsEstimator,
  getComplexity,
  simpleEstimator,
  type ComplexityEstimator,
} from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from './pagination';

/** Nesting depth of an operation, through fragments; introspection fields are not counted. */
export function operationDepth(document: DocumentNode, operationName?: string | null): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
    let max = 0;
    for (const selection of set?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        max = Math.max(max, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        max = Math.max(max, depthOf(selection.selectionSet, seen));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (fragment && !seen.has(name)) max = Math.max(max, depthOf(fragment.selectionSet, new Set([...seen, name])));
      }
    }
    return max;
  };
  let depth = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    if (operationName && definition.name?.value !== operationName) continue;
    depth = Math.max(depth, depthOf(definition.selectionSet, new Set()));
  }
  return depth;
}

/** A paged list costs its children once per ten rows asked for: `first: 200` weighs 20 times its selection. */
const pageEstimator: ComplexityEstimator = ({ args, field, childComplexity }) => {
  const hasPage = (field as GraphQLField<unknown, unknown>).args.some((a) => a.name === 'page');
  if (!hasPage) return undefined;
  const first = (args.page as { first?: number } | undefined)?.first ?? DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * Math.max(1, Math.ceil(first / 10));
};

/** Refuses operations nested deeper than `maxDepth` (QUERY_TOO_DEEP) or costing more than `maxComplexity`. */
// Typed through Nest's driver config: it pins the Apollo Server version the driver actually runs.
type ApolloPlugin = NonNullable<ApolloDriverConfig['plugins']>[number];

export function queryLimitsPlugin(limits: { maxDepth: number; maxComplexity: number }): ApolloPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ document, schema, request, operationName }) {
          const depth = operationDepth(document, operationName);
          if (depth > limits.maxDepth) {
            throw new GraphQLError(`query depth ${depth} exceeds the limit of ${limits.maxDepth}`, {
              extensions: { code: 'QUERY_TOO_DEEP', http: { status: 400 } },
            });
          }
          const complexity = getComplexity({
            schema,
            query: document,
            operationName: operationName ?? undefined,
            variables: request.variables ?? {},
            estimators: [fieldExtensionsEstimator(), pageEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
          if (complexity > limits.maxComplexity) {
            throw new GraphQLError(`query complexity ${complexity} exceeds the limit of ${limits.maxComplexity}`, {
              extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } },
            });
          }
          return Promise.resolve();
        },
      });
    },
  };
}
