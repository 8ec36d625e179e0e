// Matching on import: the records that earlier imports matched these ids of kind {{label}} to.
// Parameters: $ids [string]. Returns alias (the id a file gave) and id (the record's).
UNWIND $ids AS alias
MATCH (:Alias {key: '{{label}}:' + alias})-[:ALIAS_OF]->(n:{{label}})
RETURN alias, n.id AS id
