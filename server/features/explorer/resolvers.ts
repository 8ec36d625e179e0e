import type { Resolvers } from '../../api/generated/resolvers.ts';
import { neighbourhood } from './neighbourhood.ts';

export const explorerResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, args, { db }) => neighbourhood(db, args) as never,
  },
};
