// Whether the relationship x_ may be shown to and used by the viewer: anything but a KNOWS tie;
// a PUBLIC tie; a PRIVATE tie to its two people; an ORGANISATION tie to administrators
// ($allOrganisationTies) and to the members of an organisation of either person — an organisation
// the viewer's person ($viewerPerson) belongs to, or one the account holds a role in
// ($viewerRoleOrganisations). Memberships count on $today, by the network's date rule.
type(x_) <> 'KNOWS' OR coalesce(x_.visibility, 'public') = 'public'
OR (x_.visibility = 'private' AND $viewerPerson IN [startNode(x_).id, endNode(x_).id])
OR (x_.visibility = 'organisation' AND ($allOrganisationTies OR EXISTS {
  MATCH (tp:Person)-[tm:MEMBER_OF]->(to:Organisation)
  WHERE tp IN [startNode(x_), endNode(x_)]
    AND (tm.since IS NULL OR toString(tm.since) <= $today) AND (tm.until IS NULL OR toString(tm.until) > $today)
    AND (to.id IN $viewerRoleOrganisations OR EXISTS {
      MATCH (:Person {id: $viewerPerson})-[vm:MEMBER_OF]->(to)
      WHERE (vm.since IS NULL OR toString(vm.since) <= $today) AND (vm.until IS NULL OR toString(vm.until) > $today)
    })
}))
