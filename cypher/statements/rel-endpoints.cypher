// Whether both ends of a relationship exist. Parameters: $from, $to.
OPTIONAL MATCH (a:{{from}} {id: $from})
OPTIONAL MATCH (b:{{to}} {id: $to})
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
