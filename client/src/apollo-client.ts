/**
 * The one GraphQL client. The API is on the same origin (/graphql) in production and proxied by
 * Vite in development. Search hits are interfaces, so the cache must know which types implement
 * Node. Person/Organisation/… are normalised by __typename + id (ids are unique within a kind).
 * A GraphNode is not normalised: its `depth` is counted from the start nodes of the question that
 * found it, so the ego network and an expansion hold different depths for the same node, and a
 * shared cache entry would let whichever answer arrived last resize the other's nodes (and so
 * change the picture the same link draws).
 */
import { ApolloClient, HttpLink, InMemoryCache } from '@apollo/client';

/**
 * Read-your-writes behind a load balancer (server/graph/seen.ts): a write answers the network
 * version it made (`Tsunagari-Version`), and every later request says the highest one seen
 * (`Tsunagari-After`), so whichever API instance answers it includes the write.
 */
export function versionTrackingFetch(base: typeof fetch = (...args) => fetch(...args)): typeof fetch {
  let seen = 0;
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (seen > 0) headers.set('tsunagari-after', String(seen));
    const response = await base(input, { ...init, headers });
    const version = Number(response.headers.get('tsunagari-version'));
    if (Number.isSafeInteger(version) && version > seen) seen = version;
    return response;
  };
}

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, fetch: versionTrackingFetch() }),
    // After a save the explorer refetches what is shown (edit/use-form.ts); with deduplication a
    // refetch joins a request for the same query already in flight — one sent before the save —
    // and the page keeps the answer from before the save. Every request goes out on its own, and
    // Apollo keeps only the latest answer of each query.
    queryDeduplication: false,
    cache: new InMemoryCache({
      possibleTypes: { Node: ['Person', 'Organisation', 'Skill', 'Project'] },
      typePolicies: {
        GraphNode: { keyFields: false },
        GraphEdge: { keyFields: ['key'] },
      },
    }),
  });
}
