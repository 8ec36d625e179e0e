// Merge support: the latest merges, newest first. Parameters: $limit.
MATCH (m:Merge)
RETURN m {.id, .kind, .keepKey, .keys, .undoneAt, .names, .by, at: toString(m.at)} AS merge
ORDER BY m.at DESC
LIMIT $limit
