/**
 * Who may call each operation: every root field of the schema is classified here, and a unit test
 * fails when one is missing (a new operation cannot ship unclassified). Checked before the
 * resolver runs (`withAccess`); anonymous requests are refused whole, before execution, by the
 * sign-in guard (guard.ts).
 *
 * - `public`: anyone, signed in or not (only `me`, which answers null when signed out).
 * - `signed-in`: any account. What an answer contains is then limited by the visibility rules.
 * - `self-or-administrator`: the instance administrator, or the signed-in person when the
 *   operation's `id` is their own record.
 * - `administrator`: the instance administrator only: writes to the catalogue (until organisation
 *   roles decide them per record), import and export of the whole network, the analysis job.
 */
import { GraphQLError } from 'graphql';
import type { Viewer } from '../shared/viewer.ts';
import type { Resolvers } from './generated/resolvers.ts';

export type Access = 'public' | 'signed-in' | 'self-or-administrator' | 'administrator';

const readsForEveryone = [
  'person',
  'organisation',
  'skill',
  'project',
  'node',
  'stats',
  'search',
  'neighbourhood',
  'introductions',
  'suggestedIntroductions',
  'skillHierarchy',
  'proposeTeams',
  'stoMatching',
  'organisationAssets',
  'assetsReachPeople',
  'handoverPlan',
  'assetsTrend',
  'networkAnalysis',
] as const;

const catalogueWrites = ['Person', 'Organisation', 'Skill', 'Project'].flatMap((kind) =>
  ['create', 'upsert', 'update', 'delete'].map((verb) => `${verb}${kind}`),
);
const relationshipWrites = [
  'createMembership',
  'updateMembership',
  'deleteMembership',
  'createSkillHolding',
  'updateSkillHolding',
  'deleteSkillHolding',
  'createParticipation',
  'updateParticipation',
  'deleteParticipation',
  'createTie',
  'updateTie',
  'deleteTie',
  'createProjectOrganisation',
  'deleteProjectOrganisation',
  'createNeed',
  'updateNeed',
  'deleteNeed',
];

export const ACCESS: Readonly<Record<string, Access>> = {
  'Query.me': 'public',
  ...Object.fromEntries(readsForEveryone.map((field) => [`Query.${field}`, 'signed-in' as const])),
  'Query.importProgress': 'administrator',
  'Query.exportData': 'administrator',
  'Mutation.startNetworkAnalysis': 'administrator',
  'Mutation.uploadImportChunk': 'administrator',
  'Mutation.runImport': 'administrator',
  'Mutation.discardImportUpload': 'administrator',
  ...Object.fromEntries(catalogueWrites.map((field) => [`Mutation.${field}`, 'administrator' as const])),
  'Mutation.updatePerson': 'self-or-administrator',
  ...Object.fromEntries(relationshipWrites.map((field) => [`Mutation.${field}`, 'administrator' as const])),
};

const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });

/** Throws unless `viewer` may call `operation` (`Query.search`) with these arguments. */
export function checkAccess(operation: string, viewer: Viewer | null, args: Record<string, unknown>): void {
  const access = ACCESS[operation];
  if (access === undefined) throw new Error(`${operation} has no access rule in server/api/access.ts`);
  if (access === 'public') return;
  if (!viewer) throw refuse('UNAUTHENTICATED', 'Sign in to use Tsunagari.');
  if (access === 'signed-in' || viewer.administrator) return;
  if (access === 'self-or-administrator' && viewer.personId !== null && args.id === viewer.personId) return;
  throw refuse('FORBIDDEN', `${operation.split('.')[1]}: your account may not do this.`);
}

/** Wraps every Query and Mutation resolver with its access check. */
export function withAccess(resolvers: Resolvers): Resolvers {
  const wrapped: Record<string, unknown> = { ...resolvers };
  for (const type of ['Query', 'Mutation'] as const) {
    const fields = resolvers[type] as Record<string, (...a: unknown[]) => unknown> | undefined;
    if (!fields) continue;
    wrapped[type] = Object.fromEntries(
      Object.entries(fields).map(([field, resolve]) => [
        field,
        (parent: unknown, args: Record<string, unknown>, context: { viewer: Viewer | null }, info: unknown) => {
          checkAccess(`${type}.${field}`, context.viewer, args);
          return resolve(parent, args, context, info);
        },
      ]),
    );
  }
  return wrapped as Resolvers;
}
