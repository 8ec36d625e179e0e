/**
 * The viewer's read scope for the Cypher that lists and shows records (cypher/fragments/): the
 * same rule as the in-memory sight (sight.ts), as statement parameters. Every statement that
 * includes `{{@person-visible(…)}}` or `{{@tie-visible(…)}}` takes these parameters.
 */
import type { Db } from '../db/driver.ts';
import type { Viewer } from '../shared/viewer.ts';
import type { Network } from './network.ts';
import { sightOf } from './sight.ts';
import { currentNetwork } from './store.ts';

export interface ReadScope {
  viewerPerson: string | null;
  /** Organisations whose members' ORGANISATION ties the viewer may see. */
  viewerOrganisations: string[];
  /** Organisations whose hidden current members the viewer may see (owner or editor there). */
  viewerEditorOrganisations: string[];
  allOrganisationTies: boolean;
  /** The network's day: memberships count on it (network.ts). */
  today: string;
}

export function readScopeOn(net: Network, viewer: Viewer | null): ReadScope {
  const sight = sightOf(net, viewer);
  const editing = viewer ? [...viewer.roles].filter(([, role]) => role !== 'viewer').map(([id]) => id) : [];
  return {
    viewerPerson: viewer?.personId ?? null,
    viewerOrganisations: sight.organisations.map((o) => net.orgIds[o]!),
    viewerEditorOrganisations: editing.sort(),
    allOrganisationTies: sight.allOrganisationTies,
    today: net.date,
  };
}

export async function readScope(db: Db, viewer: Viewer | null): Promise<ReadScope> {
  return readScopeOn((await currentNetwork(db)).network, viewer);
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
  return net.personOrgs[p]!.some((o) => {
    const role = viewer.roles.get(net.orgIds[o]!);
    return role === 'owner' || role === 'editor';
  });
}
