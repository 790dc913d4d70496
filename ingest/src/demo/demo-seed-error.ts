export type DemoSeedErrorCode =
  | 'DEMO_BAD_ARGUMENTS'
  /** The server answered a GraphQL error; `graphqlCode` carries its extensions.code. */
  | 'DEMO_GRAPHQL_ERROR'
  /** The server could not be reached or answered with an unexpected HTTP status. */
  | 'DEMO_HTTP_FAILED'
  /** The analytics rollups did not rebuild with the seeded events in time. */
  | 'DEMO_ANALYTICS_STALE';

export class DemoSeedError extends Error {
  constructor(
    readonly code: DemoSeedErrorCode,
    message: string,
    readonly graphqlCode?: string,
  ) {
    super(message);
    this.name = 'DemoSeedError';
  }
}
