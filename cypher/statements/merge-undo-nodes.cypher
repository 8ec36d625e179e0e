// Undo a merge: the kept record takes back its properties, the merged-away records come back with
// theirs, and every relationship the merge touched is deleted (they are restored next from the
// archive). Aliases the merge made go. Parameters: $id; {{label}} the kind.
MATCH (m:Merge {id: $id})
MATCH (keep:Entity {key: m.keepKey})
CALL (keep) {
  MATCH (keep)-[r]-()
  DELETE r
}
CALL (m) {
  MATCH (a:Alias {createdByMerge: m.id})
  DETACH DELETE a
}
WITH m
MATCH (m)-[:ARCHIVE]->(a:MergeArchive {_m_what: 'node'})
OPTIONAL MATCH (existing:Entity {key: a._m_key})
CALL (a, existing) {
  WITH a, existing WHERE existing IS NULL
  CREATE (n:Entity:{{label}})
  SET n = properties(a)
  REMOVE n._m_what, n._m_key, n._m_labels
}
CALL (a, existing) {
  WITH a, existing WHERE existing IS NOT NULL
  SET existing = properties(a)
  REMOVE existing._m_what, existing._m_key, existing._m_labels
}
RETURN count(*) AS nodes
