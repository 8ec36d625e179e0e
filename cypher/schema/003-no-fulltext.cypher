// Search is answered from the in-memory network (server/features/search/); the full-text indexes
// it once used are dropped, so writes no longer maintain them.
DROP INDEX entity_names IF EXISTS;
DROP INDEX skill_names IF EXISTS;
