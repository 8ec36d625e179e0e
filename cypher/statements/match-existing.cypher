// Matching on import: which of these ids are stored records of kind {{label}}.
// Parameters: $ids [string].
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n.id AS id
