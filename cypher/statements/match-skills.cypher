// Matching on import: every skill's names.
MATCH (s:Skill)
RETURN s.id AS id, s.nameJa AS nameJa, s.nameEn AS nameEn
