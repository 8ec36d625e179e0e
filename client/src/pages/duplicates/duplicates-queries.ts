import { graphql } from '../../gql/index.ts';

export const DuplicatesQuery = graphql(`
  query Duplicates($kind: ImportMatchKind!) {
    duplicates(kind: $kind, first: 100) {
      kind
      id
      name
      otherId
      otherName
      score
      reasons
    }
  }
`);

export const MergePreviewQuery = graphql(`
  query MergePreview($kind: ImportMatchKind!, $ids: [ID!]!) {
    mergePreview(kind: $kind, ids: $ids) {
      kind
      records {
        id
        name
        relationships
      }
      fields {
        field
        values {
          recordId
          value
          hidden
        }
      }
    }
  }
`);

export const MergesQuery = graphql(`
  query Merges {
    merges(first: 20) {
      id
      kind
      keepId
      names
      at
      undone
    }
  }
`);

export const MergeRecordsMutation = graphql(`
  mutation MergeRecords($kind: ImportMatchKind!, $keepId: ID!, $mergeIds: [ID!]!, $choices: [MergeChoice!]!) {
    mergeRecords(kind: $kind, keepId: $keepId, mergeIds: $mergeIds, choices: $choices) {
      id
      keepId
      mergedIds
      moved
      combined
    }
  }
`);

export const UndoMergeMutation = graphql(`
  mutation UndoMerge($id: ID!) {
    undoMerge(id: $id) {
      id
      undone
    }
  }
`);
