import { interruptedImports } from './import/runs.ts';
import { exportFile, type ExportFormat } from './export/index.ts';
import type { ImportReport } from './import/index.ts';
import type { PresetName } from './import/presets.ts';
import type { MatchMode } from './match/resolve.ts';
import { findDuplicates } from './duplicates/report.ts';
import { listMerges, mergePreview, mergeRecords, undoMerge } from './duplicates/merge.ts';
import { addChunk, discardUpload, runUpload, uploadProgress, type Uploader } from './import/uploads.ts';
import { parseId } from '../../shared/kinds.ts';
import { AppError } from '../../errors.ts';
import type { Viewer } from '../../shared/viewer.ts';
import { pageSize } from '../../shared/validation.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

/** More decisions than rows an import may hold is never a real answer. */
const MAX_DECISIONS = 100_000;

const KIND_OF = { ORGANISATION: 'Organisation', SKILL: 'Skill', PERSON: 'Person' } as const;

/** Uploads belong to an account and to the organisation they import for (access.ts checked the role). */
const uploader = (viewer: Viewer, organisationId: string | null | undefined): Uploader => ({
  account: viewer.accountId,
  organisation: organisationId ? parseId(organisationId, 'organisationId') : null,
});

function reportOut(report: ImportReport) {
  return {
    ...report,
    issueCount: report.issues.length,
    issues: report.issues.map((i) => ({
      ...i,
      severity: upper<'ERROR' | 'WARNING'>(i.severity),
      messageEn: i.message.en,
      messageJa: i.message.ja,
      causeFile: i.cause?.file ?? null,
      causeLine: i.cause?.line ?? null,
    })),
    matches: report.matches.map((m) => ({ ...m, kind: upper(m.kind), status: upper(m.status) })),
  };
}

export const dataResolvers: Resolvers = {
  Query: {
    importProgress: (_, { uploadId, organisationId }, { viewer }) => {
      const p = uploadProgress(uploadId, uploader(viewer!, organisationId));
      return p && { ...p, state: upper(p.state) };
    },
    interruptedImports: (_, { organisationId }, { db }) => interruptedImports(db, undefined, organisationId ?? null),
    duplicates: async (_, { kind, first }, { db }) =>
      (await findDuplicates(db, KIND_OF[kind], pageSize(first, 'first', 500, 50))).map((p) => ({
        ...p,
        kind,
      })),
    mergePreview: async (_, { kind, ids }, { db }) => {
      const preview = await mergePreview(
        db,
        KIND_OF[kind],
        ids.map((id) => parseId(id, 'ids')),
      );
      return {
        ...preview,
        kind,
        fields: preview.fields.map((f) => ({
          ...f,
          values: f.values.map((v) => ({ recordId: v.id, value: v.value, hidden: v.hidden })),
        })),
      };
    },
    merges: async (_, { first }, { db }) =>
      (await listMerges(db, pageSize(first, 'first', 200, 20))).map((m) => ({ ...m, kind: upper(m.kind) })),
    exportData: async (_, { format, organisationId }, { db }) => {
      const fmt = format.toLowerCase().replace('_', '-') as ExportFormat;
      const file = await exportFile(db, fmt, { organisationId, visibility: 'public' });
      const content = Buffer.from(file.bytes);
      return {
        fileName: file.name,
        mimeType: file.mimeType,
        bytes: content.length,
        contentBase64: content.toString('base64'),
      };
    },
  },
  Mutation: {
    uploadImportChunk: (_, { uploadId, fileName, base64, organisationId }, { viewer }) =>
      addChunk(uploadId, fileName, base64, uploader(viewer!, organisationId)),
    runImport: async (_, { uploadId, options, organisationId }, { db, viewer }) => {
      const by = { ...uploader(viewer!, organisationId), personId: viewer!.personId };
      const decisions = options.decisions ?? [];
      if (decisions.length > MAX_DECISIONS)
        throw new AppError('BAD_USER_INPUT', `decisions: at most ${MAX_DECISIONS} in one run`, 'decisions');
      const report = await runUpload(db, uploadId, by, {
        dryRun: options.dryRun,
        skipInvalid: options.skipInvalid,
        preset: options.preset ? (options.preset.toLowerCase() as PresetName) : undefined,
        params: { me: options.me ?? undefined },
        match: (options.match ?? 'ASK').toLowerCase() as MatchMode,
        decisions: decisions.map((d) => ({
          kind: KIND_OF[d.kind],
          importedId: parseId(d.importedId, 'importedId'),
          targetId: parseId(d.targetId, 'targetId'),
          same: d.same,
        })),
      });
      return reportOut(report) as never;
    },
    mergeRecords: (_, { kind, keepId, mergeIds, choices }, { db, viewer }) =>
      mergeRecords(db, {
        kind: KIND_OF[kind],
        keepId: parseId(keepId, 'keepId'),
        mergeIds: mergeIds.map((id) => parseId(id, 'mergeIds')),
        choices: Object.fromEntries((choices ?? []).map((c) => [c.field, parseId(c.fromId, 'choices')])),
        by: viewer!.accountId,
      }),
    undoMerge: async (_, { id }, { db }) => {
      const merge = await undoMerge(db, parseId(id, 'id'));
      return { ...merge, kind: upper(merge.kind) };
    },
    discardImportUpload: (_, { uploadId, organisationId }, { viewer }) =>
      discardUpload(uploadId, uploader(viewer!, organisationId)),
  },
  ImportReport: {
    issues: (report, { first }) => report.issues.slice(0, pageSize(first, 'first', 100_000, 200)),
  },
};
