// A KNOWS tie between two people in either stored direction. Parameters: $a, $b.
MATCH (x:Person {id: $a})-[r:KNOWS]-(y:Person {id: $b})
RETURN startNode(r).id AS from, endNode(r).id AS to, r {.*} AS rel
LIMIT 1
