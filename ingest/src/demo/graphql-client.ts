import { DemoSeedError } from './demo-seed-error';

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A minimal GraphQL-over-HTTP client: POST /graphql with a bearer token; errors become DemoSeedError. */
export class GraphQLClient {
  private token: string | undefined;

  constructor(
    private readonly baseUrl: string,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  get endpoint(): string {
    return new URL('/graphql', this.baseUrl).toString();
  }

  useToken(token: string | undefined): void {
    this.token = token;
  }

  async request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    let response: Response;
    try {
      response = await this.fetchImpl(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
    } catch (error) {
      throw new DemoSeedError('DEMO_HTTP_FAILED', `cannot reach ${this.endpoint}: ${(error as Error).message}`);
    }
    const text = await response.text();
    let body: GraphQLResponse<T>;
    try {
      body = JSON.parse(text) as GraphQLResponse<T>;
    } catch {
      throw new DemoSeedError(
        'DEMO_HTTP_FAILED',
        `${this.endpoint} answered ${response.status}: ${text.slice(0, 300)}`,
      );
    }
    const first = body.errors?.[0];
    if (first) {
      const code = first.extensions?.code ?? 'UNKNOWN';
      throw new DemoSeedError('DEMO_GRAPHQL_ERROR', `${operationName(query)}: ${code}: ${first.message}`, code);
    }
    if (!response.ok || !body.data) {
      throw new DemoSeedError('DEMO_HTTP_FAILED', `${this.endpoint} answered ${response.status} without data`);
    }
    return body.data;
  }
}

function operationName(query: string): string {
  return /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? 'graphql';
}
