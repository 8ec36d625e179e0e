// Creates an account, linked to a person when $personId names one that no account holds yet.
// Parameters: $id, $email (lower-cased), $administrator, $now (epoch ms), $personId (or null).
CREATE (a:Account {id: $id, email: $email, administrator: $administrator, createdAt: $now})
WITH a
OPTIONAL MATCH (p:Person {id: $personId}) WHERE NOT EXISTS { (p)<-[:IS]-(:Account) }
FOREACH (_ IN CASE WHEN p IS NULL THEN [] ELSE [1] END | CREATE (a)-[:IS]->(p))
RETURN a.id AS id, p.id AS personId
