// Forgets a fixed-window counter (express-rate-limit's resetKey: server/http/rate-store.ts).
// Parameters: $key (a hash).
MATCH (w:RateWindow {key: $key})
DELETE w
