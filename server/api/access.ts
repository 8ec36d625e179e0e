/**
 * Who may call each operation: every root field of the schema is classified here, and a unit test
 * fails when one is missing (a new operation cannot ship unclassified). Checked before the
 * resolver runs (`withAccess`); anonymous requests are refused whole, before execution, by the
 * sign-in guard (guard.ts).
 *
 * - `public`: anyone, signed in or not (only `me`, which answers null when signed out).
 * - `signed-in`: any account. What an answer contains is then limited by the visibility rules.
 *   In the read-only public demo mode (TSUNAGARI_PUBLIC_DEMO) the reads in `DEMO_READS` are open to
 *   anonymous requests too, which see what an account with no person and no role sees.
 * - `editor`: writes to records and relationships, decided per record by the viewer's
 *   organisation roles (auth/write-access.ts): editors and owners write their organisations' records,
 *   people their own record and ties.
 * - `owner`: owners of the organisation named by `organisationId` (its members' roles, its audit
 *   log, its export and imports); administrators without one.
 * - `administrator`: the instance administrator only: the analysis job (and, through `owner`
 *   without an organisation, import and export of the whole network).
 */
import { GraphQLError } from 'graphql';
import type { Db } from '../db/driver.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Resolvers } from './generated/resolvers.ts';
import { createdKey, isAudited, recordAudit } from './audit.ts';
import { checkWrite } from '../auth/write-access.ts';

export type Access = 'public' | 'signed-in' | 'editor' | 'owner' | 'administrator';

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

/** What an anonymous visitor may ask in the public demo mode: the reads, none of the account pages. */
export const DEMO_READS: ReadonlySet<string> = new Set(readsForEveryone);

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
  'Query.myData': 'signed-in',
  'Query.editRights': 'signed-in',
  // Introduction requests: each person on one sees and acts on their own part (features/requests).
  'Query.introductionRequests': 'signed-in',
  'Query.introductionRequest': 'signed-in',
  'Query.introductionRequestsWaiting': 'signed-in',
  'Query.introductionPreferences': 'signed-in',
  'Mutation.requestIntroduction': 'signed-in',
  'Mutation.decideIntroductionRequest': 'signed-in',
  'Mutation.recordIntroductionOutcome': 'signed-in',
  'Mutation.setIntroductionPreferences': 'signed-in',
  'Query.introductionCalibration': 'administrator',
  'Mutation.eraseMe': 'signed-in',
  // Saved team plans: read by the organisation's people with a role, written by its owners and
  // editors; the service decides per plan (features/teams/plans.ts).
  'Query.teamPlans': 'signed-in',
  'Query.teamPlan': 'signed-in',
  'Query.teamStartForProject': 'signed-in',
  'Mutation.saveTeamPlan': 'signed-in',
  'Mutation.deleteTeamPlan': 'signed-in',
  'Mutation.projectFromTeamPlan': 'signed-in',
  // Saved views of the map: each account its own; a view's link opens it for anyone signed in,
  // through their own sight (features/views/saved-views.ts).
  'Query.savedViews': 'signed-in',
  'Query.savedView': 'signed-in',
  'Mutation.saveView': 'signed-in',
  'Mutation.renameView': 'signed-in',
  'Mutation.deleteView': 'signed-in',
  ...Object.fromEntries(readsForEveryone.map((field) => [`Query.${field}`, 'signed-in' as const])),
  'Query.organisationAccounts': 'owner',
  'Query.auditLog': 'owner',
  'Mutation.setOrganisationRole': 'owner',
  // Imports: an organisation's owners import for it (features/data/import/scope.ts); the whole
  // network (no organisationId): administrators.
  'Query.importProgress': 'owner',
  'Query.interruptedImports': 'owner',
  // An organisation's owners export its part of the network; the whole network: administrators.
  'Query.exportData': 'owner',
  'Mutation.startNetworkAnalysis': 'administrator',
  // Duplicates and merges reach across organisations: the instance administrator.
  'Query.duplicates': 'administrator',
  'Query.mergePreview': 'administrator',
  'Query.merges': 'administrator',
  'Mutation.mergeRecords': 'administrator',
  'Mutation.undoMerge': 'administrator',
  'Mutation.uploadImportChunk': 'owner',
  'Mutation.runImport': 'owner',
  'Mutation.discardImportUpload': 'owner',
  ...Object.fromEntries(
    [...catalogueWrites, ...relationshipWrites].map((field) => [`Mutation.${field}`, 'editor' as const]),
  ),
};

const refuse = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', message: string) =>
  new GraphQLError(message, { extensions: { code, http: { status: code === 'UNAUTHENTICATED' ? 401 : 403 } } });

/**
 * Throws unless `viewer` may call `operation` (`Query.search`); answers 'record' when the answer
 * depends on the records the arguments name (the `editor` rule, checked by auth/write-access.ts).
 */
export function checkAccess(
  operation: string,
  viewer: Viewer | null,
  args: Record<string, unknown> = {},
  publicDemo = false,
): 'allowed' | 'record' {
  const access = ACCESS[operation];
  if (access === undefined) throw new Error(`${operation} has no access rule in server/api/access.ts`);
  if (access === 'public') return 'allowed';
  if (!viewer && publicDemo && operation.startsWith('Query.') && DEMO_READS.has(operation.slice(6))) return 'allowed';
  if (!viewer) throw refuse('UNAUTHENTICATED', 'Sign in to use Tsunagari.');
  // Writes always go to the record check, administrators' too: it also names the records and
  // organisations for the audit log.
  if (access === 'editor') return 'record';
  if (access === 'signed-in' || viewer.administrator) return 'allowed';
  if (access === 'owner' && viewer.roles.get(String(args.organisationId)) === 'owner') return 'allowed';
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
        async (
          parent: unknown,
          args: Record<string, unknown>,
          context: { db: Db; viewer: Viewer | null; publicDemo?: boolean },
          info: unknown,
        ) => {
          const action = `${type}.${field}`;
          const named =
            checkAccess(action, context.viewer, args, context.publicDemo === true) === 'record'
              ? await checkWrite(context.db, context.viewer!, field, args)
              : { records: [], organisations: typeof args.organisationId === 'string' ? [args.organisationId] : [] };
          const result = await resolve(parent, args, context, info);
          if (isAudited(type, field)) {
            const created = createdKey(field, result);
            await recordAudit(context.db, context.viewer, {
              action,
              records: created ? [...named.records, created] : named.records,
              organisations: created?.startsWith('Organisation:')
                ? [...named.organisations, created.slice('Organisation:'.length)]
                : named.organisations,
            });
          }
          return result;
        },
      ]),
    );
  }
  return wrapped as Resolvers;
}
