// Merges of duplicate records (server/features/data/duplicates/merge.ts): each merge keeps what
// it changed in archive nodes so that it can be undone exactly.
CREATE CONSTRAINT merge_id IF NOT EXISTS FOR (m:Merge) REQUIRE m.id IS UNIQUE;
