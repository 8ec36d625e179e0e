// The change log's entry for a commit made outside the app (Cypher by hand, another tool): an APOC
// trigger (phase 'before', so inside that commit) installed by server/graph/hand-writes.ts. The app
// records its own entry in every write (server/graph/changes.ts), so a transaction that created a
// :GraphChange is left alone; any other commit that changed data gets exactly one entry naming the
// people whose rows changed, or 'shared' / 'all', so readers apply a delta instead of re-reading
// the whole network. A node deleted in this commit can no longer be read here (reading one would
// fail the commit), so a commit that deleted any node, or removed an id, is recorded as 'all'
// without looking further. So is one that changed more than 20,000 things or touched more than
// 10,000 people (reading that many rows again costs about as much as reading everything).
// Parameters: APOC's transaction data ($createdNodes, $deletedNodes, $createdRelationships, …).
WITH $createdNodes AS created, $deletedNodes AS deleted, $createdRelationships AS born,
     $deletedRelationships AS gone, $assignedLabels AS labelled, $removedLabels AS unlabelled,
     $assignedNodeProperties AS nodeSet, $removedNodeProperties AS nodeRemoved,
     $assignedRelationshipProperties AS relSet, $removedRelationshipProperties AS relRemoved
WITH created, deleted, born, gone, labelled, unlabelled, nodeSet, nodeRemoved, relSet, relRemoved,
     size(created) + size(deleted) + size(born) + size(gone)
     + reduce(n = 0, m IN [labelled, unlabelled, nodeSet, nodeRemoved, relSet, relRemoved] |
         n + reduce(k = 0, key IN keys(m) | k + size(m[key]))) AS changed
WHERE changed > 0 AND none(n IN created WHERE n:GraphChange)
WITH size(deleted) > 0 OR 'id' IN keys(nodeRemoved) OR changed > 20000 AS wholesale, created, born, gone, labelled,
     unlabelled, nodeSet, nodeRemoved, relSet, relRemoved
WITH wholesale,
     CASE WHEN wholesale THEN [] ELSE
       born + gone
       + reduce(all = [], k IN keys(relSet) | all + [e IN relSet[k] | e.relationship])
       + reduce(all = [], k IN keys(relRemoved) | all + [e IN relRemoved[k] | e.relationship])
     END AS rels,
     CASE WHEN wholesale THEN [] ELSE
       created
       + reduce(all = [], k IN keys(nodeSet) | all + [e IN nodeSet[k] | e.node])
       + reduce(all = [], k IN keys(nodeRemoved) | all + [e IN nodeRemoved[k] | e.node])
       + reduce(all = [], k IN keys(labelled) | all + labelled[k])
       + reduce(all = [], k IN keys(unlabelled) | all + unlabelled[k])
     END AS nodes,
     CASE WHEN wholesale THEN [] ELSE
       [n IN coalesce(unlabelled['Person'], []) | n.id]
       + [e IN coalesce(nodeSet['id'], []) WHERE e.node:Person OR e.node IN coalesce(unlabelled['Person'], []) | e.old]
     END AS formerPeople,
     any(k IN keys(labelled) + keys(unlabelled) WHERE k IN ['Organisation', 'Project', 'Skill']) AS sharedLabels
WITH wholesale,
     sharedLabels
     OR any(n IN nodes WHERE n:Organisation OR n:Project OR n:Skill)
     OR any(r IN rels WHERE type(r) IN ['WORKED_ON', 'NEEDS', 'BROADER', 'LED', 'PARTNERED_IN']) AS shared,
     [n IN nodes WHERE n:Person | n.id]
     + formerPeople
     + [r IN rels WHERE type(r) = 'KNOWS' | endNode(r).id]
     + [r IN rels WHERE type(r) IN ['KNOWS', 'MEMBER_OF', 'HAS_SKILL', 'WORKED_ON'] | startNode(r).id] AS ids
CALL (ids) {
  UNWIND ids AS id
  WITH DISTINCT id
  WHERE id IS NOT NULL
  RETURN collect(id) AS people
}
WITH people,
     CASE
       WHEN wholesale OR size(people) > 10000 THEN 'all'
       WHEN shared THEN 'shared'
       WHEN size(people) > 0 THEN 'people'
       ELSE 'none'
     END AS scope
MERGE (v:GraphVersion {id: 'graph'})
SET v.seq = coalesce(v.seq, 0) + 1, v.epoch = coalesce(v.epoch, randomUUID())
CREATE (:GraphChange {seq: v.seq, people: CASE scope WHEN 'all' THEN [] ELSE people END, scope: scope, at: datetime(),
                      source: 'trigger'})
