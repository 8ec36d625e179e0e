// The change log's current version (0 when nothing was ever recorded), read before a full load of
// the network so that changes committed during the load are applied afterwards. No parameters.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.seq, 0) AS version
