// The network snapshot, one chunk of people at a time: who holds which skill at which level.
// Parameters: $personIds, $slice. A row per $slice people, column by column (see graph-ties):
// person, skill, level.
UNWIND range(0, size($personIds) - 1, $slice) AS from
CALL (from) {
  UNWIND $personIds[from..from + $slice] AS id
  MATCH (p:Person {id: id})-[h:HAS_SKILL]->(s:Skill)
  RETURN collect(p.id) AS person, collect(s.id) AS skill, collect(coalesce(h.level, 0)) AS level
}
RETURN person, skill, level
