import type { Resolvers } from '../../api/generated/resolvers.ts';
import { neighbourhood } from './neighbourhood.ts';

export const explorerResolvers: Resolvers = {
  Query: {
    neighbourhood: (_, args, { db, viewer }) => neighbourhood(db, args, viewer) as never,
  },
};
