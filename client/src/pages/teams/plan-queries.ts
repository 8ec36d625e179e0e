import { graphql } from '../../gql/index.ts';

graphql(`
  fragment TeamPlanFields on TeamPlan {
    id
    name
    created
    rank
    k
    maxExperts
    cohesionWeight
    excludePeople
    core {
      id
    }
    introductionCost
    cohesion
    organisation {
      key
      id
      name
      nameEn
    }
    requiredSkills {
      minLevel
      skill {
        id
        nameJa
        nameEn
      }
    }
    coreCoverage {
      person {
        key
        id
        name
        nameKana
        nameLatin
      }
      skills {
        id
        nameJa
        nameEn
      }
    }
    experts {
      score
      person {
        key
        id
        name
        nameKana
        nameLatin
      }
      skills {
        id
        nameJa
        nameEn
      }
    }
    uncovered {
      id
      nameJa
      nameEn
    }
    project {
      key
      id
      name
      members(first: 50) {
        nodes {
          person {
            id
          }
        }
      }
    }
  }
`);

export const TeamPlansQuery = graphql(`
  query TeamPlans($organisationId: ID!) {
    teamPlans(organisationId: $organisationId) {
      ...TeamPlanFields
    }
  }
`);

export const TeamPlanQuery = graphql(`
  query TeamPlan($id: ID!) {
    teamPlan(id: $id) {
      ...TeamPlanFields
    }
  }
`);

export const SaveTeamPlanMutation = graphql(`
  mutation SaveTeamPlan($input: TeamPlanInput!) {
    saveTeamPlan(input: $input) {
      ...TeamPlanFields
    }
  }
`);

export const DeleteTeamPlanMutation = graphql(`
  mutation DeleteTeamPlan($id: ID!) {
    deleteTeamPlan(id: $id) {
      id
    }
  }
`);

export const ProjectFromTeamPlanMutation = graphql(`
  mutation ProjectFromTeamPlan($id: ID!, $input: ProjectFromPlanInput!) {
    projectFromTeamPlan(id: $id, input: $input) {
      ...TeamPlanFields
    }
  }
`);

export const JoinProjectMutation = graphql(`
  mutation TeamPlanJoinProject($input: ParticipationInput!) {
    createParticipation(input: $input) {
      role
      person {
        id
      }
    }
  }
`);

/** The introduction requests the reader asked: which experts of a plan they already asked to meet. */
export const AskedRequestsQuery = graphql(`
  query AskedRequests {
    introductionRequests {
      id
      role
      state
      created
      target {
        id
      }
    }
  }
`);
