// The change log's current version (0 when nothing was ever recorded), read before a full load of
// the network so that changes committed during the load are applied afterwards, and the log's
// epoch (null before the first entry). No parameters.
OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
RETURN coalesce(v.seq, 0) AS version, v.epoch AS epoch
