import { listRelated, type ListingName } from '../../domain/connections.ts';
import type { NodeModel, Page } from '../../domain/model.ts';
import { skillRelated } from '../../domain/skills.ts';
import type { GraphQLContext } from '../context.ts';
import type { Resolvers } from '../generated/resolvers.ts';

type Args = { first?: number | null; after?: string | null };

/** A connection field: one page of a listing, in the GraphQL connection shape. */
function connection(name: ListingName) {
  return async (parent: NodeModel, args: Args, { db }: GraphQLContext) =>
    toConnection(await listRelated(db, name, parent, args));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's item type is checked by the mapper types
function toConnection(page: Page<unknown>): any {
  return {
    totalCount: page.totalCount,
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

export const typeResolvers: Resolvers = {
  Node: { __resolveType: (node) => (node as NodeModel).kind },
  Person: {
    memberships: connection('personMemberships'),
    skills: connection('personSkills'),
    projects: connection('personProjects'),
    ties: connection('personTies'),
  },
  Organisation: {
    members: connection('organisationMembers'),
    needs: connection('organisationNeeds'),
    projects: connection('organisationProjects'),
  },
  Skill: {
    broader: async (skill, _args, { db }) => (await skillRelated(db, skill.id)).broader,
    narrower: async (skill, _args, { db }) => (await skillRelated(db, skill.id)).narrower,
    holders: connection('skillHolders'),
    neededBy: connection('skillNeededBy'),
  },
  Project: {
    members: connection('projectMembers'),
    organisations: connection('projectOrganisations'),
  },
};
