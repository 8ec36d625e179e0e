// Assets projection, one chunk of people at a time: every membership, past ones included, with
// its dates, so reach can be computed at past dates. Parameters: $personIds. One row per
// membership: [personId, organisationId, since, until].
UNWIND $personIds AS id
MATCH (p:Person {id: id})-[m:MEMBER_OF]->(o:Organisation)
RETURN [p.id, o.id, toString(m.since), toString(m.until)] AS membership
