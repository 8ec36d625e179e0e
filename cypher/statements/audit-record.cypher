// One entry of the audit log: who (an account id), what (the operation and the keys of the records
// it named), when, and the organisations answerable for those records. Never field values.
// Parameters: $at (epoch ms), $accountId, $action, $records, $organisations.
CREATE (:AuditEntry {at: $at, accountId: $accountId, action: $action, records: $records, organisations: $organisations})
