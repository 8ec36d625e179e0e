import type { Resolvers } from '../../api/generated/resolvers.ts';
import { introductions } from './service.ts';
import { suggestedIntroductions } from './suggestions.ts';

export const introductionResolvers: Resolvers = {
  Query: {
    introductions: (_, args, { db }) => introductions(db, args) as never,
    suggestedIntroductions: (_, args, { db }) => suggestedIntroductions(db, args) as never,
  },
};
