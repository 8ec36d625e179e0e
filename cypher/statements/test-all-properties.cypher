// Test support: every property of every node and relationship, bookkeeping included (the erasure
// canary searches all of it). Parameters: none.
CALL () {
  MATCH (n) RETURN labels(n) AS labels, properties(n) AS props
  UNION ALL
  MATCH ()-[r]->() RETURN [type(r)] AS labels, properties(r) AS props
}
RETURN labels, props
