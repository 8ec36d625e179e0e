// The accounts with a role in an organisation, with the person each is (when visible: hidden
// people are not shown to others), in e-mail order.
// Parameters: $organisationId.
MATCH (a:Account)-[r:HAS_ROLE]->(:Organisation {id: $organisationId})
OPTIONAL MATCH (a)-[:IS]->(p:Person)
RETURN a.email AS email, r.role AS role, CASE WHEN p.discoverable = false THEN null ELSE p {.*} END AS person
ORDER BY email
