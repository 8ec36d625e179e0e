// Import support: the stored nodes of kind {{label}} among the given ids (to merge rows with them
// and to resolve references). Parameters: $ids [string].
UNWIND $ids AS id
MATCH (n:{{label}} {id: id})
RETURN n {.*} AS node
