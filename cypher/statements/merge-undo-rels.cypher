// Undo a merge: recreates the archived relationships of type {{type}} between their original ends
// (records by key, other nodes by element id), with every property and its type.
// Parameters: $id.
MATCH (:Merge {id: $id})-[:ARCHIVE]->(a:MergeArchive {_m_what: 'rel', _m_type: '{{type}}'})
CALL (a) {
  OPTIONAL MATCH (k:Entity {key: a._m_fromKey})
  OPTIONAL MATCH (e) WHERE a._m_fromKey IS NULL AND elementId(e) = a._m_from
  RETURN coalesce(k, e) AS x
}
CALL (a) {
  OPTIONAL MATCH (k:Entity {key: a._m_toKey})
  OPTIONAL MATCH (e) WHERE a._m_toKey IS NULL AND elementId(e) = a._m_to
  RETURN coalesce(k, e) AS y
}
CREATE (x)-[r:{{type}}]->(y)
SET r = properties(a)
REMOVE r._m_what, r._m_type, r._m_from, r._m_fromKey, r._m_to, r._m_toKey
RETURN count(*) AS restored
