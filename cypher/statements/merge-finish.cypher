// Merge: the kept record takes its chosen properties, the others go, their ids become aliases of
// the kept record (an import of the same files finds it). Parameters: $id, $keepKey, $props,
// $goneKeys, $aliases [{key, kind, alias}].
MATCH (keep:Entity {key: $keepKey})
SET keep = $props
WITH keep
CALL (keep) {
  UNWIND $goneKeys AS key
  MATCH (gone:Entity {key: key})
  DETACH DELETE gone
}
CALL (keep) {
  UNWIND $aliases AS row
  MERGE (a:Alias {key: row.key})
  ON CREATE SET a.kind = row.kind, a.id = row.alias, a.createdByMerge = $id
  MERGE (a)-[:ALIAS_OF]->(keep)
}
RETURN keep.key AS key
