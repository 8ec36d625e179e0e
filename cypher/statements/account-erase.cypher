// Erases an account and the person it is: the person's node and every relationship (ties,
// memberships, skills, projects), every introduction request they are on (its message may name
// them), the account, its sessions, roles and saved views, and every sign-in link sent to its
// address. Returns
// the person's id (null when the account had none).
// Parameters: $accountId.
MATCH (a:Account {id: $accountId})
OPTIONAL MATCH (a)-[:IS]->(p:Person)
WITH a, p, p.id AS personId, a.email AS email
CALL (a) {
  MATCH (s:Session {accountId: a.id})
  DELETE s
}
CALL (email) {
  MATCH (l:SignInLink {email: email})
  DELETE l
}
CALL (a) {
  MATCH (v:SavedView {owner: a.id})
  DELETE v
}
CALL (p) {
  MATCH (p)<-[:STEP]-(r:IntroductionRequest)
  DETACH DELETE r
}
// Merges that archived the person (to undo them) hold copies of the record: they go too.
CALL (p) {
  MATCH (m:Merge) WHERE p.key IN m.keys
  OPTIONAL MATCH (m)-[:ARCHIVE]->(archived:MergeArchive)
  DETACH DELETE archived, m
}
CALL (p) {
  MATCH (archived:MergeArchive) WHERE archived._m_fromKey = p.key OR archived._m_toKey = p.key
  DETACH DELETE archived
}
DETACH DELETE p
DETACH DELETE a
RETURN personId
