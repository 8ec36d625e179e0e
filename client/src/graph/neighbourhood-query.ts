import { graphql } from '../gql/index.ts';

/** The ego network drawn on the canvas: everything within `depth` hops of one node. */
export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit) {
      truncated
      nodes {
        key
        id
        kind
        label
        labelAlt
        sector
        depth
      }
      edges {
        key
        source
        target
        type
        strength
        lastContact
        level
        priority
        role
      }
    }
  }
`);
