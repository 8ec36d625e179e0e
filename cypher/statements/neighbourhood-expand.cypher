// The explorer answers from the in-memory network (server/features/explorer/); this statement
// and neighbourhood-render are the Cypher it replaced, kept as the oracle of
// test/int/neighbourhood-parity.int.test.ts and the Cypher side of `npm run bench:cost`.
// One breadth-first step of a neighbourhood: the nodes next to the frontier that pass the
// filters and are not yet seen. Only people and ties the viewer may see are crossed
// (cypher/fragments/; parameters of the viewer's read scope).
// Parameters: $frontier (keys), $seen (keys), $labels, $sectors (null = all),
// $skillKeys (null = all; else the allowed skills, narrower ones included),
// $organisationKey (null = all; else only people who are or were its members), $limit.
UNWIND $frontier AS key
MATCH (a:Entity {key: key})-[r]-(b:Entity)
WHERE {{@tie-visible(r)}}
  AND {{@person-visible(b)}}
  AND NOT b.key IN $seen
  AND any(label IN labels(b) WHERE label IN $labels)
  AND ($sectors IS NULL OR NOT b:Organisation OR b.sector IN $sectors)
  AND ($skillKeys IS NULL OR NOT b:Skill OR b.key IN $skillKeys)
  AND ($skillKeys IS NULL OR NOT b:Person OR EXISTS {
    (b)-[:HAS_SKILL]->(s:Skill) WHERE s.key IN $skillKeys
  })
  AND ($organisationKey IS NULL OR NOT b:Person OR EXISTS {
    (b)-[:MEMBER_OF]->(:Organisation {key: $organisationKey})
  })
WITH DISTINCT b
ORDER BY b.key
LIMIT $limit
RETURN b.key AS key
