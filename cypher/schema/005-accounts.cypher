// Accounts, sessions and one-time sign-in links (server/auth/). Sessions and links are stored by
// the SHA-256 of their secret, never the secret itself, so a copy of the database signs nobody in.
CREATE CONSTRAINT account_id IF NOT EXISTS FOR (a:Account) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT account_email IF NOT EXISTS FOR (a:Account) REQUIRE a.email IS UNIQUE;
CREATE CONSTRAINT session_hash IF NOT EXISTS FOR (s:Session) REQUIRE s.hash IS UNIQUE;
CREATE INDEX session_account IF NOT EXISTS FOR (s:Session) ON (s.accountId);
CREATE CONSTRAINT sign_in_link_hash IF NOT EXISTS FOR (l:SignInLink) REQUIRE l.hash IS UNIQUE;
CREATE INDEX sign_in_link_email IF NOT EXISTS FOR (l:SignInLink) ON (l.email);
CREATE INDEX person_email IF NOT EXISTS FOR (p:Person) ON (p.email);
CREATE INDEX audit_at IF NOT EXISTS FOR (e:AuditEntry) ON (e.at);
// Results of committed writes, so that a retry returns them instead of writing twice
// (server/db/idempotency.ts); kept 24 hours.
CREATE CONSTRAINT write_record_slot IF NOT EXISTS FOR (w:WriteRecord) REQUIRE w.slot IS UNIQUE;
