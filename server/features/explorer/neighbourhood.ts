/**
 * The network around some start nodes, breadth first, in a shape the explorer draws directly,
 * from the in-memory network (entity-graph.ts): no Neo4j read. Each step takes the unseen nodes
 * next to the last one in key order, so `limit` is exact and `truncated` is true exactly when more
 * nodes lie within `depth`. The answer is the one neighbourhood-expand and neighbourhood-render
 * give over Neo4j (test/int/neighbourhood-parity.int.test.ts compares them on random networks).
 */
import type { Network } from '../../graph/network.ts';
import { personVisibleTo } from '../../graph/read-scope.ts';
import { sightOf, type Sight } from '../../graph/sight.ts';
import { currentNetwork } from '../../graph/store.ts';
import type { Viewer } from '../../shared/viewer.ts';
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { KINDS, parseKey, SECTORS, type Kind, type Sector } from '../../shared/model.ts';
import { id as idSchema, isoDate, parse } from '../../shared/validation.ts';
import { neighbourhoodOn, type EdgeDates } from './as-of.ts';
import { EDGE_TYPES, entityGraph, kindOf, type EntityGraph } from './entity-graph.ts';

export interface GraphNodeModel {
  key: string;
  id: string;
  kind: Kind;
  label: string;
  labelAlt: string | null;
  sector: Sector | null;
  depth: number;
}

export interface GraphEdgeModel {
  key: string;
  source: string;
  target: string;
  type: string;
  strength: number | null;
  lastContact: string | null;
  level: number | null;
  priority: number | null;
  role: string | null;
}

export interface GraphModel {
  nodes: GraphNodeModel[];
  edges: GraphEdgeModel[];
  truncated: boolean;
}

export interface NeighbourhoodArgs {
  ids: unknown;
  depth?: number | null;
  kinds?: Kind[] | null;
  sectors?: Sector[] | null;
  skills?: unknown[] | null;
  organisation?: string | null;
  limit?: number | null;
  asOf?: string | null;
}

const argsSchema = z.object({
  ids: z.array(z.string()).min(1, 'needs at least one node key').max(50, 'takes at most 50 keys'),
  depth: z.number().int().min(1, 'must be from 1 to 3').max(3, 'must be from 1 to 3'),
  limit: z.number().int().min(1, 'must be from 1 to 5000').max(5000, 'must be from 1 to 5000'),
  kinds: z.array(z.enum(KINDS as [Kind, ...Kind[]])).nullable(),
  sectors: z.array(z.enum(SECTORS)).nullable(),
  skills: z.array(idSchema).max(50, 'takes at most 50 skills').nullable(),
  organisation: idSchema.nullable(),
  asOf: isoDate.nullable(),
});

function parseKeys(ids: string[]): string[] {
  return ids.map((key, i) => {
    const parsed = parseKey(key);
    if (!parsed || !idSchema.safeParse(parsed.id).success) {
      throw badInput(`ids.${i}`, 'must be a node key such as Person:p001 or Skill:kintone');
    }
    return `${parsed.kind}:${parsed.id}`;
  });
}

export async function neighbourhood(db: Db, raw: NeighbourhoodArgs, viewer: Viewer | null): Promise<GraphModel> {
  const args = parse(
    argsSchema,
    {
      ids: raw.ids,
      depth: raw.depth ?? 1,
      limit: raw.limit ?? 200,
      kinds: raw.kinds?.length ? raw.kinds : null,
      sectors: raw.sectors?.length ? raw.sectors : null,
      skills: raw.skills?.length ? raw.skills : null,
      organisation: raw.organisation ?? null,
      asOf: raw.asOf ?? null,
    },
    '',
  );
  const start = [...new Set(parseKeys(args.ids))];
  const { network: net, snapshot } = await currentNetwork(db);
  const graph = await entityGraph(net, snapshot);
  const rules = new Rules(net, graph, viewer);
  const startNodes = start.map((key, i) => {
    const n = nodeOf(graph, net, key);
    if (n === undefined || !rules.shows(n))
      throw new AppError('NOT_FOUND', `ids.${i}: no node with key "${key}"`, `ids.${i}`);
    return n;
  });
  if (start.length > args.limit)
    throw badInput('limit', `must be at least the number of start nodes (${start.length})`);
  const filter = new Filter(graph, net, args);
  const order = keyOrder(graph, net);

  const depthOf = new Map(startNodes.map((n) => [n, 0]));
  let frontier = startNodes;
  let truncated = false;
  for (let depth = 1; depth <= args.depth && frontier.length > 0 && !truncated; depth++) {
    const remaining = args.limit - depthOf.size;
    const found = new Set<number>();
    for (const a of frontier) {
      for (let i = graph.offsets[a]!; i < graph.offsets[a + 1]!; i++) {
        const e = graph.edges[i]!;
        const b = graph.from[e] === a ? graph.to[e]! : graph.from[e]!;
        if (depthOf.has(b) || found.has(b) || !rules.uses(e) || !rules.shows(b) || !filter.passes(b)) continue;
        found.add(b);
      }
    }
    // The nodes of a step in key order, so a cut at `limit` is the same on every call.
    const next = [...found].sort((a, b) => order[a]! - order[b]!);
    truncated = next.length > remaining;
    frontier = next.slice(0, remaining);
    for (const n of frontier) depthOf.set(n, depth);
  }

  let nodes = [...depthOf].map(([n, depth]) => graphNode(graph, net, n, depth));
  // Each node's key once, for the edges that end at it.
  const keys = new Map<number, string>();
  let at = 0;
  for (const n of depthOf.keys()) keys.set(n, nodes[at++]!.key);
  const drawn: number[] = [];
  for (const n of depthOf.keys()) {
    for (let i = graph.offsets[n]!; i < graph.offsets[n + 1]!; i++) {
      const e = graph.edges[i]!;
      if (graph.from[e] === n && depthOf.has(graph.to[e]!) && rules.uses(e)) drawn.push(e);
    }
  }
  let edges = drawn.map((e) => graphEdge(graph, keys, e));
  if (args.asOf !== null) {
    const starts = new Map<string, string | null>();
    for (const node of nodes)
      if (node.kind === 'Project') starts.set(node.key, net.rows.projects.get(node.id)?.start ?? null);
    const dates = new Map<string, EdgeDates>();
    drawn.forEach((e, i) => {
      if (graph.type[e] !== MEMBER_OF) return;
      const m = snapshot.memberships[graph.row[e]!]!;
      dates.set(edges[i]!.key, { since: m.since ?? null, until: m.until ?? null });
    });
    ({ nodes, edges } = neighbourhoodOn({ nodes, edges }, start, args.depth, args.asOf, starts, dates));
  }
  nodes.sort((a, b) => a.depth - b.depth || collator.compare(a.key, b.key));
  return { nodes, edges, truncated };
}

/** `localeCompare`'s order (the default locale's), with the collator made once rather than per call. */
const collator = new Intl.Collator();

const KNOWS = EDGE_TYPES.indexOf('KNOWS');
const MEMBER_OF = EDGE_TYPES.indexOf('MEMBER_OF');
const HAS_SKILL = EDGE_TYPES.indexOf('HAS_SKILL');

/**
 * What the viewer may see and cross, by the rules of cypher/fragments/ (decision 0012): any node
 * but a hidden person, who is shown to themselves and to editors of their current organisations;
 * any relationship but a tie the viewer may not use (graph/sight.ts).
 */
class Rules {
  private readonly sight: Sight;
  private readonly organisations: ReadonlySet<number>;

  constructor(
    private readonly net: Network,
    private readonly graph: EntityGraph,
    private readonly viewer: Viewer | null,
  ) {
    this.sight = sightOf(net, viewer);
    this.organisations = new Set(this.sight.organisations);
  }

  shows(n: number): boolean {
    if (n >= this.graph.base.Organisation || this.net.visible[n] === 1) return true;
    return this.viewer !== null && personVisibleTo(this.net, this.viewer, this.net.personIds[n]!);
  }

  uses(e: number): boolean {
    if (this.graph.type[e] !== KNOWS) return true;
    const visibility = this.graph.snapshot.ties.visibility(this.graph.row[e]!);
    if (visibility === 'public') return true;
    const [a, b] = [this.graph.from[e]!, this.graph.to[e]!];
    if (visibility === 'private') return a === this.sight.person || b === this.sight.person;
    if (this.sight.allOrganisationTies) return true;
    return [a, b].some((p) => this.net.personOrgs[p]!.some((o) => this.organisations.has(o)));
  }
}

/** The explorer's filters: kinds, sectors, skills (narrower ones included) and an organisation's people. */
class Filter {
  private readonly kinds: ReadonlySet<Kind>;
  private readonly sectors: ReadonlySet<string> | null;
  private readonly skills: ReadonlySet<number> | null;
  private readonly organisation: number | null;

  constructor(
    private readonly graph: EntityGraph,
    private readonly net: Network,
    args: { kinds: Kind[] | null; sectors: Sector[] | null; skills: string[] | null; organisation: string | null },
  ) {
    this.kinds = new Set(args.kinds ?? KINDS);
    this.sectors = args.sectors && new Set(args.sectors);
    this.skills =
      args.skills &&
      new Set(
        args.skills.flatMap((id, i) => {
          const s = net.skillIndex.get(id);
          if (s === undefined) throw new AppError('NOT_FOUND', `skills.${i}: no skill with id "${id}"`, `skills.${i}`);
          return net.skillFamily[s]!.map((x) => graph.base.Skill + x);
        }),
      );
    if (args.organisation === null) this.organisation = null;
    else {
      const o = net.orgIndex.get(args.organisation);
      if (o === undefined)
        throw new AppError('NOT_FOUND', `organisation: no organisation with id "${args.organisation}"`, 'organisation');
      this.organisation = graph.base.Organisation + o;
    }
  }

  passes(n: number): boolean {
    const kind = kindOf(this.graph, n);
    if (!this.kinds.has(kind)) return false;
    if (kind === 'Organisation') {
      return this.sectors === null || this.sectors.has(this.net.orgSector[n - this.graph.base.Organisation]!);
    }
    if (kind === 'Skill') return this.skills === null || this.skills.has(n);
    if (kind !== 'Person') return true;
    if (this.skills !== null && !this.linked(n, HAS_SKILL, (s) => this.skills!.has(s))) return false;
    return this.organisation === null || this.linked(n, MEMBER_OF, (o) => o === this.organisation);
  }

  /** Whether person n has an outgoing edge of `type` to a node that passes `test`. */
  private linked(n: number, type: number, test: (other: number) => boolean): boolean {
    const { graph } = this;
    for (let i = graph.offsets[n]!; i < graph.offsets[n + 1]!; i++) {
      const e = graph.edges[i]!;
      if (graph.type[e] === type && graph.from[e] === n && test(graph.to[e]!)) return true;
    }
    return false;
  }
}

/** The node of a key, or undefined when no such record exists. */
function nodeOf(graph: EntityGraph, net: Network, key: string): number | undefined {
  const { kind, id } = parseKey(key)!;
  const local =
    kind === 'Person'
      ? net.personIndex.get(id)
      : kind === 'Organisation'
        ? net.orgIndex.get(id)
        : kind === 'Skill'
          ? net.skillIndex.get(id)
          : graph.projectIndex.get(id);
  return local === undefined ? undefined : graph.base[kind] + local;
}

function idOf(graph: EntityGraph, net: Network, n: number): string {
  const { base } = graph;
  if (n < base.Organisation) return net.personIds[n]!;
  if (n < base.Skill) return net.orgIds[n - base.Organisation]!;
  if (n < base.Project) return net.skillIds[n - base.Skill]!;
  return graph.projectIds[n - base.Project]!;
}

const orders = new WeakMap<EntityGraph, Int32Array>();

/**
 * Each node's place in the order of its key (`Kind:id`, compared by code unit), so a step's nodes
 * are sorted by number rather than by building and comparing their keys. Keys of one kind sort by
 * id after a common prefix, and the prefixes sort Organisation, Person, Project, Skill; within a
 * kind, the nodes' ids are sorted (people and skills already are, by the network's order).
 */
function keyOrder(graph: EntityGraph, net: Network): Int32Array {
  let order = orders.get(graph);
  if (order) return order;
  order = new Int32Array(graph.base.end);
  const byId = (ids: readonly string[]): number[] => {
    const at = ids.map((_, i) => i);
    const sorted = ids.every((id, i) => i === 0 || ids[i - 1]! < id);
    return sorted ? at : at.sort((a, b) => (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0));
  };
  const { base } = graph;
  const blocks: [Kind, readonly string[]][] = [
    ['Organisation', net.orgIds],
    ['Person', net.personIds],
    ['Project', graph.projectIds],
    ['Skill', net.skillIds],
  ];
  let place = 0;
  for (const [kind, ids] of blocks) for (const local of byId(ids)) order[base[kind] + local] = place++;
  orders.set(graph, order);
  return order;
}

const str = (value: string | null | undefined): string | null => (value ? value : null);

function graphNode(graph: EntityGraph, net: Network, n: number, depth: number): GraphNodeModel {
  const kind = kindOf(graph, n);
  const id = idOf(graph, net, n);
  const base = { key: `${kind}:${id}`, id, kind, depth, sector: null };
  switch (kind) {
    case 'Person': {
      const p = net.rows.people[n]!;
      return { ...base, label: p.name ?? id, labelAlt: str(p.nameLatin) ?? str(p.nameKana) };
    }
    case 'Organisation': {
      const o = net.rows.organisations[n - graph.base.Organisation]!;
      return { ...base, label: o.name ?? id, labelAlt: str(o.nameEn) ?? str(o.nameKana), sector: o.sector as Sector };
    }
    case 'Skill': {
      const s = net.rows.skills[n - graph.base.Skill]!;
      return { ...base, label: s.nameJa ?? s.nameEn ?? id, labelAlt: s.nameJa ? str(s.nameEn) : null };
    }
    case 'Project': {
      const j = net.rows.projects.get(id)!;
      return { ...base, label: j.name ?? id, labelAlt: j.start?.slice(0, 4) ?? null };
    }
  }
}

function graphEdge(graph: EntityGraph, keys: ReadonlyMap<number, string>, e: number): GraphEdgeModel {
  const type = EDGE_TYPES[graph.type[e]!]!;
  const row = graph.row[e]!;
  const { snapshot } = graph;
  const source = keys.get(graph.from[e]!)!;
  const target = keys.get(graph.to[e]!)!;
  const edge: GraphEdgeModel = {
    key: `${type}:${source}->${target}`,
    source,
    target,
    type,
    strength: null,
    lastContact: null,
    level: null,
    priority: null,
    role: null,
  };
  switch (type) {
    case 'KNOWS': {
      const tie = snapshot.ties.at(row);
      return { ...edge, strength: tie.strength, lastContact: tie.lastContact ?? null };
    }
    case 'MEMBER_OF':
      return { ...edge, role: snapshot.memberships[row]!.role ?? null };
    case 'HAS_SKILL':
      return { ...edge, level: snapshot.holdings[row]![2] };
    case 'WORKED_ON':
      return { ...edge, role: graph.roles[row] ?? null };
    case 'NEEDS':
      return { ...edge, priority: snapshot.needs[row]!.priority };
    default:
      return edge;
  }
}
