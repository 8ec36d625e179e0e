// A page of the {{type}} relationships (out) of the {{label}} with id $id, with the node at the
// other end ({{other}}). Only people and ties the viewer may see
// (cypher/fragments/). Parameters: $id, $skip, $limit and the viewer's read scope.
MATCH (n:{{label}} {id: $id})-[r:{{type}}]->(m:{{other}})
WHERE {{@person-visible(m)}}
  AND {{@tie-visible(r)}}
WITH r, m
ORDER BY coalesce(m.nameKana, m.name, m.nameEn, m.nameJa), m.id
WITH collect({rel: r {.*}, type: type(r), other: m {.*}}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page
