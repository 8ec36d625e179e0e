// One hit on a fixed-window counter shared by every API instance (express-rate-limit's store:
// server/http/rate-store.ts): a window past its end starts again at 1. Windows ended an hour ago
// go (at most 100 per call). Parameters: $key (a hash), $now, $windowMs (ms), $hits (+1 or -1).
MERGE (w:RateWindow {key: $key})
  ON CREATE SET w.hits = 0, w.resetAt = $now + $windowMs
WITH w, w.resetAt <= $now AS ended
SET w.hits = CASE WHEN ended THEN 0 ELSE w.hits END + $hits,
    w.resetAt = CASE WHEN ended THEN $now + $windowMs ELSE w.resetAt END
WITH w.hits AS hits, w.resetAt AS resetAt
CALL () {
  MATCH (old:RateWindow) WHERE old.resetAt < $now - 3600000
  WITH old LIMIT 100
  DELETE old
}
RETURN hits, resetAt
