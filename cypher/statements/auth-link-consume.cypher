// Uses a sign-in link up: it is deleted, so a second use finds nothing (single use).
// Parameters: $hash.
MATCH (l:SignInLink {hash: $hash})
DELETE l
RETURN count(*) AS consumed
