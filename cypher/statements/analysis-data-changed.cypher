// Whether what the network holds changed after change-log version $seq (server/features/assets/jobs.ts):
// an entry after it other than bookkeeping ('none'), or entries after it already dropped from the log.
// Parameters: $seq.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.seq, 0) > $seq AND (
  EXISTS { MATCH (c:GraphChange) WHERE c.seq > $seq AND c.scope <> 'none' }
  OR NOT EXISTS { MATCH (c:GraphChange) WHERE c.seq = $seq + 1 }
) AS changed
