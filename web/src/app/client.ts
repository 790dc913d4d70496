import { cacheExchange, Client, fetchExchange, mapExchange } from 'urql';

/**
 * The GraphQL client. The session is the HttpOnly cookie set by the `login` mutation on the same origin, so no token
 * is handled here. Queries are POSTed: the API's CSRF protection rejects simple GET requests.
 */
export function createGraphqlClient(onUnauthenticated: () => void, url = '/graphql'): Client {
  return new Client({
    url,
    preferGetMethod: false,
    fetchOptions: { credentials: 'same-origin', headers: { 'content-type': 'application/json' } },
    exchanges: [
      mapExchange({
        onError(error, operation) {
          const expired = error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
          if (expired && operation.kind !== 'mutation') onUnauthenticated();
        },
      }),
      cacheExchange,
      fetchExchange,
    ],
  });
}
