import { graphql } from '../../gql/index.ts';

export const UploadChunkMutation = graphql(`
  mutation UploadImportChunk($uploadId: ID, $fileName: String!, $base64: String!, $organisationId: ID) {
    uploadImportChunk(uploadId: $uploadId, fileName: $fileName, base64: $base64, organisationId: $organisationId) {
      id
      bytes
      files
    }
  }
`);

export const RunImportMutation = graphql(`
  mutation RunImport($uploadId: ID!, $options: ImportOptions!, $organisationId: ID) {
    runImport(uploadId: $uploadId, options: $options, organisationId: $organisationId) {
      ok
      committed
      dryRun
      errorCount
      skippedRows
      issueCount
      issues(first: 500) {
        severity
        code
        file
        line
        column
        messageEn
        messageJa
        causeFile
        causeLine
      }
      counts {
        section
        rows
        valid
        skipped
        created
        updated
        unchanged
        matched
      }
      matches {
        kind
        importedId
        name
        file
        line
        targetId
        targetName
        targetStored
        score
        reasons
        status
      }
      files {
        file
        encoding
      }
    }
  }
`);

export const ImportProgressQuery = graphql(`
  query ImportProgress($uploadId: ID!, $organisationId: ID) {
    importProgress(uploadId: $uploadId, organisationId: $organisationId) {
      uploadId
      state
      step
      done
      total
    }
  }
`);

export const ImportStatsQuery = graphql(`
  query ImportStats {
    stats {
      people
      organisations
      skills
      projects
      ties
    }
  }
`);

export const ExportDataQuery = graphql(`
  query ExportData($format: ExportFormat!, $organisationId: ID) {
    exportData(format: $format, organisationId: $organisationId) {
      fileName
      mimeType
      bytes
      contentBase64
    }
  }
`);

export const InterruptedImportsQuery = graphql(`
  query InterruptedImports($organisationId: ID) {
    interruptedImports(organisationId: $organisationId) {
      id
      source
      done
      total
      started
    }
  }
`);
