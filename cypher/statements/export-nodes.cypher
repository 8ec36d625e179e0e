// Export: every node of kind {{label}} with all its properties and their stored types (so
// properties no spec knows survive a round trip with their type). Parameters: none.
MATCH (n:{{label}})
RETURN properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types
ORDER BY n.id
