// Creates relationship {{type}} from a {{from}} to a {{to}}. Parameters: $from, $to, $props.
MATCH (a:{{from}} {id: $from})
MATCH (b:{{to}} {id: $to})
CREATE (a)-[r:{{type}}]->(b)
SET r = $props
RETURN r {.*} AS rel
