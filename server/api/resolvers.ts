import { accountResolvers } from '../features/account/resolvers.ts';
import { assetsResolvers } from '../features/assets/resolvers.ts';
import { catalogueMutations } from '../features/catalogue/mutation-resolvers.ts';
import { catalogueResolvers } from '../features/catalogue/resolvers.ts';
import { dataResolvers } from '../features/data/resolvers.ts';
import { explorerResolvers } from '../features/explorer/resolvers.ts';
import { introductionResolvers } from '../features/introductions/resolvers.ts';
import { matchingResolvers } from '../features/matching/resolvers.ts';
import { requestResolvers } from '../features/requests/resolvers.ts';
import { searchResolvers } from '../features/search/resolvers.ts';
import { teamResolvers } from '../features/teams/resolvers.ts';
import { viewResolvers } from '../features/views/resolvers.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { scalarResolvers } from './scalars.ts';

/**
 * Merges resolver maps type by type, so each feature's file can add fields to Query and Mutation.
 * A field defined twice is a programming error and fails at start-up.
 */
export function mergeResolvers(...maps: Resolvers[]): Resolvers {
  const merged: Record<string, Record<string, unknown>> = {};
  for (const map of maps) {
    for (const [typeName, fields] of Object.entries(map) as [string, Record<string, unknown>][]) {
      const target = (merged[typeName] ??= {});
      // Scalars are GraphQLScalarType instances, not field maps: keep them whole.
      if (!fields || typeof fields !== 'object' || fields.constructor !== Object) {
        merged[typeName] = fields;
        continue;
      }
      for (const [field, resolver] of Object.entries(fields)) {
        if (field in target) throw new Error(`Resolver ${typeName}.${field} is defined twice`);
        target[field] = resolver;
      }
    }
  }
  return merged as Resolvers;
}

export const resolvers: Resolvers = mergeResolvers(
  scalarResolvers,
  accountResolvers,
  catalogueResolvers,
  catalogueMutations,
  searchResolvers,
  explorerResolvers,
  introductionResolvers,
  requestResolvers,
  teamResolvers,
  matchingResolvers,
  assetsResolvers,
  dataResolvers,
  viewResolvers,
);
