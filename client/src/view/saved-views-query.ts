import { graphql } from '../gql/index.ts';

/** Named saved views of the map (server/features/views; docs/decisions/0024-saved-views-and-time.md). */
export const SavedViewFields = graphql(`
  fragment SavedViewFields on SavedView {
    id
    name
    state
    mine
    updated
    positions {
      key
      x
      y
    }
  }
`);

export const SavedViewsQuery = graphql(`
  query SavedViews {
    savedViews {
      ...SavedViewFields
    }
  }
`);

export const SavedViewQuery = graphql(`
  query SavedView($id: ID!) {
    savedView(id: $id) {
      ...SavedViewFields
    }
  }
`);

export const SaveViewMutation = graphql(`
  mutation SaveView($input: SavedViewInput!) {
    saveView(input: $input) {
      ...SavedViewFields
    }
  }
`);

export const RenameViewMutation = graphql(`
  mutation RenameView($id: ID!, $name: String!) {
    renameView(id: $id, name: $name) {
      id
      name
      updated
    }
  }
`);

export const DeleteViewMutation = graphql(`
  mutation DeleteView($id: ID!) {
    deleteView(id: $id) {
      id
    }
  }
`);
