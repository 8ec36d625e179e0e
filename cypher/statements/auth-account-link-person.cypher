// Links an account that is no person yet to a person that no account holds yet.
// Parameters: $accountId, $personId.
MATCH (a:Account {id: $accountId}) WHERE NOT EXISTS { (a)-[:IS]->(:Person) }
MATCH (p:Person {id: $personId}) WHERE NOT EXISTS { (p)<-[:IS]-(:Account) }
CREATE (a)-[:IS]->(p)
RETURN p.id AS personId
