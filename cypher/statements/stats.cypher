// Counts for the overview. Hidden people count in totals (a number reveals nobody) but not in
// `discoverablePeople`; private ties count in `ties` but not in `visibleTies`.
RETURN
  COUNT { (:Person) } AS people,
  COUNT { (p:Person) WHERE p.discoverable <> false } AS discoverablePeople,
  COUNT { (:Organisation) } AS organisations,
  COUNT { (:Skill) } AS skills,
  COUNT { (:Project) } AS projects,
  COUNT { ()-[:KNOWS]->() } AS ties,
  COUNT { ()-[r:KNOWS]->() WHERE r.visibility <> 'private' } AS visibleTies,
  COUNT { ()-[:MEMBER_OF]->() } AS memberships,
  COUNT { ()-[:HAS_SKILL]->() } AS skillHoldings,
  COUNT { ()-[:WORKED_ON]->() } AS participations,
  COUNT { ()-[:LED|PARTNERED_IN]->() } AS projectOrganisations,
  COUNT { ()-[:NEEDS]->() } AS needs,
  [sector IN ['npo', 'government', 'company', 'foundation', 'academia', 'community', 'other'] |
    {sector: sector, count: COUNT { (o:Organisation) WHERE o.sector = sector }}] AS sectors
