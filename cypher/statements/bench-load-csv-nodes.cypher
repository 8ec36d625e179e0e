// Benchmark peer only (bench/load-csv.ts): a plain LOAD CSV of one node file of a bundle, written
// the way the Neo4j manual writes it: MERGE by id, every column set as read (strings; no
// validation, no matching, no report), committed every 10,000 rows. Parameters: $url (a file:///
// URL in the server's import folder), $keyPrefix ("Person:" for people, …).
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MERGE (n:{{label}} {id: row.id})
  ON CREATE SET n:Entity, n.key = $keyPrefix + row.id
  SET n += row
} IN TRANSACTIONS OF 10000 ROWS
