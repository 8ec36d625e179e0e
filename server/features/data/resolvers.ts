import { interruptedImports } from './import/runs.ts';
import { exportFile, type ExportFormat } from './export/index.ts';
import type { ImportReport } from './import/index.ts';
import type { PresetName } from './import/presets.ts';
import type { MatchMode } from './match/resolve.ts';
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
    discardImportUpload: (_, { uploadId, organisationId }, { viewer }) =>
      discardUpload(uploadId, uploader(viewer!, organisationId)),
  },
  ImportReport: {
    issues: (report, { first }) => report.issues.slice(0, pageSize(first, 'first', 100_000, 200)),
  },
};
