// Rows written so far, in the same transaction as the batch that wrote them. Parameters: $id, $done.
MATCH (r:ImportRun {id: $id})
SET r.done = $done, r.updated = datetime()
