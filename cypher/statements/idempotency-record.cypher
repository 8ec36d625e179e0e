// Marks a write's slot as committed, in the write's own transaction (server/db/idempotency.ts).
// Only the slot (a hash) and when it expires: never the write's content. Parameters: $slot,
// $expiresAt (epoch ms).
CREATE (:WriteRecord {slot: $slot, expiresAt: $expiresAt})
