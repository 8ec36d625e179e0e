import { graphql } from '../gql/index.ts';

// One query per kind: the details panel shows what a busy reader needs at a glance, and the
// first page of each list. Each kind's "More" query fetches the next page of one list (the
// others are left out by @include) and show-more.ts appends it to the cached answer.

// The few fields every list item needs to name and link a node, written once.
graphql(`
  fragment PersonRef on Person {
    key
    name
    nameLatin
  }
`);
graphql(`
  fragment OrganisationRef on Organisation {
    key
    name
    nameEn
  }
`);
graphql(`
  fragment SkillRef on Skill {
    key
    nameJa
    nameEn
  }
`);
graphql(`
  fragment ProjectRef on Project {
    key
    name
    nameEn
    start
    end
  }
`);

export const PersonDetailsQuery = graphql(`
  query PersonDetails($id: ID!) {
    person(id: $id) {
      id
      key
      name
      nameKana
      nameLatin
      bio
      bioEn
      memberships(first: 20) {
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
            key
            name
            nameEn
            sector
          }
        }
      }
      skills(first: 30) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...ProjectRef
          }
        }
      }
      ties(first: 30) {
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
          other {
            ...PersonRef
          }
        }
      }
    }
  }
`);

export const OrganisationDetailsQuery = graphql(`
  query OrganisationDetails($id: ID!) {
    organisation(id: $id) {
      id
      key
      name
      nameKana
      nameEn
      sector
      prefecture
      url
      members(first: 30) {
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
            ...PersonRef
          }
        }
      }
      needs(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...ProjectRef
          }
        }
      }
    }
  }
`);

export const SkillDetailsQuery = graphql(`
  query SkillDetails($id: ID!) {
    skill(id: $id) {
      id
      key
      nameJa
      nameEn
      broader {
        ...SkillRef
      }
      narrower {
        ...SkillRef
      }
      holders(first: 30) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          person {
            ...PersonRef
          }
        }
      }
      neededBy(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          organisation {
            ...OrganisationRef
          }
        }
      }
    }
  }
`);

export const ProjectDetailsQuery = graphql(`
  query ProjectDetails($id: ID!) {
    project(id: $id) {
      id
      key
      name
      nameEn
      description
      descriptionEn
      start
      end
      members(first: 30) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          person {
            ...PersonRef
          }
        }
      }
      organisations(first: 20) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          organisation {
            key
            name
            nameEn
            sector
          }
        }
      }
    }
  }
`);

export const PersonMoreQuery = graphql(`
  query PersonMore(
    $id: ID!
    $after: String!
    $memberships: Boolean!
    $skills: Boolean!
    $projects: Boolean!
    $ties: Boolean!
  ) {
    person(id: $id) {
      id
      memberships(first: 50, after: $after) @include(if: $memberships) {
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
            key
            name
            nameEn
            sector
          }
        }
      }
      skills(first: 50, after: $after) @include(if: $skills) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 50, after: $after) @include(if: $projects) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...ProjectRef
          }
        }
      }
      ties(first: 50, after: $after) @include(if: $ties) {
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
          other {
            ...PersonRef
          }
        }
      }
    }
  }
`);

export const OrganisationMoreQuery = graphql(`
  query OrganisationMore($id: ID!, $after: String!, $members: Boolean!, $needs: Boolean!, $projects: Boolean!) {
    organisation(id: $id) {
      id
      members(first: 50, after: $after) @include(if: $members) {
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
            ...PersonRef
          }
        }
      }
      needs(first: 50, after: $after) @include(if: $needs) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 50, after: $after) @include(if: $projects) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          project {
            ...ProjectRef
          }
        }
      }
    }
  }
`);

export const SkillMoreQuery = graphql(`
  query SkillMore($id: ID!, $after: String!, $holders: Boolean!, $neededBy: Boolean!) {
    skill(id: $id) {
      id
      holders(first: 50, after: $after) @include(if: $holders) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          level
          person {
            ...PersonRef
          }
        }
      }
      neededBy(first: 50, after: $after) @include(if: $neededBy) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          priority
          organisation {
            ...OrganisationRef
          }
        }
      }
    }
  }
`);

export const ProjectMoreQuery = graphql(`
  query ProjectMore($id: ID!, $after: String!, $members: Boolean!, $organisations: Boolean!) {
    project(id: $id) {
      id
      members(first: 50, after: $after) @include(if: $members) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          person {
            ...PersonRef
          }
        }
      }
      organisations(first: 50, after: $after) @include(if: $organisations) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          role
          organisation {
            key
            name
            nameEn
            sector
          }
        }
      }
    }
  }
`);
