// Whether the relationship x_ may be shown to and used by the viewer: anything but a KNOWS tie;
// a PUBLIC tie; a PRIVATE tie to its two people; an ORGANISATION tie to the members of an
// organisation of either person ($viewerOrganisations: the viewer's person's current
// organisations and the organisations the account has a role in) and to administrators
// ($allOrganisationTies). Memberships count on $today, by the network's date rule.
type(x_) <> 'KNOWS' OR coalesce(x_.visibility, 'public') = 'public'
OR (x_.visibility = 'private' AND $viewerPerson IN [startNode(x_).id, endNode(x_).id])
OR (x_.visibility = 'organisation' AND ($allOrganisationTies OR EXISTS {
  MATCH (tp:Person)-[tm:MEMBER_OF]->(to:Organisation)
  WHERE tp IN [startNode(x_), endNode(x_)] AND to.id IN $viewerOrganisations
    AND (tm.since IS NULL OR toString(tm.since) <= $today) AND (tm.until IS NULL OR toString(tm.until) > $today)
}))
