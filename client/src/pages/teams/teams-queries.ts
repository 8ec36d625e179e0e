import { graphql } from '../../gql/index.ts';

// Which required skill a person covers, and with which held skill (the same or a narrower one):
// shared by the team cards and the STO matching page.
graphql(`
  fragment SkillMatchFields on SkillMatch {
    level
    skill {
      id
      nameJa
      nameEn
    }
    heldSkill {
      id
      nameJa
      nameEn
    }
  }
`);

/** The chosen organisation's name and needs (the skills pre-selected). */
export const TeamOrgQuery = graphql(`
  query TeamOrg($id: ID!) {
    organisation(id: $id) {
      key
      id
      name
      nameEn
      needs(first: 20) {
        nodes {
          priority
          skill {
            id
          }
        }
      }
    }
  }
`);

export const SkillHierarchyQuery = graphql(`
  query SkillHierarchy {
    skillHierarchy {
      broaderId
      holders
      skill {
        key
        id
        nameJa
        nameEn
      }
    }
  }
`);

export const ProposeTeamsQuery = graphql(`
  query ProposeTeams(
    $org: ID!
    $skills: [RequiredSkillInput!]!
    $k: Int
    $maxExperts: Int
    $cohesionWeight: Float
    $exclude: [ID!]
    $core: [ID!]
  ) {
    proposeTeams(
      organisationId: $org
      core: $core
      requiredSkills: $skills
      k: $k
      maxExperts: $maxExperts
      cohesionWeight: $cohesionWeight
      excludePeople: $exclude
    ) {
      cohesionWeight
      maxHops
      organisation {
        key
        id
        name
        nameEn
      }
      core {
        key
        id
        name
        nameKana
        nameLatin
      }
      unreachable {
        minLevel
        skill {
          id
          nameJa
          nameEn
        }
      }
      teams {
        rank
        introductionCost
        cohesion
        objective
        coreCoverage {
          person {
            key
            id
            name
            nameKana
            nameLatin
          }
          covers {
            ...SkillMatchFields
          }
        }
        uncovered {
          reason
          skill {
            minLevel
            skill {
              id
              nameJa
              nameEn
            }
          }
        }
        experts {
          cost
          hoursPerMonth
          teamsInAnswer
          person {
            key
            id
            name
            nameKana
            nameLatin
          }
          covers {
            ...SkillMatchFields
          }
          introduction {
            score
            people {
              key
              id
              name
              nameKana
              nameLatin
            }
            hops {
              strength
              evidence {
                kind
                tieStrength
                context
                project {
                  name
                }
                organisation {
                  name
                  nameEn
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** Where the composer starts for a project: its organisation, its people as the core, its plan. */
export const TeamProjectStartQuery = graphql(`
  query TeamProjectStart($id: ID!) {
    teamStartForProject(projectId: $id) {
      project {
        key
        id
        name
        nameEn
      }
      organisation {
        key
        id
      }
      core {
        key
        id
      }
      plan {
        ...TeamPlanFields
      }
    }
  }
`);
