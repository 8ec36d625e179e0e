// Benchmarks only (bench/network.ts): the people whose id starts with $prefix, which an earlier
// run created and this one removes first. Parameters: $prefix.
MATCH (p:Person)
WHERE p.id STARTS WITH $prefix
RETURN p.id AS id
