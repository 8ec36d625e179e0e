import { graphql } from '../gql/index.ts';

// One query per kind: the details panel shows what a busy reader needs at a glance, and the
// first page of each list (the totals say when there is more).

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
    start
    end
  }
`);

export const PersonDetailsQuery = graphql(`
  query PersonDetails($id: ID!) {
    person(id: $id) {
      key
      name
      nameKana
      nameLatin
      bio
      memberships(first: 20) {
        totalCount
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
        nodes {
          level
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 20) {
        totalCount
        nodes {
          role
          project {
            ...ProjectRef
          }
        }
      }
      ties(first: 30) {
        totalCount
        nodes {
          strength
          lastContact
          context
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
      key
      name
      nameKana
      nameEn
      sector
      prefecture
      url
      members(first: 30) {
        totalCount
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
        nodes {
          priority
          skill {
            ...SkillRef
          }
        }
      }
      projects(first: 20) {
        totalCount
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
        nodes {
          level
          person {
            ...PersonRef
          }
        }
      }
      neededBy(first: 20) {
        totalCount
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
      key
      name
      description
      start
      end
      members(first: 30) {
        totalCount
        nodes {
          role
          person {
            ...PersonRef
          }
        }
      }
      organisations(first: 20) {
        totalCount
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
