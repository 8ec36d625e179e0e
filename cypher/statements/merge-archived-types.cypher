// Undo a merge: the relationship types its archive holds. Parameters: $id.
MATCH (:Merge {id: $id})-[:ARCHIVE]->(a:MergeArchive {_m_what: 'rel'})
RETURN DISTINCT a._m_type AS type
