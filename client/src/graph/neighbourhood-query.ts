import { graphql } from '../gql/index.ts';

/**
 * The ego network drawn on the canvas: everything within `depth` hops of the start nodes (the
 * centre, or the nodes being expanded). The server applies the skill filter (only it knows which
 * skills are narrower) and the organisation filter (an organisation may have any number of
 * members; asking the server keeps the walk from crossing non-members, like the skill filter).
 * `asOf` (the time slider) asks for the network as it stood on that day, by the server's one date
 * rule: the client never decides which dated link existed when.
 */
export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!, $skills: [ID!], $organisation: ID, $asOf: Date) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit, skills: $skills, organisation: $organisation, asOf: $asOf) {
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

/** The organisation chosen as a filter, to name it in the filter panel. */
export const FilterOrganisationQuery = graphql(`
  query FilterOrganisation($id: ID!) {
    organisation(id: $id) {
      key
      name
      nameEn
    }
  }
`);

/** The skill chosen as a filter, to name it in the filter panel. */
export const FilterSkillQuery = graphql(`
  query FilterSkill($id: ID!) {
    skill(id: $id) {
      key
      nameJa
      nameEn
    }
  }
`);
