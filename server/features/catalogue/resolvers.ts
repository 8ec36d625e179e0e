/** The catalogue: nodes by id or key, their paged connections, and the network's counts. */
import { parseKey } from '../../shared/model.ts';
import { getNode } from './nodes.ts';
import { stats } from './stats.ts';
import { listRelated, type ListingName } from './listings.ts';
import type { NodeModel, Page } from '../../shared/model.ts';
import { skillRelated } from './skill-related.ts';
import type { GraphQLContext } from '../../api/context.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';

type Args = { first?: number | null; after?: string | null };

/** A connection field: one page of a listing, in the GraphQL connection shape. */
function connection(name: ListingName) {
  return async (parent: NodeModel, args: Args, { db, viewer }: GraphQLContext) =>
    toConnection(await listRelated(db, name, parent, args, viewer));
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the page's item type is checked by the mapper types
function toConnection(page: Page<unknown>): any {
  return {
    totalCount: page.totalCount,
    nodes: page.nodes,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
  };
}

export const catalogueResolvers: Resolvers = {
  Query: {
    person: (_, { id }, { db, viewer }) => getNode(db, 'Person', id, viewer) as never,
    organisation: (_, { id }, { db, viewer }) => getNode(db, 'Organisation', id, viewer) as never,
    skill: (_, { id }, { db, viewer }) => getNode(db, 'Skill', id, viewer) as never,
    project: (_, { id }, { db, viewer }) => getNode(db, 'Project', id, viewer) as never,
    node: (_, { key }, { db, viewer }) => {
      const parsed = parseKey(key);
      return parsed ? (getNode(db, parsed.kind, parsed.id, viewer) as never) : null;
    },
    stats: (_, __, { db }) => stats(db) as never,
  },
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
