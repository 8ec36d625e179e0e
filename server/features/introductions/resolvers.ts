import { selectedFieldNames } from '../../api/selection.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import { introductions } from './service.ts';
import { suggestedIntroductions } from './suggestions.ts';

/** Fields whose values come from the answer's one database read (names, contexts, roles). */
const NAMED = [
  'people',
  'person',
  'from',
  'to',
  'project',
  'organisation',
  'skill',
  'context',
  'participations',
  'memberships',
];

export const introductionResolvers: Resolvers = {
  Query: {
    introductions: (_, args, { db }, info) => {
      const selected = selectedFieldNames(info);
      return introductions(db, args, { names: NAMED.some((field) => selected.has(field)) }) as never;
    },
    suggestedIntroductions: (_, args, { db }) => suggestedIntroductions(db, args) as never,
  },
};
