// The network snapshot, one chunk of people at a time: every membership, past and future ones
// included, with its dates and role, so the one date rule (server/graph/network.ts) can decide
// who is a member on any day. Parameters: $personIds. One row per membership:
// [personId, organisationId, since, until, role].
UNWIND $personIds AS id
MATCH (p:Person {id: id})-[m:MEMBER_OF]->(o:Organisation)
RETURN [p.id, o.id, toString(m.since), toString(m.until), m.role] AS membership
