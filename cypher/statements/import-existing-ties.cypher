// Import support: the stored ties among these pairs, in either direction (a tie is stored once).
// Parameters: $pairs [{from, to}].
UNWIND $pairs AS p
MATCH (a:Person {id: p.from})-[r:KNOWS]-(b:Person {id: p.to})
RETURN p.from AS from, p.to AS to, properties(r) AS props
