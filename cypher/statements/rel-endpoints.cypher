// Whether both ends of a relationship exist, taking a write lock on each so that concurrent
// writes of the same pair run one after the other (Community has no relationship key
// constraints; the lock makes "check, then create" safe). Parameters: $from, $to.
OPTIONAL MATCH (a:{{from}} {id: $from})
OPTIONAL MATCH (b:{{to}} {id: $to})
FOREACH (n IN [x IN [a, b] WHERE x IS NOT NULL] | SET n._lock = true REMOVE n._lock)
RETURN a IS NOT NULL AS fromExists, b IS NOT NULL AS toExists
