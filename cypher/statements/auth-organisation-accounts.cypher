// The accounts with a role in an organisation, with the person each is, in e-mail order.
// Parameters: $organisationId.
MATCH (a:Account)-[r:HAS_ROLE]->(:Organisation {id: $organisationId})
OPTIONAL MATCH (a)-[:IS]->(p:Person)
RETURN a.email AS email, r.role AS role, p.id AS personId
ORDER BY email
