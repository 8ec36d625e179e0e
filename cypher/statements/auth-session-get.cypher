// A session by the hash of its id, with its account, the account's person and organisation roles.
// Parameters: $hash.
MATCH (s:Session {hash: $hash})
MATCH (a:Account {id: s.accountId})
OPTIONAL MATCH (a)-[:IS]->(p:Person)
RETURN
  s.lastSeenAt AS lastSeenAt,
  s.expiresAt AS expiresAt,
  a.id AS accountId,
  a.email AS email,
  a.administrator AS administrator,
  p.id AS personId,
  COLLECT {
    MATCH (a)-[r:HAS_ROLE]->(o:Organisation)
    RETURN {organisationId: o.id, role: r.role}
    ORDER BY o.id
  } AS roles
