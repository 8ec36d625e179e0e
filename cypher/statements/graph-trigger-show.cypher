// The APOC triggers installed on a database (run on the system database): the change-log trigger
// is installed again only when it is missing or its text differs (server/graph/hand-writes.ts).
// Parameters: $database.
CALL apoc.trigger.show($database) YIELD name, query, paused
RETURN name, query, paused
