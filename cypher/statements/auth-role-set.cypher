// Gives an account a role in an organisation (replacing the one it had), or removes it when $role
// is null. Returns how many owners the organisation has afterwards.
// Parameters: $accountId, $organisationId, $role ('owner' | 'editor' | 'viewer' | null),
// $grantedBy (account id), $now (epoch ms).
MATCH (a:Account {id: $accountId}), (o:Organisation {id: $organisationId})
OPTIONAL MATCH (a)-[old:HAS_ROLE]->(o)
DELETE old
WITH a, o
FOREACH (_ IN CASE WHEN $role IS NULL THEN [] ELSE [1] END |
  CREATE (a)-[:HAS_ROLE {role: $role, grantedBy: $grantedBy, grantedAt: $now}]->(o)
)
RETURN COUNT { (:Account)-[:HAS_ROLE {role: 'owner'}]->(o) } AS owners
