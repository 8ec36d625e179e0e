// Benchmark peer only (bench/peers/peers.ts): Neo4j's built-in shortestPath between two people,
// the fewest KNOWS hops (unweighted, either direction, at most 4), to time beside our engine.
// Parameters: $a, $b (Person ids, different). One row with hops, or none when no path is that short.
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH p = shortestPath((a)-[:KNOWS*..4]-(b))
RETURN length(p) AS hops
