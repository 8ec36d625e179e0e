// A write's recorded result, if this slot committed before (server/db/idempotency.ts).
// Parameters: $slot.
MATCH (w:WriteRecord {slot: $slot})
RETURN w.result AS result
