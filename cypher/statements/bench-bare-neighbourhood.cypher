// Benchmark peer only (bench/peers/bare-apollo.ts): a neighbourhood as a bare Apollo server over
// Neo4j would read it — up to $limit distinct nodes within two hops of any kind, then the
// relationships among them; no visibility rules, no filters. Depth 2, as the load asks.
// Parameters: $key, $limit.
MATCH (s:Entity {key: $key})
CALL (s) {
  MATCH (s)-[*1..2]-(n:Entity)
  WHERE n <> s
  RETURN DISTINCT n
  LIMIT $limit
}
WITH s, collect(n) AS near
WITH [s] + near AS ns
UNWIND ns AS a
OPTIONAL MATCH (a)-[r]->(b:Entity)
WHERE b IN ns
WITH ns, collect(type(r) + ':' + a.key + '->' + b.key) AS edges
RETURN [x IN ns | x.key] AS nodes, edges
