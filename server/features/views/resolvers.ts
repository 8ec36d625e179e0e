import type { Resolvers } from '../../api/generated/resolvers.ts';
import { deleteView, renameView, savedView, savedViews, saveView } from './saved-views.ts';

/** Named saved views of the explorer's map (docs/decisions/0024-saved-views-and-time.md). */
export const viewResolvers: Resolvers = {
  Query: {
    savedViews: (_, __, { db, viewer }) => savedViews(db, viewer) as never,
    savedView: (_, args, { db, viewer }) => savedView(db, args.id, viewer) as never,
  },
  Mutation: {
    saveView: (_, args, { db, viewer }) => saveView(db, args.input, viewer) as never,
    renameView: (_, args, { db, viewer }) => renameView(db, args.id, args.name, viewer) as never,
    deleteView: (_, args, { db, viewer }) => deleteView(db, args.id, viewer) as never,
  },
};
