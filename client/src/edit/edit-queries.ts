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
      description
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
  }
`);

export const PersonConnectionsQuery = graphql(`
  query PersonConnections($id: ID!) {
    person(id: $id) {
      id
      memberships(first: 100) {
        totalCount
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
        nodes {
          level
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100) {
        totalCount
        nodes {
          role
          project {
            ...EditProjectEnd
          }
        }
      }
      ties(first: 100) {
        totalCount
        nodes {
          strength
          lastContact
          context
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
        nodes {
          priority
          skill {
            ...EditSkillEnd
          }
        }
      }
      projects(first: 100) {
        totalCount
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
        nodes {
          level
          person {
            ...EditPersonEnd
          }
        }
      }
      neededBy(first: 100) {
        totalCount
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
        nodes {
          role
          person {
            ...EditPersonEnd
          }
        }
      }
      organisations(first: 100) {
        totalCount
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
