// Introductions projection: each organisation with its current members (no `until`, or an
// `until` not yet passed) and their roles. Parameters: $today (a Date).
MATCH (o:Organisation)<-[m:MEMBER_OF]-(p:Person)
WHERE m.until IS NULL OR m.until > $today
RETURN o.id AS id, collect([p.id, m.role]) AS members
