// Introductions projection: every person and whether they may appear in results.
RETURN COLLECT { MATCH (p:Person) RETURN [p.id, p.discoverable <> false] } AS people
