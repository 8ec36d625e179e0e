// Matching on import: the people an import may be matched with, with what identifies them —
// names, e-mail and every organisation they belong or belonged to. An administrator's import sees
// everyone ($everyone); an organisation's import only whom that organisation's owner may see
// (cypher/fragments/person-visible.cypher), so a match never reveals a hidden person.
// Parameters: $everyone, $viewerPerson, $viewerEditorOrganisations, $today.
MATCH (p:Person)
WHERE $everyone OR ({{@person-visible(p)}})
RETURN p.id AS id, p.name AS name, p.nameKana AS nameKana, p.nameLatin AS nameLatin, p.email AS email,
       [(p)-[:MEMBER_OF]->(o:Organisation) | o.id] AS organisations
