// Full-text candidates (cjk analyzer) over names and descriptions, then skills. Only people the
// viewer may see; names only (the page's records are read after ranking, search-page.cypher).
// Parameters: $lucene (an escaped Lucene query), $labels, $limit and the viewer's read scope.
CALL {
  CALL db.index.fulltext.queryNodes('entity_names', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
  UNION ALL
  CALL db.index.fulltext.queryNodes('skill_names', $lucene, {limit: $limit}) YIELD node, score
  RETURN node, score
}
WITH node AS n, score
WHERE any(label IN labels(n) WHERE label IN $labels)
  AND {{@person-visible(n)}}
RETURN labels(n) AS labels, n {.key, .id, .name, .nameKana, .nameLatin, .nameEn, .nameJa} AS node, score
