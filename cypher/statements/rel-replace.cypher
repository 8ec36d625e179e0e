// Replaces the properties of relationship {{type}} between a {{from}} and a {{to}}.
// Parameters: $from, $to, $props.
MATCH (:{{from}} {id: $from})-[r:{{type}}]->(:{{to}} {id: $to})
SET r = $props
RETURN r {.*} AS rel
