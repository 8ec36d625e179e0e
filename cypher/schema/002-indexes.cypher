// Lookup indexes. `searchText` is the normalised name text (see server/domain/text.ts); a TEXT
// index makes CONTAINS on it fast, which covers single-kanji and partial-kana queries that the
// full-text cjk analyzer (character bigrams) cannot answer.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (n:Entity) ON (n.searchText);
CREATE INDEX entity_dataset IF NOT EXISTS FOR (n:Entity) ON (n.dataset);
CREATE INDEX organisation_sector IF NOT EXISTS FOR (n:Organisation) ON (n.sector);
CREATE INDEX organisation_prefecture IF NOT EXISTS FOR (n:Organisation) ON (n.prefecture);
CREATE INDEX skill_category IF NOT EXISTS FOR (n:Skill) ON (n.category);
CREATE INDEX person_discoverable IF NOT EXISTS FOR (n:Person) ON (n.discoverable);
CREATE INDEX knows_visibility IF NOT EXISTS FOR ()-[r:KNOWS]-() ON (r.visibility);
