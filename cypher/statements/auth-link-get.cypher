// A sign-in link by the hash of its token. Parameters: $hash.
MATCH (l:SignInLink {hash: $hash})
RETURN l.email AS email, l.browser AS browser, l.purpose AS purpose, l.expiresAt AS expiresAt
