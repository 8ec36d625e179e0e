// The change log of the in-memory network (server/graph/changes.ts): one version node, entries
// read by sequence number.
CREATE CONSTRAINT graph_version_id IF NOT EXISTS FOR (v:GraphVersion) REQUIRE v.id IS UNIQUE;
CREATE INDEX graph_change_seq IF NOT EXISTS FOR (c:GraphChange) ON (c.seq);
