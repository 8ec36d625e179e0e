import { stoMatching } from '../../domain/matching-service.ts';
import { skillHierarchy } from '../../domain/team-data.ts';
import { proposeTeams } from '../../domain/teams-service.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** Team composer and STO–NPO matching (docs/teams.md). Enums map to the values the domain uses. */
export const teamResolvers: Resolvers = {
  Query: {
    proposeTeams: (_, args, { db }) => proposeTeams(db, args) as never,
    stoMatching: (_, args, { db }) => stoMatching(db, args) as never,
    skillHierarchy: (_, __, { db }) => skillHierarchy(db) as never,
  },
  StoRole: { STO: 'sto', STO_CANDIDATE: 'sto_candidate' },
  UncoveredReason: { NO_REACHABLE_HOLDER: 'noReachableHolder', MAX_EXPERTS: 'maxExperts' },
};
