// Erasure: the audit log keeps that something happened, but no longer which person it was about.
// Parameters: $key (e.g. "Person:p1").
MATCH (e:AuditEntry) WHERE $key IN e.records
SET e.records = [k IN e.records | CASE WHEN k = $key THEN 'Person:(erased)' ELSE k END]
