// Benchmark peer only (bench/load-csv.ts): a plain LOAD CSV of one relationship file of a bundle:
// both ends by id, MERGE the relationship, every column set as read, committed every 10,000 rows.
// Parameters: $url (a file:/// URL in the server's import folder), $fromColumn and $toColumn (the
// columns holding the ends' ids), $role (only rows with this role column, or null for all).
LOAD CSV WITH HEADERS FROM $url AS row
WITH row
WHERE $role IS NULL OR row.role = $role
CALL (row) {
  MATCH (a:{{from}} {id: row[$fromColumn]})
  MATCH (b:{{to}} {id: row[$toColumn]})
  MERGE (a)-[r:{{type}}]->(b)
  SET r += row
} IN TRANSACTIONS OF 10000 ROWS
