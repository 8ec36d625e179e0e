import { graphql } from '../gql/index.ts';

// One query per kind: the details panel shows what a busy reader needs at a glance, and the
// first page of each list (the totals say when there is more).

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
            key
            nameJa
            nameEn
          }
        }
      }
      projects(first: 20) {
        totalCount
        nodes {
          role
          project {
            key
            name
            start
            end
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
            key
            name
            nameLatin
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
            key
            name
            nameLatin
          }
        }
      }
      needs(first: 20) {
        totalCount
        nodes {
          priority
          skill {
            key
            nameJa
            nameEn
          }
        }
      }
      projects(first: 20) {
        totalCount
        nodes {
          role
          project {
            key
            name
            start
            end
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
        key
        nameJa
        nameEn
      }
      narrower {
        key
        nameJa
        nameEn
      }
      holders(first: 30) {
        totalCount
        nodes {
          level
          person {
            key
            name
            nameLatin
          }
        }
      }
      neededBy(first: 20) {
        totalCount
        nodes {
          priority
          organisation {
            key
            name
            nameEn
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
            key
            name
            nameLatin
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
