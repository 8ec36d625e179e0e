/**
 * Mutations for relationships: each is named by its two ends (one per pair and type), so create,
 * update and delete take the same two ids. The project-organisation link has no properties:
 * changing its role is delete + create.
 */
import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from '../gql/index.ts';
import type { RelName } from './form-model.ts';

type Loose = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;

export interface RelMutations {
  create: Loose;
  update: Loose | null;
  remove: Loose;
}

const membership = {
  create: graphql(`
    mutation EditCreateMembership($input: MembershipInput!) {
      createMembership(input: $input) {
        role
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateMembership($personId: ID!, $organisationId: ID!, $patch: MembershipPatch!) {
      updateMembership(personId: $personId, organisationId: $organisationId, patch: $patch) {
        role
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteMembership($personId: ID!, $organisationId: ID!) {
      deleteMembership(personId: $personId, organisationId: $organisationId) {
        id
      }
    }
  `),
};

const skillHolding = {
  create: graphql(`
    mutation EditCreateSkillHolding($input: SkillHoldingInput!) {
      createSkillHolding(input: $input) {
        level
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateSkillHolding($personId: ID!, $skillId: ID!, $patch: SkillHoldingPatch!) {
      updateSkillHolding(personId: $personId, skillId: $skillId, patch: $patch) {
        level
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteSkillHolding($personId: ID!, $skillId: ID!) {
      deleteSkillHolding(personId: $personId, skillId: $skillId) {
        id
      }
    }
  `),
};

const participation = {
  create: graphql(`
    mutation EditCreateParticipation($input: ParticipationInput!) {
      createParticipation(input: $input) {
        role
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateParticipation($personId: ID!, $projectId: ID!, $patch: ParticipationPatch!) {
      updateParticipation(personId: $personId, projectId: $projectId, patch: $patch) {
        role
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteParticipation($personId: ID!, $projectId: ID!) {
      deleteParticipation(personId: $personId, projectId: $projectId) {
        id
      }
    }
  `),
};

const tie = {
  create: graphql(`
    mutation EditCreateTie($input: TieInput!) {
      createTie(input: $input) {
        strength
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateTie($personId: ID!, $otherPersonId: ID!, $patch: TiePatch!) {
      updateTie(personId: $personId, otherPersonId: $otherPersonId, patch: $patch) {
        strength
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteTie($personId: ID!, $otherPersonId: ID!) {
      deleteTie(personId: $personId, otherPersonId: $otherPersonId) {
        id
      }
    }
  `),
};

const need = {
  create: graphql(`
    mutation EditCreateNeed($input: NeedInput!) {
      createNeed(input: $input) {
        priority
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateNeed($organisationId: ID!, $skillId: ID!, $patch: NeedPatch!) {
      updateNeed(organisationId: $organisationId, skillId: $skillId, patch: $patch) {
        priority
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteNeed($organisationId: ID!, $skillId: ID!) {
      deleteNeed(organisationId: $organisationId, skillId: $skillId) {
        id
      }
    }
  `),
};

const projectOrganisation = {
  create: graphql(`
    mutation EditCreateProjectOrganisation($input: ProjectOrganisationInput!) {
      createProjectOrganisation(input: $input) {
        role
      }
    }
  `),
  update: null,
  remove: graphql(`
    mutation EditDeleteProjectOrganisation($organisationId: ID!, $projectId: ID!, $role: ProjectRole!) {
      deleteProjectOrganisation(organisationId: $organisationId, projectId: $projectId, role: $role) {
        id
      }
    }
  `),
};

// One loose shape for all: the variables come from the form specs (form-model.ts).
export const REL_MUTATIONS = {
  membership,
  skillHolding,
  participation,
  tie,
  need,
  projectOrganisation,
} as unknown as Record<RelName, RelMutations>;
