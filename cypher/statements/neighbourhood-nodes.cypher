// The render data of the given nodes: only what the explorer draws (names, sector, a project's
// start), never long texts or contact details. Parameters: $keys.
UNWIND $keys AS key
MATCH (n:Entity {key: key})
RETURN labels(n) AS labels, n {.key, .id, .name, .nameKana, .nameLatin, .nameEn, .nameJa, .sector, .start} AS node
