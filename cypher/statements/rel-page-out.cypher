// A page of the {{type}} relationships (out) of the {{label}} with id $id, with the node at the
// other end ({{other}}). Hidden people and private ties are left out.
// Parameters: $id, $skip, $limit.
MATCH (n:{{label}} {id: $id})-[r:{{type}}]->(m:{{other}})
WHERE NOT (m:Person AND m.discoverable = false)
  AND NOT (type(r) = 'KNOWS' AND r.visibility = 'private')
WITH r, m
ORDER BY coalesce(m.nameKana, m.name, m.nameEn, m.nameJa), m.id
WITH collect({rel: r {.*}, type: type(r), other: m {.*}}) AS rows
RETURN size(rows) AS total, rows[$skip..($skip + $limit)] AS page
