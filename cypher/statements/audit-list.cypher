// A page of the audit log, newest first: every entry (an administrator) or those of one
// organisation ($organisationId). The actor's e-mail is read now, so an erased account shows none.
// Parameters: $organisationId (or null), $skip, $limit.
MATCH (e:AuditEntry)
WHERE $organisationId IS NULL OR $organisationId IN e.organisations
WITH e ORDER BY e.at DESC, elementId(e) DESC SKIP $skip LIMIT $limit
OPTIONAL MATCH (a:Account {id: e.accountId})
RETURN e.at AS at, a.email AS actor, e.action AS action, e.records AS records, e.organisations AS organisations
