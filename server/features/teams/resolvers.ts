import type { Resolvers } from '../../api/generated/resolvers.ts';
import { skillHierarchy } from './skill-hierarchy.ts';
import { proposeTeams } from './service.ts';

/** Team composer (docs/teams.md). */
export const teamResolvers: Resolvers = {
  Query: {
    proposeTeams: (_, args, { db }) => proposeTeams(db, args) as never,
    skillHierarchy: (_, __, { db }) => skillHierarchy(db) as never,
  },
};
