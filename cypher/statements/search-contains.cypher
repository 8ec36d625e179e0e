// Candidates whose normalised name text contains one of the query variants (index-backed
// CONTAINS). Only people the viewer may see; names only (the page's records are read after
// ranking, search-page.cypher). Parameters: $variants, $labels, $limit and the viewer's read scope.
UNWIND $variants AS variant
MATCH (n:Entity)
WHERE n.searchText CONTAINS variant
  AND any(label IN labels(n) WHERE label IN $labels)
  AND {{@person-visible(n)}}
WITH DISTINCT n
LIMIT $limit
RETURN labels(n) AS labels, n {.key, .id, .name, .nameKana, .nameLatin, .nameEn, .nameJa} AS node
