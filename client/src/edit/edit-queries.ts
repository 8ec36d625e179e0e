/**
 * What the edit dialogs read: a node's stored fields (to fill the form) and its relationships
 * with their properties (to edit or remove them). Read with `no-cache`: the explorer's own
 * queries select the same objects without ids, and mixing both shapes in the cache would make
 * them overwrite each other.
 */
import { graphql } from '../gql/index.ts';

export const EditPersonQuery = graphql(`
  query EditPerson($id: ID!) {
    person(id: $id) {
      id
      key
      name
      nameKana
      nameLatin
      bio
      bioEn
      discoverable
      takingRequests
      hoursPerMonth
      stoRole
      stoCapacity
    }
  }
`);

export const EditOrganisationQuery = graphql(`
  query EditOrganisation($id: ID!) {
    organisation(id: $id) {
      id
      key
      name
      nameKana
      nameEn
      sector
      prefecture
      url
    }
  }
`);

export const EditSkillQuery = graphql(`
  query EditSkill($id: ID!) {
    skill(id: $id) {
      id
      key
      nameJa
      nameEn
      category
      broader {
        id
        key
        nameJa
        nameEn
      }
    }
  }
`);

export const EditProjectQuery = graphql(`
  query EditProject($id: ID!) {
    project(id: $id) {
      id
      key
      name
      nameEn
      description
      descriptionEn
      start
      end
    }
  }
`);

graphql(`
  fragment EditPersonEnd on Person {
    id
    key
    name
    nameLatin
  }
`);
graphql(`
  fragment EditOrganisationEnd on Organisation {
    id
    key
    name
    nameEn
  }
`);
graphql(`
  fragment EditSkillEnd on Skill {
    id
    key
    nameJa
    nameEn
  }
`);
graphql(`
  fragment EditProjectEnd on Project {
    id
    key
    name
    nameEn
  }
`);

export const PersonConnectionsQuery = graphql(`
  query PersonConnections($id: ID!) {
    person(id: $id) {
      id
      memberships(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          since
          until
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
      skills(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...EditProjectEnd
          }
        }
      }
      ties(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          strength
          lastContact
          context
          contextEn
          visibility
          other {
            ...EditPersonEnd
          }
        }
      }
    }
  }
`);

export const OrganisationConnectionsQuery = graphql(`
  query OrganisationConnections($id: ID!) {
    organisation(id: $id) {
      id
      members(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          since
          until
          person {
            ...EditPersonEnd
          }
        }
      }
      needs(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...EditProjectEnd
          }
        }
      }
    }
  }
`);

export const SkillConnectionsQuery = graphql(`
  query SkillConnections($id: ID!) {
    skill(id: $id) {
      id
      holders(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          person {
            ...EditPersonEnd
          }
        }
      }
      neededBy(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
    }
  }
`);

export const ProjectConnectionsQuery = graphql(`
  query ProjectConnections($id: ID!) {
    project(id: $id) {
      id
      members(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          person {
            ...EditPersonEnd
          }
        }
      }
      organisations(first: 100) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
    }
  }
`);

/** The next page of one of PersonConnections's lists (the Connections tab's "show more"). */
export const PersonMoreConnectionsQuery = graphql(`
  query PersonMoreConnections(
    $id: ID!
    $after: String!
    $memberships: Boolean!
    $skills: Boolean!
    $projects: Boolean!
    $ties: Boolean!
  ) {
    person(id: $id) {
      id
      memberships(first: 100, after: $after) @include(if: $memberships) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          since
          until
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
      skills(first: 100, after: $after) @include(if: $skills) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100, after: $after) @include(if: $projects) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...EditProjectEnd
          }
        }
      }
      ties(first: 100, after: $after) @include(if: $ties) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          strength
          lastContact
          context
          contextEn
          visibility
          other {
            ...EditPersonEnd
          }
        }
      }
    }
  }
`);

/** The next page of one of OrganisationConnections's lists (the Connections tab's "show more"). */
export const OrganisationMoreConnectionsQuery = graphql(`
  query OrganisationMoreConnections(
    $id: ID!
    $after: String!
    $members: Boolean!
    $needs: Boolean!
    $projects: Boolean!
  ) {
    organisation(id: $id) {
      id
      members(first: 100, after: $after) @include(if: $members) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          since
          until
          person {
            ...EditPersonEnd
          }
        }
      }
      needs(first: 100, after: $after) @include(if: $needs) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100, after: $after) @include(if: $projects) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...EditProjectEnd
          }
        }
      }
    }
  }
`);

/** The next page of one of SkillConnections's lists (the Connections tab's "show more"). */
export const SkillMoreConnectionsQuery = graphql(`
  query SkillMoreConnections($id: ID!, $after: String!, $holders: Boolean!, $neededBy: Boolean!) {
    skill(id: $id) {
      id
      holders(first: 100, after: $after) @include(if: $holders) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          person {
            ...EditPersonEnd
          }
        }
      }
      neededBy(first: 100, after: $after) @include(if: $neededBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
    }
  }
`);

/** The next page of one of ProjectConnections's lists (the Connections tab's "show more"). */
export const ProjectMoreConnectionsQuery = graphql(`
  query ProjectMoreConnections($id: ID!, $after: String!, $members: Boolean!, $organisations: Boolean!) {
    project(id: $id) {
      id
      members(first: 100, after: $after) @include(if: $members) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          person {
            ...EditPersonEnd
          }
        }
      }
      organisations(first: 100, after: $after) @include(if: $organisations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          organisation {
            ...EditOrganisationEnd
          }
        }
      }
    }
  }
`);
