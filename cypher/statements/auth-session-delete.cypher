// Ends a session on the server. Parameters: $hash.
MATCH (s:Session {hash: $hash})
DELETE s
