// Records a write's result in the write's own transaction (server/db/idempotency.ts).
// Parameters: $slot, $result (JSON), $expiresAt (epoch ms).
CREATE (:WriteRecord {slot: $slot, result: $result, expiresAt: $expiresAt})
