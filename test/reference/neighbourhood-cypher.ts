/**
 * The explorer's neighbourhood as it was answered before it moved to the in-memory network: one
 * Neo4j query per breadth-first step (neighbourhood-expand) and one for what is drawn
 * (neighbourhood-render), with the visibility rules in Cypher (cypher/fragments/). Used only as
 * the oracle of test/int/neighbourhood-parity.int.test.ts and as the Cypher side of
 * `npm run bench:cost`. Arguments arrive valid (no validation here).
 */
import type { Plain } from '../../server/db/convert.ts';
import type { Db, Tx } from '../../server/db/driver.ts';
import { AppError } from '../../server/errors.ts';
import { neighbourhoodOn, type EdgeDates } from '../../server/features/explorer/as-of.ts';
import type { GraphEdgeModel, GraphModel, GraphNodeModel } from '../../server/features/explorer/neighbourhood.ts';
import { readScope, type ReadScope } from '../../server/graph/read-scope.ts';
import { KINDS, type Kind, type Sector } from '../../server/shared/model.ts';
import type { Viewer } from '../../server/shared/viewer.ts';

type Props = Record<string, Plain>;

export interface Args {
  ids: string[];
  depth: number;
  limit: number;
  kinds: Kind[] | null;
  sectors: Sector[] | null;
  skills: string[] | null;
  organisation: string | null;
  asOf: string | null;
}

async function skillKeys(tx: Tx, skills: string[] | null): Promise<string[] | null> {
  if (!skills || skills.length === 0) return null;
  const rows = await tx.run('skill-descendants', { ids: skills });
  const found = new Map(rows.map((r) => [String(r.id), r.keys as string[]]));
  skills.forEach((id, i) => {
    if (!found.has(id)) throw new AppError('NOT_FOUND', `skills.${i}: no skill with id "${id}"`, `skills.${i}`);
  });
  return [...new Set([...found.values()].flat())];
}

/** The key of the organisation filter, checked to exist so a typo is an error, not an empty map. */
async function organisationKey(tx: Tx, id: string | null, scope: ReadScope): Promise<string | null> {
  if (id === null) return null;
  const key = `Organisation:${id}`;
  const rows = await tx.run('neighbourhood-start', { ...scope, keys: [key] });
  if (rows.length === 0)
    throw new AppError('NOT_FOUND', `organisation: no organisation with id "${id}"`, 'organisation');
  return key;
}

export async function neighbourhoodByCypher(db: Db, args: Args, viewer: Viewer | null): Promise<GraphModel> {
  const start = [...new Set(args.ids)];
  const scope = readScope(viewer);
  return db.read(async (tx) => {
    const visible = new Set((await tx.run('neighbourhood-start', { ...scope, keys: start })).map((r) => String(r.key)));
    start.forEach((key, i) => {
      if (!visible.has(key)) throw new AppError('NOT_FOUND', `ids.${i}: no node with key "${key}"`, `ids.${i}`);
    });
    const filters = {
      labels: args.kinds ?? [...KINDS],
      sectors: args.sectors,
      skillKeys: await skillKeys(tx, args.skills),
      organisationKey: await organisationKey(tx, args.organisation, scope),
    };
    const depthOf = new Map(start.map((key) => [key, 0]));
    let frontier = start;
    let truncated = false;
    for (let depth = 1; depth <= args.depth && frontier.length > 0 && !truncated; depth++) {
      const remaining = args.limit - depthOf.size;
      const rows = await tx.run('neighbourhood-expand', {
        ...scope,
        ...filters,
        frontier,
        seen: [...depthOf.keys()],
        limit: remaining + 1,
      });
      const found = rows.map((r) => String(r.key));
      truncated = found.length > remaining;
      frontier = found.slice(0, remaining);
      for (const key of frontier) depthOf.set(key, depth);
    }
    const keys = [...depthOf.keys()];
    const [render] = await tx.run('neighbourhood-render', { ...scope, keys });
    const nodeRows = ((render?.nodes ?? []) as [string[], Props][]).map(([labels, node]) => ({ labels, node }));
    const edgeRows = (render?.edges ?? []) as EdgeRow[];
    let nodes = nodeRows.map((r) => graphNode(r.labels, r.node, depthOf));
    let edges = edgeRows.map(graphEdge);
    if (args.asOf !== null) {
      ({ nodes, edges } = neighbourhoodOn(
        { nodes, edges },
        start,
        args.depth,
        args.asOf,
        ...datesOf(nodeRows, edgeRows),
      ));
    }
    nodes.sort((a, b) => a.depth - b.depth || a.key.localeCompare(b.key));
    return { nodes, edges, truncated };
  });
}

/** [source, target, type, strength, lastContact, level, priority, role, since, until] (neighbourhood-render). */
type EdgeRow = [string, string, string, Plain, Plain, Plain, Plain, Plain, Plain, Plain];

/** Project starts by node key, and each membership's since and until by edge key, for the date rule. */
function datesOf(
  nodeRows: { labels: string[]; node: Props }[],
  edgeRows: EdgeRow[],
): [Map<string, string | null>, Map<string, EdgeDates>] {
  const starts = new Map<string, string | null>();
  for (const r of nodeRows) {
    const p = r.node;
    if (r.labels.includes('Project')) starts.set(String(p.key), str(p.start));
  }
  const dates = new Map<string, EdgeDates>();
  for (const r of edgeRows) {
    if (r[2] === 'MEMBER_OF') dates.set(graphEdge(r).key, { since: str(r[8]), until: str(r[9]) });
  }
  return [starts, dates];
}

const str = (value: Plain | undefined): string | null => (typeof value === 'string' && value !== '' ? value : null);
const numOrNull = (value: Plain | undefined): number | null => (typeof value === 'number' ? value : null);

function graphNode(labels: string[], p: Props, depthOf: Map<string, number>): GraphNodeModel {
  const kind = KINDS.find((k) => labels.includes(k))!;
  const key = String(p.key);
  const base = { key, id: String(p.id), kind, depth: depthOf.get(key) ?? 0, sector: null };
  switch (kind) {
    case 'Person':
      return { ...base, label: String(p.name), labelAlt: str(p.nameLatin) ?? str(p.nameKana) };
    case 'Organisation':
      return { ...base, label: String(p.name), labelAlt: str(p.nameEn) ?? str(p.nameKana), sector: p.sector as Sector };
    case 'Skill':
      return { ...base, label: str(p.nameJa) ?? String(p.nameEn), labelAlt: str(p.nameJa) ? str(p.nameEn) : null };
    case 'Project':
      return { ...base, label: String(p.name), labelAlt: str(p.start)?.slice(0, 4) ?? null };
  }
}

function graphEdge([source, target, type, strength, lastContact, level, priority, role]: EdgeRow): GraphEdgeModel {
  return {
    key: `${type}:${source}->${target}`,
    source,
    target,
    type,
    strength: numOrNull(strength),
    lastContact: str(lastContact),
    level: numOrNull(level),
    priority: numOrNull(priority),
    role: str(role),
  };
}
