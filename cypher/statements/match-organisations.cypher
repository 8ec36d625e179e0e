// Matching on import: every organisation's names and prefecture (organisations are never hidden).
MATCH (o:Organisation)
RETURN o.id AS id, o.name AS name, o.nameKana AS nameKana, o.nameEn AS nameEn, o.prefecture AS prefecture
