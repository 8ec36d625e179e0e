// Export: every relationship {{type}} from {{from}} to {{to}} with its properties and their
// stored types. Parameters: none.
MATCH (a:{{from}})-[r:{{type}}]->(b:{{to}})
RETURN a.id AS from, b.id AS to, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types
ORDER BY from, to
