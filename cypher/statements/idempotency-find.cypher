// Whether this write slot committed before (server/db/idempotency.ts). Parameters: $slot.
MATCH (w:WriteRecord {slot: $slot})
RETURN w.slot AS slot
