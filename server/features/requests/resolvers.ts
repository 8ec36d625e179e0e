import type { GraphQLContext } from '../../api/context.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';
import {
  calibration,
  decide,
  myRequests,
  oneRequest,
  peopleOf,
  preferences,
  recordOutcome,
  requestIntroduction,
  waitingCount,
} from './service.ts';
import type { RequestView } from './states.ts';

const person =
  (pick: (r: RequestView) => string | null) =>
  async (r: RequestView, _: unknown, { db }: GraphQLContext) =>
    (await peopleOf(db))(pick(r));

const preferencesOut = (p: Awaited<ReturnType<typeof preferences>>) => ({
  paused: p.paused,
  monthlyLimit: p.limit,
  language: p.language,
  digest: p.digest,
});

export const requestResolvers: Resolvers = {
  Query: {
    introductionRequests: (_, __, { db, viewer }) => myRequests(db, viewer!),
    introductionRequest: async (_, { id }, { db, viewer }) => oneRequest(db, viewer!, id),
    introductionRequestsWaiting: (_, __, { db, viewer }) => waitingCount(db, viewer!),
    introductionPreferences: async (_, __, { db, viewer, accounts }) =>
      preferencesOut(await preferences(db, viewer!, accounts)),
    introductionCalibration: async (_, __, { db }) => {
      const c = await calibration(db);
      return { ...c, byScore: c.buckets };
    },
  },
  Mutation: {
    requestIntroduction: (_, args, { db, viewer, accounts }) => requestIntroduction(db, viewer!, accounts, args),
    decideIntroductionRequest: (_, args, { db, viewer, accounts }) => decide(db, viewer!, accounts, args),
    recordIntroductionOutcome: (_, args, { db, viewer }) => recordOutcome(db, viewer!, args),
    setIntroductionPreferences: async (_, args, { db, viewer, accounts }) =>
      preferencesOut(await preferences(db, viewer!, accounts, args)),
  },
  IntroductionRequest: {
    asker: person((r) => r.askerId),
    from: person((r) => r.fromId),
    next: person((r) => r.nextId),
    target: person((r) => r.targetId),
    suggestion: person((r) => r.suggestionId),
    path: async (r, _, { db }) => {
      if (r.pathIds === null) return null;
      const named = await peopleOf(db);
      return r.pathIds.flatMap((id) => named(id) ?? []);
    },
    contactEmail: async (r, _, { db }) => {
      if (r.contactWithId === null) return null;
      const [row] = await db.read((tx) => tx.run('request-contact', { personId: r.contactWithId }));
      return (row?.email as string | null) ?? null;
    },
  },
};
