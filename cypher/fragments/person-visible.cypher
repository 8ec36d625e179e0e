// Whether the node x_ may be shown to the viewer (docs/decisions/0012-per-viewer-sight.md): any
// node but a hidden person; a hidden person (discoverable = false) to themselves and to owners and
// editors of an organisation they are a current member of. Parameters: $viewerPerson (null: no
// person), $viewerEditorOrganisations (organisation ids), $today (YYYY-MM-DD).
NOT x_:Person OR coalesce(x_.discoverable, true) OR x_.id = $viewerPerson
OR EXISTS {
  MATCH (x_)-[hm:MEMBER_OF]->(ho:Organisation)
  WHERE ho.id IN $viewerEditorOrganisations
    AND (hm.since IS NULL OR toString(hm.since) <= $today) AND (hm.until IS NULL OR toString(hm.until) > $today)
}
