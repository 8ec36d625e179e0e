import { selectsLongTexts } from '../../api/selection.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import { skillHierarchy } from './skill-hierarchy.ts';
import { proposeTeams } from './service.ts';

/** Team composer (docs/teams.md). */
export const teamResolvers: Resolvers = {
  Query: {
    proposeTeams: (_, args, { db, viewer }, info) => proposeTeams(db, args, selectsLongTexts(info), viewer) as never,
    skillHierarchy: (_, __, { db }) => skillHierarchy(db) as never,
  },
};
