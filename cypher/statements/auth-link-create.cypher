// Stores a one-time sign-in link by the hash of its token, after removing expired links (at most
// 1,000 per call) so they never pile up. Returns how many links this e-mail was sent since $since,
// this one included (the per-account rate limit).
// Parameters: $hash, $email, $browser (hash of the asking browser's nonce, or null for a link
// printed at first start), $purpose, $now, $expiresAt, $since (epoch ms).
CALL () {
  MATCH (old:SignInLink) WHERE old.expiresAt < $now
  WITH old LIMIT 1000
  DELETE old
}
CREATE (l:SignInLink {
  hash: $hash, email: $email, browser: $browser, purpose: $purpose, createdAt: $now, expiresAt: $expiresAt
})
WITH l
MATCH (recent:SignInLink {email: $email}) WHERE recent.createdAt >= $since
RETURN count(recent) AS recent
