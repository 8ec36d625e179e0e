// Candidates whose normalised name text contains one of the query variants (index-backed
// CONTAINS). Hidden people are never candidates. Parameters: $variants, $labels, $limit.
UNWIND $variants AS variant
MATCH (n:Entity)
WHERE n.searchText CONTAINS variant
  AND any(label IN labels(n) WHERE label IN $labels)
  AND NOT (n:Person AND n.discoverable = false)
WITH DISTINCT n
LIMIT $limit
RETURN labels(n) AS labels, n {.*, searchText: null} AS node
