import type { Kind } from '../../shared/model.ts';
import { createNode, deleteNode, updateNode, upsertNode } from './nodes.ts';
import { createRel, deleteRel, REL_SPECS, updateRel, type RelName } from './relationships.ts';
import type { GraphQLContext } from '../../api/context.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';

type Raw = Record<string, unknown>;
type Resolver = (parent: unknown, args: never, context: GraphQLContext) => Promise<unknown>;

/** create/upsert/update/delete for one node kind, named as in the schema (createPerson, …). */
function nodeMutations(kind: Kind): Record<string, Resolver> {
  return {
    [`create${kind}`]: (_: unknown, { input }: { input: Raw }, { db }: GraphQLContext) => createNode(db, kind, input),
    [`upsert${kind}`]: (_: unknown, { input }: { input: Raw }, { db }: GraphQLContext) => upsertNode(db, kind, input),
    [`update${kind}`]: (_: unknown, { id, patch }: { id: string; patch: Raw }, { db }: GraphQLContext) =>
      updateNode(db, kind, id, patch),
    [`delete${kind}`]: (_: unknown, { id }: { id: string }, { db }: GraphQLContext) => deleteNode(db, kind, id),
  } as Record<string, Resolver>;
}

/** create/update/delete for one relationship (createMembership, updateMembership, …). */
function relMutations(name: string, rel: RelName): Record<string, Resolver> {
  const spec = REL_SPECS[rel];
  return {
    [`create${name}`]: (_: unknown, { input }: { input: Raw }, { db }: GraphQLContext) => createRel(db, spec, input),
    [`update${name}`]: (_: unknown, { patch, ...keys }: Raw & { patch: Raw }, { db }: GraphQLContext) =>
      updateRel(db, spec, keys, patch),
    [`delete${name}`]: (_: unknown, keys: Raw, { db }: GraphQLContext) => deleteRel(db, spec, keys),
  } as Record<string, Resolver>;
}

/** Lead and partner organisations are two relationship types chosen by `role`. */
const projectOrganisationMutations: Record<string, Resolver> = {
  createProjectOrganisation: (
    _: unknown,
    { input }: { input: Raw & { role: 'lead' | 'partner' } },
    { db }: GraphQLContext,
  ) => createRel(db, REL_SPECS[input.role], input),
  deleteProjectOrganisation: (_: unknown, keys: Raw & { role: 'lead' | 'partner' }, { db }: GraphQLContext) =>
    deleteRel(db, REL_SPECS[keys.role], keys),
} as Record<string, Resolver>;

export const catalogueMutations: Resolvers = {
  Mutation: {
    ...nodeMutations('Person'),
    ...nodeMutations('Organisation'),
    ...nodeMutations('Skill'),
    ...nodeMutations('Project'),
    ...relMutations('Membership', 'membership'),
    ...relMutations('SkillHolding', 'skillHolding'),
    ...relMutations('Participation', 'participation'),
    ...relMutations('Tie', 'tie'),
    ...relMutations('Need', 'need'),
    ...projectOrganisationMutations,
  } as Resolvers['Mutation'],
};
