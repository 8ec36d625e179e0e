import { selectsLongTexts } from '../../api/selection.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import { introductions } from './service.ts';
import { suggestedIntroductions } from './suggestions.ts';

export const introductionResolvers: Resolvers = {
  Query: {
    introductions: (_, args, { db, viewer }, info) => introductions(db, args, selectsLongTexts(info), viewer) as never,
    suggestedIntroductions: (_, args, { db }, info) =>
      suggestedIntroductions(db, args, selectsLongTexts(info)) as never,
  },
};
