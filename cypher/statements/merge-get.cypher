// Merge support: one merge (for undo). Parameters: $id.
MATCH (m:Merge {id: $id})
RETURN m {.id, .kind, .keepKey, .keys, .fingerprint, .undoneAt, .names, at: toString(m.at)} AS merge
