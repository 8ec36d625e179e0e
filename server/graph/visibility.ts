/**
 * "A visible node or NOT_FOUND", written once and answered from the in-memory network: no
 * database round trip per argument. Hidden people are absent, exactly as when reading by id.
 * Projects are not in the network; callers that name projects read them from the database.
 */
import { AppError } from '../errors.ts';
import type { Network } from './network.ts';

export type NetworkKind = 'Person' | 'Organisation' | 'Skill';

export function isVisible(net: Network, kind: NetworkKind, id: string): boolean {
  switch (kind) {
    case 'Person': {
      const p = net.personIndex.get(id);
      return p !== undefined && net.visible[p] === 1;
    }
    case 'Organisation':
      return net.orgIndex.has(id);
    case 'Skill':
      return net.skillIndex.has(id);
  }
}

/** Throws NOT_FOUND naming `field` unless the node exists (and, for a person, is discoverable). */
export function requireVisible(net: Network, kind: NetworkKind, id: string, field: string): void {
  if (!isVisible(net, kind, id)) {
    throw new AppError('NOT_FOUND', `${field}: no ${kind.toLowerCase()} with id "${id}"`, field);
  }
}

/** Visible current members of an organisation on the network's day, with their roles, in id order. */
export function visibleMembers(net: Network, organisationId: string): { personId: string; role: string | null }[] {
  const o = net.orgIndex.get(organisationId);
  if (o === undefined) return [];
  return net.orgCurrent[o]!.filter(([p]) => net.visible[p] === 1)
    .sort((a, b) => a[0] - b[0])
    .map(([p, role]) => ({ personId: net.personIds[p]!, role }));
}
