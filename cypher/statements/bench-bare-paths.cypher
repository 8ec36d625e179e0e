// Benchmark peer only (bench/peers/bare-apollo.ts): introductions as a bare Apollo server over Neo4j
// would find them — Neo4j's allShortestPaths over KNOWS (either direction, at most 4 hops), the
// first five, scored by length. Parameters: $a, $b (Person ids).
MATCH (a:Person {id: $a}), (b:Person {id: $b})
MATCH p = allShortestPaths((a)-[:KNOWS*..4]-(b))
RETURN 1.0 / length(p) AS score
LIMIT 5
