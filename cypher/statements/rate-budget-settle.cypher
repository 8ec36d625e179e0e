// Settles what this API instance spent from per-client budgets since its last call (a batch, once
// a second: server/api/budget.ts): each client's shared token bucket is refilled at $perMinute
// points a minute up to $perMinute, the spend taken (it may go below 0 when instances together
// overspent), and the tokens left returned. A clock behind the bucket's refills nothing. Buckets
// untouched for 10 minutes are full again and go (at most 100 per call).
// Parameters: $spends ([{client, cost}]; client is a hash), $now (epoch ms), $perMinute.
UNWIND $spends AS s
MERGE (b:RateBucket {client: s.client})
  ON CREATE SET b.tokens = toFloat($perMinute), b.at = $now
WITH b, s, CASE WHEN $now > b.at THEN $now - b.at ELSE 0 END AS elapsed
WITH b, s, b.tokens + elapsed * $perMinute / 60000.0 AS refilled
SET b.tokens = CASE WHEN refilled > $perMinute THEN toFloat($perMinute) ELSE refilled END - s.cost,
    b.at = CASE WHEN $now > b.at THEN $now ELSE b.at END
WITH collect({client: s.client, tokens: b.tokens, at: b.at}) AS settled
CALL () {
  MATCH (old:RateBucket) WHERE old.at < $now - 600000
  WITH old LIMIT 100
  DELETE old
}
UNWIND settled AS row
RETURN row.client AS client, row.tokens AS tokens, row.at AS at
