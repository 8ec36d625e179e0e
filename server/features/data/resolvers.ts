import { interruptedImports } from './import/runs.ts';
import { exportFile, type ExportFormat } from './export/index.ts';
import type { ImportReport } from './import/index.ts';
import type { PresetName } from './import/presets.ts';
import { addChunk, discardUpload, runUpload, uploadProgress } from './import/uploads.ts';
import { pageSize } from '../../shared/validation.ts';
import type { Resolvers } from '../../api/generated/resolvers.ts';

const upper = <T extends string>(value: string) => value.toUpperCase() as T;

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
  };
}

export const dataResolvers: Resolvers = {
  Query: {
    importProgress: (_, { uploadId }, { viewer }) => {
      const p = uploadProgress(uploadId, viewer!.accountId);
      return p && { ...p, state: upper(p.state) };
    },
    interruptedImports: (_, __, { db }) => interruptedImports(db),
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
    uploadImportChunk: (_, { uploadId, fileName, base64 }, { viewer }) =>
      addChunk(uploadId, fileName, base64, viewer!.accountId),
    runImport: async (_, { uploadId, options }, { db, viewer }) => {
      const report = await runUpload(db, uploadId, viewer!.accountId, {
        dryRun: options.dryRun,
        skipInvalid: options.skipInvalid,
        preset: options.preset ? (options.preset.toLowerCase() as PresetName) : undefined,
        params: { me: options.me ?? undefined },
      });
      return reportOut(report) as never;
    },
    discardImportUpload: (_, { uploadId }, { viewer }) => discardUpload(uploadId, viewer!.accountId),
  },
  ImportReport: {
    issues: (report, { first }) => report.issues.slice(0, pageSize(first, 'first', 100_000, 200)),
  },
};
