// The network snapshot: every organisation with its sector and the fields answers show, in id
// order (the same order on every read, so a reload of the shared tables keeps the compiled
// order). One row each: [id, sector, name, nameKana, nameEn, prefecture, url].
MATCH (o:Organisation)
RETURN [o.id, o.sector, o.name, o.nameKana, o.nameEn, o.prefecture, o.url] AS organisation
ORDER BY o.id
