// For each record key ("Person:p1"), whether it exists and the organisations answerable for it:
// a person's organisations (every membership), an organisation itself, a project's lead and
// partner organisations; a skill has none (the shared vocabulary). Decides who may write it.
// Parameters: $keys (list of keys).
UNWIND $keys AS key
OPTIONAL MATCH (n:Entity {key: key})
RETURN
  key,
  n IS NOT NULL AS exists,
  coalesce(n:Person AND n.discoverable = false, false) AS hidden,
  CASE
    WHEN n IS NULL THEN []
    WHEN n:Organisation THEN [n.id]
    WHEN n:Person THEN COLLECT { MATCH (n)-[:MEMBER_OF]->(o:Organisation) RETURN DISTINCT o.id }
    WHEN n:Project THEN COLLECT { MATCH (o:Organisation)-[:LED|PARTNERED_IN]->(n) RETURN DISTINCT o.id }
    ELSE []
  END AS organisations
