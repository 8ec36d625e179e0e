// Role and start of people's memberships in organisations named in an answer.
// Parameters: $rows [[personId, organisationId], …].
UNWIND $rows AS row
MATCH (:Person {id: row[0]})-[m:MEMBER_OF]->(:Organisation {id: row[1]})
RETURN row[0] AS personId, row[1] AS organisationId, m.role AS role, toString(m.since) AS since, toString(m.until) AS until
