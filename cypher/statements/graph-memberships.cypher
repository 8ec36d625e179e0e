// The network snapshot, one chunk of people at a time: every membership, past and future ones
// included, with its dates and role, so the one date rule (server/graph/network.ts) can decide
// who is a member on any day. Parameters: $personIds, $slice. A row per $slice people, column
// by column (see graph-ties; '' stands for a missing value, as collect() drops nulls): person,
// organisation, since, until, role.
UNWIND range(0, size($personIds) - 1, $slice) AS from
CALL (from) {
  UNWIND $personIds[from..from + $slice] AS id
  MATCH (p:Person {id: id})-[m:MEMBER_OF]->(o:Organisation)
  RETURN collect(p.id) AS person, collect(o.id) AS organisation, collect(coalesce(toString(m.since), '')) AS since,
         collect(coalesce(toString(m.until), '')) AS until, collect(coalesce(m.role, '')) AS role
}
RETURN person, organisation, since, until, role
