// Test support: every property of every node and relationship except the counters that requests
// move as they run (rate-limit buckets and windows, server/api/budget.ts and server/http/rate-store.ts)
// and the change log those counters' commits record (server/graph/changes.ts): what a refused
// request must leave exactly as it was. Parameters: none.
CALL () {
  MATCH (n)
  WHERE NOT n:RateBucket AND NOT n:RateWindow AND NOT n:GraphChange AND NOT n:GraphVersion
  RETURN labels(n) AS labels, properties(n) AS props
  UNION ALL
  MATCH ()-[r]->()
  RETURN [type(r)] AS labels, properties(r) AS props
}
RETURN labels, props
ORDER BY labels, props.id, props.key
