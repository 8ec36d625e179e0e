import type { Resolvers } from '../../api/generated/resolvers.ts';
import { selectsLongTexts } from '../../api/selection.ts';
import { search } from './service.ts';

export const searchResolvers: Resolvers = {
  Query: {
    search: async (_, args, { db, viewer }, info) => {
      const page = await search(db, args, viewer, selectsLongTexts(info));
      return {
        totalCount: page.totalCount,
        nodes: page.nodes as never,
        pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
      };
    },
  },
};
