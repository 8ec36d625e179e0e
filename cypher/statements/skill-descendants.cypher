// Used by the Cypher oracle of the explorer (test/reference/neighbourhood-cypher.ts).
// The keys of the given skills and of every narrower skill below them. Parameters: $ids.
UNWIND $ids AS id
MATCH (s:Skill {id: id})<-[:BROADER*0..]-(d:Skill)
RETURN s.id AS id, collect(DISTINCT d.key) AS keys
