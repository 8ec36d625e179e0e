/**
 * Connection assets (docs/assets.md): thin resolvers over this feature's service. Answers already
 * have the schema's shape; only names (plain ids → node models) and the network analysis's
 * sub-lists are resolved here.
 */
import {
  isStale,
  nameMetrics,
  networkAnalysisJob,
  personMetrics,
  startNetworkAnalysis,
  type Job,
  type PlainAnalysis,
} from './jobs.ts';
import { Names } from '../../graph/names.ts';
import { currentNetwork } from '../../graph/store.ts';
import { selectsLongTexts } from '../../api/selection.ts';
import { assetsReachPeople, assetsTrend, handoverPlan, organisationAssets } from './service.ts';
import type { GraphQLContext } from '../../api/context.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';

const firstOf = <T>(list: readonly T[], first: number | null | undefined) => list.slice(0, Math.max(0, first ?? 20));

export const assetsResolvers: Resolvers = {
  Query: {
    organisationAssets: (_, args, { db }, info) => organisationAssets(db, args, selectsLongTexts(info)) as never,
    assetsReachPeople: (_, args, { db }, info) => assetsReachPeople(db, args, selectsLongTexts(info)) as never,
    handoverPlan: (_, args, { db }, info) => handoverPlan(db, args, selectsLongTexts(info)) as never,
    assetsTrend: (_, args, { db }) => assetsTrend(db, args),
    networkAnalysis: (_, { jobId }, { db }) => networkAnalysisJob(db, jobId) as never,
  },
  Mutation: {
    startNetworkAnalysis: (_, args, { db }) => startNetworkAnalysis(db, args) as never,
  },
  NetworkAnalysisJob: {
    stale: (job, _, { db }: GraphQLContext) => isStale(db, job as unknown as Job),
  },
  NetworkAnalysis: {
    betweennessExact: (a) => (a as unknown as PlainAnalysis).betweenness.exact,
    betweennessSamples: (a) => (a as unknown as PlainAnalysis).betweenness.samples,
    errorBound: (a) => (a as unknown as PlainAnalysis).betweenness.errorBound,
    confidence: (a) => (a as unknown as PlainAnalysis).betweenness.confidence,
    brokers: (a, { first }, { db }, info) =>
      nameMetrics(db, firstOf((a as unknown as PlainAnalysis).brokers, first), selectsLongTexts(info)) as never,
    metrics: async (_, { personIds }, { db }, info) =>
      nameMetrics(db, await personMetrics(db, personIds), selectsLongTexts(info)) as never,
    communities: async (a, { first }, { db }) => {
      const communities = firstOf((a as unknown as PlainAnalysis).communities, first);
      const names = await new Names((await currentNetwork(db)).network)
        .skills(communities.flatMap((c) => c.skills.map((s) => s.skillId)))
        .load(db, false);
      return communities.map((c) => ({
        ...c,
        skills: c.skills.flatMap((s) =>
          names.skill(s.skillId) ? [{ skill: names.skill(s.skillId)!, count: s.count }] : [],
        ),
      })) as never;
    },
    organisationBridges: async (a, { first }, { db }) => {
      const bridges = firstOf((a as unknown as PlainAnalysis).organisationBridges, first);
      const names = await new Names((await currentNetwork(db)).network)
        .organisations(bridges.map((b) => b.organisationId))
        .load(db, false);
      return bridges.flatMap((b) => {
        const organisation = names.organisation(b.organisationId);
        return organisation ? [{ ...b, organisation }] : [];
      }) as never;
    },
  },
};
