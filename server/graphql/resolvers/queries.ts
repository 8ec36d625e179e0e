import { neighbourhood } from '../../domain/neighbourhood.ts';
import { getNode } from '../../domain/nodes.ts';
import { parseKey } from '../../domain/model.ts';
import { search } from '../../domain/search.ts';
import { stats } from '../../domain/stats.ts';
import { introductions } from '../../domain/introductions-service.ts';
import { suggestedIntroductions } from '../../domain/suggestions.ts';
import type { Resolvers } from '../generated/resolvers.ts';

export const queryResolvers: Resolvers = {
  Query: {
    person: (_, { id }, { db }) => getNode(db, 'Person', id) as never,
    organisation: (_, { id }, { db }) => getNode(db, 'Organisation', id) as never,
    skill: (_, { id }, { db }) => getNode(db, 'Skill', id) as never,
    project: (_, { id }, { db }) => getNode(db, 'Project', id) as never,
    node: (_, { key }, { db }) => {
      const parsed = parseKey(key);
      return parsed ? (getNode(db, parsed.kind, parsed.id) as never) : null;
    },
    search: async (_, args, { db }) => {
      const page = await search(db, args);
      return {
        totalCount: page.totalCount,
        nodes: page.nodes as never,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
    neighbourhood: (_, args, { db }) => neighbourhood(db, args) as never,
    stats: (_, __, { db }) => stats(db) as never,
    introductions: (_, args, { db }) => introductions(db, args) as never,
    suggestedIntroductions: (_, args, { db }) => suggestedIntroductions(db, args) as never,
  },
};
