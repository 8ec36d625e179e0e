import { selectsLongTexts } from '../../api/selection.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import { stoMatching } from './service.ts';

/** STO–NPO matching (docs/teams.md). */
export const matchingResolvers: Resolvers = {
  Query: {
    stoMatching: (_, args, { db, viewer }, info) => stoMatching(db, args, selectsLongTexts(info), viewer) as never,
  },
};
