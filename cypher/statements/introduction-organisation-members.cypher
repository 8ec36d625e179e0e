// Target candidates for an organisation: its discoverable current members with their roles.
// Parameters: $organisationId, $today (a Date).
MATCH (o:Organisation {id: $organisationId})<-[m:MEMBER_OF]-(p:Person)
WHERE (m.until IS NULL OR m.until > $today) AND p.discoverable <> false
RETURN p.id AS personId, m.role AS role
