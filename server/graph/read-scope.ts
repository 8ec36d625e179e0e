/**
 * The viewer's read scope for the Cypher that lists and shows records (cypher/fragments/): the
 * same rule as the in-memory sight (sight.ts), as statement parameters, decided by the database
 * itself (the viewer's own memberships are read where the rule is applied), so a listing never
 * waits for the in-memory network. Every statement that includes `{{@person-visible(…)}}` or
 * `{{@tie-visible(…)}}` takes these parameters.
 */
import { editsOrganisation, type Viewer } from '../shared/viewer.ts';
import type { Network } from './network.ts';
import { today } from './snapshot.ts';

export interface ReadScope {
  viewerPerson: string | null;
  /** Organisations the account holds a role in (its person's own memberships are read in Cypher). */
  viewerRoleOrganisations: string[];
  /** Organisations whose hidden current members the viewer may see (owner or editor there). */
  viewerEditorOrganisations: string[];
  allOrganisationTies: boolean;
  /** The day memberships count on (the network's date rule). */
  today: string;
}

export function readScope(viewer: Viewer | null, day: string = today()): ReadScope {
  const roles = viewer ? [...viewer.roles] : [];
  return {
    viewerPerson: viewer?.personId ?? null,
    viewerRoleOrganisations: roles.map(([id]) => id).sort(),
    viewerEditorOrganisations: roles
      .filter(([, role]) => role !== 'viewer')
      .map(([id]) => id)
      .sort(),
    allOrganisationTies: viewer?.administrator ?? false,
    today: day,
  };
}

/**
 * Whether a person record may be shown to the viewer: a discoverable one, or a hidden one to
 * themselves and to owners and editors of an organisation they currently belong to.
 */
export function personVisibleTo(net: Network, viewer: Viewer | null, personId: string): boolean {
  const p = net.personIndex.get(personId);
  if (p === undefined) return false;
  if (net.visible[p] === 1 || personId === viewer?.personId) return true;
  if (viewer === null) return false;
  return net.personOrgs[p]!.some((o) => editsOrganisation(viewer, net.orgIds[o]!));
}
