// The account with this e-mail (lower-cased), its person and its organisation roles.
// Parameters: $email.
MATCH (a:Account {email: $email})
OPTIONAL MATCH (a)-[:IS]->(p:Person)
RETURN a.id AS id, a.email AS email, a.administrator AS administrator, p.id AS personId
