// People whose stored contact e-mail is this address (compared lower-cased) and whom no account
// holds yet; at most two, so the caller can tell "exactly one" from "several".
// Parameters: $email (lower-cased).
MATCH (p:Person) WHERE toLower(trim(p.email)) = $email AND NOT EXISTS { (p)<-[:IS]-(:Account) }
RETURN p.id AS id
ORDER BY p.id
LIMIT 2
