// A client's shared token bucket as last settled (server/api/budget.ts), read when an instance
// first sees the client or has not seen it for a while. No row: the bucket is full.
// Parameters: $client (a hash).
MATCH (b:RateBucket {client: $client})
RETURN b.tokens AS tokens, b.at AS at
