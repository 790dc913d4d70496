import type { CombinedError } from 'urql';

export interface FieldIssue {
  path: string;
  message: string;
}

/** The API's typed error code (extensions.code) of the first GraphQL error, or NETWORK for transport failures. */
export function errorCode(error: CombinedError | undefined): string | undefined {
  if (!error) return undefined;
  if (error.networkError) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' ? code : 'INTERNAL_SERVER_ERROR';
}

export function hasCode(error: CombinedError | undefined, code: string): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.code === code);
}

/** BAD_USER_INPUT issues, with paths flattened to their last segment (the input field name). */
export function fieldIssues(error: CombinedError | undefined): FieldIssue[] {
  const issues: unknown[] = (error?.graphQLErrors ?? []).flatMap((e) => {
    const list: unknown = e.extensions?.issues;
    return Array.isArray(list) ? (list as unknown[]) : [];
  });
  return issues.flatMap((issue) => {
    if (!issue || typeof issue !== 'object') return [];
    const { path, message } = issue as { path?: unknown; message?: unknown };
    const segments = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? path.split('.') : [];
    return [
      {
        path: segments.filter((s) => !/^\d+$/.test(s)).at(-1) ?? '',
        message: typeof message === 'string' ? message : '',
      },
    ];
  });
}

export function retryAfterSeconds(error: CombinedError | undefined): number | undefined {
  const value = error?.graphQLErrors.find((e) => e.extensions?.code === 'RATE_LIMITED')?.extensions?.retryAfterSeconds;
  return typeof value === 'number' ? value : undefined;
}
