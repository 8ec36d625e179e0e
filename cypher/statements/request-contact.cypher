// How to reach a person: their account's address, else the one on their record; the account's
// language for e-mail, and whether it takes a daily digest instead. Parameters: $personId.
MATCH (p:Person {id: $personId})
OPTIONAL MATCH (a:Account)-[:IS]->(p)
RETURN coalesce(a.email, p.email) AS email, a.language AS language, a.id AS accountId,
       coalesce(a.introductionDigest, false) AS digest
