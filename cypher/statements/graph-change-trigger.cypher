// The change log's entry for a commit made outside the app (Cypher by hand, another tool): an APOC
// trigger (phase 'before', so inside that commit) installed by server/graph/hand-writes.ts. The app
// records its own entry in every write (server/graph/changes.ts), so a transaction that created a
// :GraphChange is left alone; any other commit that changed data gets exactly one entry naming the
// people whose rows changed, or 'shared' / 'all', so readers apply a delta instead of re-reading
// the whole network. A node deleted in this commit can no longer be read here (reading one would
// fail the commit), so a commit that deleted any node, or removed an id, is recorded as 'all'
// without looking further. So is one that touched more than 10,000 people.
// Parameters: APOC's transaction data ($createdNodes, $deletedNodes, $createdRelationships, …).
WITH $createdNodes AS created, $deletedNodes AS deleted, $createdRelationships AS born,
     $deletedRelationships AS gone, $assignedLabels AS labelled, $removedLabels AS unlabelled,
     $assignedNodeProperties AS nodeSet, $removedNodeProperties AS nodeRemoved,
     $assignedRelationshipProperties AS relSet, $removedRelationshipProperties AS relRemoved
WHERE none(n IN created WHERE n:GraphChange)
  AND size(created) + size(deleted) + size(born) + size(gone) + size(keys(labelled)) + size(keys(unlabelled))
      + size(keys(nodeSet)) + size(keys(nodeRemoved)) + size(keys(relSet)) + size(keys(relRemoved)) > 0
WITH size(deleted) > 0 OR 'id' IN keys(nodeRemoved) AS wholesale, created, born, gone, labelled, unlabelled,
     nodeSet, nodeRemoved, relSet, relRemoved
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
     OR any(r IN rels WHERE type(r) IN ['WORKED_ON', 'NEEDS', 'BROADER']) AS shared,
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
SET v.seq = coalesce(v.seq, 0) + 1
CREATE (:GraphChange {seq: v.seq, people: CASE scope WHEN 'all' THEN [] ELSE people END, scope: scope, at: datetime(),
                      source: 'trigger'})
