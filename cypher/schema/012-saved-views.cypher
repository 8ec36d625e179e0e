// Named saved views of the explorer's map (server/features/views/saved-views.ts), one owner account each.
CREATE CONSTRAINT saved_view_id IF NOT EXISTS FOR (v:SavedView) REQUIRE v.id IS UNIQUE;
CREATE INDEX saved_view_owner IF NOT EXISTS FOR (v:SavedView) ON (v.owner);
