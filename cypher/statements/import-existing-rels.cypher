// Import support: the stored relationships {{type}} from {{from}} to {{to}} among these pairs (to
// count them as new, changed or unchanged, and not rewrite the unchanged).
// Parameters: $pairs [{from, to}].
UNWIND $pairs AS p
MATCH (a:{{from}} {id: p.from})-[r:{{type}}]->(b:{{to}} {id: p.to})
RETURN p.from AS from, p.to AS to, properties(r) AS props
