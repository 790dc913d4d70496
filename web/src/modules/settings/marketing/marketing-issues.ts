import type { CombinedError } from 'urql';

/**
 * The API's BAD_USER_INPUT issues keyed by their full path inside the input (`exchangeRates.1.rate`), so an issue
 * in a row of a list shows under that row's control rather than only once for the list.
 */
export function issuesByPath(error: CombinedError | undefined): Record<string, string> {
  const result: Record<string, string> = {};
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const issues: unknown = graphQLError.extensions?.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues as unknown[]) {
      if (!issue || typeof issue !== 'object') continue;
      const { path, message } = issue as { path?: unknown; message?: unknown };
      const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
      const key = (segments[0] === 'input' ? segments.slice(1) : segments).join('.');
      if (key && typeof message === 'string' && !result[key]) result[key] = message;
    }
  }
  return result;
}
