/**
 * Paginated relationship lists of a node (a person's memberships, a skill's holders, …), with
 * hidden people and private ties left out by the statements themselves.
 */
import { readScope } from '../../graph/read-scope.ts';
import type { Viewer } from '../../shared/viewer.ts';
import type { Plain } from '../../db/convert.ts';
import type { Db } from '../../db/driver.ts';
import type { Kind, NodeModel, Page } from '../../shared/model.ts';
import { REL_SPECS, type RelSpec } from './relationships.ts';
import { decodeCursor, encodeCursor, pageSize } from '../../shared/validation.ts';

type Props = Record<string, Plain>;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

interface Listing {
  /** Which relationship and which way from the parent. */
  spec: RelSpec;
  direction: 'out' | 'in' | 'both';
  /** Overrides the spec's type (e.g. LED|PARTNERED_IN for an organisation's projects). */
  type?: string;
}

export const LISTINGS = {
  personMemberships: { spec: REL_SPECS.membership, direction: 'out' },
  personSkills: { spec: REL_SPECS.skillHolding, direction: 'out' },
  personProjects: { spec: REL_SPECS.participation, direction: 'out' },
  personTies: { spec: REL_SPECS.tie, direction: 'both' },
  organisationMembers: { spec: REL_SPECS.membership, direction: 'in' },
  organisationNeeds: { spec: REL_SPECS.need, direction: 'out' },
  organisationProjects: { spec: REL_SPECS.lead, direction: 'out', type: 'LED|PARTNERED_IN' },
  skillHolders: { spec: REL_SPECS.skillHolding, direction: 'in' },
  skillNeededBy: { spec: REL_SPECS.need, direction: 'in' },
  projectMembers: { spec: REL_SPECS.participation, direction: 'in' },
  projectOrganisations: { spec: REL_SPECS.lead, direction: 'in', type: 'LED|PARTNERED_IN' },
} satisfies Record<string, Listing>;

export type ListingName = keyof typeof LISTINGS;

/** One page of a listing; the parent node is one end, each row's other node the other. */
export async function listRelated(
  db: Db,
  name: ListingName,
  parent: NodeModel,
  args: PageArgs,
  viewer: Viewer | null,
): Promise<Page<unknown>> {
  const listing: Listing = LISTINGS[name];
  const first = pageSize(args.first, 'first', 100, 20);
  const skip = decodeCursor(args.after);
  const { spec, direction } = listing;
  const other: Kind = direction === 'in' ? spec.from : spec.to;
  const scope = readScope(viewer);
  const [row] = await db.read((tx) =>
    tx.run(
      `rel-page-${direction}`,
      { ...scope, id: parent.id, skip, limit: first },
      { label: parent.kind, type: listing.type ?? spec.type, other },
    ),
  );
  const total = Number(row?.total ?? 0);
  const page = (row?.page ?? []) as { rel: Props; type: string; other: Props }[];
  const parentProps = parent as unknown as Props;
  const nodes = page.map(({ rel, type, other: otherProps }) => {
    const rowSpec = type === 'PARTNERED_IN' ? REL_SPECS.partner : type === 'LED' ? REL_SPECS.lead : spec;
    return direction === 'in'
      ? rowSpec.build(otherProps, parentProps, rel)
      : rowSpec.build(parentProps, otherProps, rel);
  });
  const end = skip + nodes.length;
  return { totalCount: total, nodes, hasNextPage: end < total, endCursor: nodes.length ? encodeCursor(end) : null };
}
