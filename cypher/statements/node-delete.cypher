// Deletes a node of kind {{label}} with every relationship touching it (and the merges that archived it).
// Parameters: $id. Returns how many relationships went with it.
MATCH (n:{{label}} {id: $id})
WITH n, COUNT { (n)--() } AS relationships
// A merge that archived the record (to undo it) holds a copy of it: it goes with the record.
CALL (n) {
  MATCH (m:Merge) WHERE n.key IN m.keys
  OPTIONAL MATCH (m)-[:ARCHIVE]->(archived:MergeArchive)
  DETACH DELETE archived, m
}
DETACH DELETE n
RETURN relationships
