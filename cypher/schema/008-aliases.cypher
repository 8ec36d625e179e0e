// Matching on import keeps the id a file gave a record it matched as an alias of that record
// (server/features/data/match/resolve.ts), so that the next import of the same file finds the
// record by id. `key` is "<Kind>:<id the file gave>".
CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (a:Alias) REQUIRE a.key IS UNIQUE;
