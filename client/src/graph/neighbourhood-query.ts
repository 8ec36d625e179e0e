import { graphql } from '../gql/index.ts';

/**
 * The ego network drawn on the canvas: everything within `depth` hops of the start nodes (the
 * centre, or the nodes being expanded). `skills` is the one filter the server applies, since
 * only it knows which skills are narrower than the chosen one.
 */
export const NeighbourhoodQuery = graphql(`
  query Neighbourhood($ids: [ID!]!, $depth: Int!, $limit: Int!, $skills: [ID!]) {
    neighbourhood(ids: $ids, depth: $depth, limit: $limit, skills: $skills) {
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

/** Members of the organisation chosen as a filter (the API pages members 100 at a time). */
export const OrganisationMembersQuery = graphql(`
  query OrganisationMembers($id: ID!) {
    organisation(id: $id) {
      key
      name
      nameEn
      members(first: 100) {
        totalCount
        nodes {
          person {
            key
          }
        }
      }
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
