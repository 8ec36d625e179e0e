// The explorer answers from the in-memory network (server/features/explorer/); this statement
// is kept as the oracle of test/int/neighbourhood-parity.int.test.ts (see neighbourhood-expand).
// What the explorer draws of the given nodes, in one round trip: the nodes' render data (names,
// sector, a project's start; never long texts or contact details) as [labels, properties], and
// the relationships among them that an answer may show (ties the viewer may see) as one list per
// relationship — [source key, target key, type, strength, lastContact, level, priority, role,
// since, until] — which reads and decodes several times faster than a row with a map per
// relationship at the explorer's largest view (docs/benchmarks.md, "Query cost").
// Parameters: $keys and the viewer's read scope.
CALL () {
  UNWIND $keys AS key
  MATCH (n:Entity {key: key})
  RETURN collect([labels(n), n {.key, .id, .name, .nameKana, .nameLatin, .nameEn, .nameJa, .sector, .start}]) AS nodes
}
CALL () {
  MATCH (a:Entity)-[r]->(b:Entity)
  WHERE a.key IN $keys AND b.key IN $keys
    AND {{@tie-visible(r)}}
  RETURN collect([a.key, b.key, type(r), r.strength, r.lastContact, r.level, r.priority, r.role, r.since, r.until]) AS edges
}
RETURN nodes, edges
