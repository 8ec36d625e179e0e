// Everything an explained answer names, in one read (introductions, teams, STO matching): the
// nodes by key (hidden people are not returned), the declared context of the ties between pairs
// of people, people's roles in projects and their memberships (role, since, until).
// Parameters: one map $q = {keys, pairs [[a, b], …], projectRows [[personId, projectId], …],
// membershipRows [[personId, organisationId], …]}. One map, not four lists: Neo4j keys its plan
// cache by the types and sizes of list parameters, so four lists of varying length were planned
// again and again (~250 ms each time); a map parameter gets one plan.
CALL () {
  UNWIND $q.keys AS key
  MATCH (n:Entity {key: key})
  WHERE NOT (n:Person AND n.discoverable = false)
  RETURN collect({labels: labels(n), node: n {.*, searchText: null, email: null}}) AS nodes
}
CALL () {
  UNWIND $q.pairs AS pair
  MATCH (:Person {id: pair[0]})-[r:KNOWS]-(:Person {id: pair[1]})
  WHERE coalesce(r.visibility, 'public') <> 'private'
  RETURN collect({a: pair[0], b: pair[1], strength: r.strength, lastContact: toString(r.lastContact), context: r.context}) AS ties
}
CALL () {
  UNWIND $q.projectRows AS row
  MATCH (:Person {id: row[0]})-[w:WORKED_ON]->(:Project {id: row[1]})
  RETURN collect({personId: row[0], projectId: row[1], role: w.role}) AS participations
}
CALL () {
  UNWIND $q.membershipRows AS row
  MATCH (:Person {id: row[0]})-[m:MEMBER_OF]->(:Organisation {id: row[1]})
  RETURN collect({personId: row[0], organisationId: row[1], role: m.role, since: toString(m.since), until: toString(m.until)}) AS memberships
}
RETURN nodes, ties, participations, memberships
