// Full-text indexes with the cjk analyzer (character bigrams for kanji/kana, words for Latin).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Person|Organisation|Project) ON EACH [n.name, n.nameKana, n.nameLatin, n.nameEn, n.description]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
CREATE FULLTEXT INDEX skill_names IF NOT EXISTS
FOR (n:Skill) ON EACH [n.nameJa, n.nameEn, n.category]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
