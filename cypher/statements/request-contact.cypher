// How to reach a person: their account's address, else the one on their record; and the account's
// language for e-mail. Parameters: $personId.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (a:Account)-[:IS]->(p)
RETURN coalesce(a.email, p.email) AS email, a.language AS language, a.id AS accountId
