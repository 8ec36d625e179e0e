// Test support: gives the account of $email $count saved views at once (the cap on views per
// account). Parameters: $email, $count.
MATCH (a:Account {email: $email})
UNWIND range(1, $count) AS i
CREATE (:SavedView {id: 'view-fill-' + i, owner: a.id, name: 'fill ' + i, state: '?depth=1', positions: '[]',
                    introduction: null, created: datetime(), updated: datetime()})
