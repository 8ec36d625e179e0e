// The network snapshot: every organisation with its sector. One row each: [id, sector].
MATCH (o:Organisation)
RETURN [o.id, o.sector] AS organisation
