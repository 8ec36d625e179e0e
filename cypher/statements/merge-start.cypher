// Merge: records the merge and archives, with their types intact, the records and every
// relationship touching them as they are now (what an undo restores).
// Parameters: $id, $kind, $keepKey, $keys (every record of the merge), $by, $names.
CREATE (m:Merge {id: $id, kind: $kind, keepKey: $keepKey, keys: $keys, by: $by, at: datetime(), names: $names})
WITH m
UNWIND $keys AS key
MATCH (n:Entity {key: key})
CREATE (m)-[:ARCHIVE]->(a:MergeArchive)
SET a = properties(n), a._m_what = 'node', a._m_key = key, a._m_labels = labels(n)
WITH DISTINCT m
MATCH (n:Entity)-[r]-(o)
WHERE n.key IN $keys
WITH DISTINCT m, r
CREATE (m)-[:ARCHIVE]->(a:MergeArchive)
SET a = properties(r), a._m_what = 'rel', a._m_type = type(r),
    a._m_from = elementId(startNode(r)), a._m_fromKey = CASE WHEN startNode(r):Entity THEN startNode(r).key END,
    a._m_to = elementId(endNode(r)), a._m_toKey = CASE WHEN endNode(r):Entity THEN endNode(r).key END
RETURN count(*) AS archived
