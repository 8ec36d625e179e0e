// The records of one page of ranked search hits (server/features/search/service.ts), which the
// candidate queries answer with names only. Parameters: $keys.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN n.key AS key, n {.*, searchText: null} AS node
