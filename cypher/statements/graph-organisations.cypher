// The network snapshot: every organisation with its sector, in id order (the same order on every
// read, so a reload of the shared tables keeps the compiled order). One row each: [id, sector].
MATCH (o:Organisation)
RETURN [o.id, o.sector] AS organisation
ORDER BY o.id
