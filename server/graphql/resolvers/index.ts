import type { Resolvers } from '../generated/resolvers.ts';
import { mutationResolvers } from './mutations.ts';
import { queryResolvers } from './queries.ts';
import { scalarResolvers } from './scalars.ts';
import { typeResolvers } from './types.ts';

export const resolvers: Resolvers = {
  ...scalarResolvers,
  ...typeResolvers,
  ...queryResolvers,
  ...mutationResolvers,
};
