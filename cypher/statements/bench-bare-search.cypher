// Benchmark peer only (bench/peers/bare-apollo.ts): search as a bare Apollo server over Neo4j would
// answer it — the nodes whose normalised names contain the text, counted; no ranking, no visibility
// rules. Parameters: $text.
MATCH (n:Entity)
WHERE n.searchText CONTAINS $text
RETURN count(n) AS total
