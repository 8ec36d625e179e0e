import type { Resolvers } from '../../api/generated/resolvers.ts';
import { me } from './service.ts';

export const accountResolvers: Resolvers = {
  Query: {
    me: (_, _args, { db, viewer }) => me(db, viewer),
  },
};
