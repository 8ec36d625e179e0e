/**
 * Mutations for the four kinds of node. Answers carry only what the dialog needs next (the new
 * key); the explorer's own queries are refetched after a save, so the map and the details
 * panel show the stored result rather than a guess.
 */
import type { TypedDocumentNode } from '@apollo/client';
import { graphql } from '../gql/index.ts';
import type { NodeKind } from '../gql/graphql.ts';

type Created = TypedDocumentNode<Record<string, { key: string; id: string }>, { input: never }>;
type Updated = TypedDocumentNode<Record<string, { key: string; id: string }>, { id: string; patch: never }>;
type Deleted = TypedDocumentNode<Record<string, { relationshipsRemoved: number }>, { id: string }>;

export interface NodeMutations {
  create: Created;
  update: Updated;
  remove: Deleted;
  /** The root field each mutation answers under. */
  fields: { create: string; update: string; remove: string };
}

const person = {
  create: graphql(`
    mutation EditCreatePerson($input: PersonInput!) {
      createPerson(input: $input) {
        key
        id
      }
    }
  `),
  update: graphql(`
    mutation EditUpdatePerson($id: ID!, $patch: PersonPatch!) {
      updatePerson(id: $id, patch: $patch) {
        key
        id
      }
    }
  `),
  remove: graphql(`
    mutation EditDeletePerson($id: ID!) {
      deletePerson(id: $id) {
        relationshipsRemoved
      }
    }
  `),
  fields: { create: 'createPerson', update: 'updatePerson', remove: 'deletePerson' },
};

const organisation = {
  create: graphql(`
    mutation EditCreateOrganisation($input: OrganisationInput!) {
      createOrganisation(input: $input) {
        key
        id
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateOrganisation($id: ID!, $patch: OrganisationPatch!) {
      updateOrganisation(id: $id, patch: $patch) {
        key
        id
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteOrganisation($id: ID!) {
      deleteOrganisation(id: $id) {
        relationshipsRemoved
      }
    }
  `),
  fields: { create: 'createOrganisation', update: 'updateOrganisation', remove: 'deleteOrganisation' },
};

const skill = {
  create: graphql(`
    mutation EditCreateSkill($input: SkillInput!) {
      createSkill(input: $input) {
        key
        id
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateSkill($id: ID!, $patch: SkillPatch!) {
      updateSkill(id: $id, patch: $patch) {
        key
        id
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteSkill($id: ID!) {
      deleteSkill(id: $id) {
        relationshipsRemoved
      }
    }
  `),
  fields: { create: 'createSkill', update: 'updateSkill', remove: 'deleteSkill' },
};

const project = {
  create: graphql(`
    mutation EditCreateProject($input: ProjectInput!) {
      createProject(input: $input) {
        key
        id
      }
    }
  `),
  update: graphql(`
    mutation EditUpdateProject($id: ID!, $patch: ProjectPatch!) {
      updateProject(id: $id, patch: $patch) {
        key
        id
      }
    }
  `),
  remove: graphql(`
    mutation EditDeleteProject($id: ID!) {
      deleteProject(id: $id) {
        relationshipsRemoved
      }
    }
  `),
  fields: { create: 'createProject', update: 'updateProject', remove: 'deleteProject' },
};

// The generated documents are precisely typed per kind; the dialogs treat all kinds alike, so
// they meet here under one loose shape (the variables are built from the form specs).
export const NODE_MUTATIONS = {
  PERSON: person,
  ORGANISATION: organisation,
  SKILL: skill,
  PROJECT: project,
} as unknown as Record<NodeKind, NodeMutations>;
