/**
 * Every node and relationship the explorer draws, as one adjacency over the in-memory network's
 * snapshot (graph/snapshot.ts): people, organisations, skills and projects, joined by KNOWS (ties
 * of every visibility and date), MEMBER_OF (past and future ones too), HAS_SKILL, WORKED_ON, LED,
 * PARTNERED_IN, NEEDS and BROADER — the relationships between records in Neo4j, each in the
 * direction it is stored. Built once per network, in slices that give the event loop a turn.
 *
 * Nodes are numbered people first (by person index), then organisations, skills (by their
 * indices) and projects (in the network's order). Each relationship is an edge with its type and
 * the row it came from, so its properties are read only for the edges an answer draws.
 */
import type { Network } from '../../graph/network.ts';
import type { Snapshot } from '../../graph/snapshot.ts';
import type { Kind } from '../../shared/model.ts';
import { RECORD_RELATIONSHIP_TYPES } from '../../shared/relationships.ts';
import { turn } from '../../shared/turns.ts';

export const EDGE_TYPES = RECORD_RELATIONSHIP_TYPES;
export type EdgeType = (typeof EDGE_TYPES)[number];
const TYPE = Object.fromEntries(EDGE_TYPES.map((t, i) => [t, i])) as Record<EdgeType, number>;

export interface EntityGraph {
  /** First node number of each kind, and the node count. */
  readonly base: Readonly<Record<Kind, number>> & { readonly end: number };
  readonly projectIds: readonly string[];
  readonly projectIndex: ReadonlyMap<string, number>;
  /** Edge e runs from[e] → to[e] (as stored), of type EDGE_TYPES[type[e]]. */
  readonly from: Int32Array;
  readonly to: Int32Array;
  readonly type: Uint8Array;
  /**
   * The row each edge came from: KNOWS a tie, MEMBER_OF a membership, HAS_SKILL a holding (rows of
   * the snapshot); WORKED_ON an index into `roles`; NEEDS a need; the others none.
   */
  readonly row: Int32Array;
  /** A participation's role (null: none recorded). */
  readonly roles: readonly (string | null)[];
  /** Node n's edges are edges[offsets[n] … offsets[n + 1] − 1] (a self-tie once). */
  readonly offsets: Int32Array;
  readonly edges: Int32Array;
  readonly snapshot: Snapshot;
}

/** Rows per slice of the build. */
const SLICE = 20_000;

const graphs = new WeakMap<Network, Promise<EntityGraph>>();

/** The entity graph of a network, built on first use. */
export function entityGraph(net: Network, snapshot: Snapshot): Promise<EntityGraph> {
  let graph = graphs.get(net);
  if (!graph) {
    graph = build(net, snapshot);
    graphs.set(net, graph);
    graph.catch(() => graphs.delete(net));
  }
  return graph;
}

async function build(net: Network, snapshot: Snapshot): Promise<EntityGraph> {
  const people = net.personIds.length;
  const organisations = net.orgIds.length;
  const skills = net.skillIds.length;
  const projectIds = [...net.rows.projects.keys()];
  const projectIndex = new Map(projectIds.map((id, i) => [id, i]));
  const base = {
    Person: 0,
    Organisation: people,
    Skill: people + organisations,
    Project: people + organisations + skills,
    end: people + organisations + skills + projectIds.length,
  };
  const from: number[] = [];
  const to: number[] = [];
  const type: number[] = [];
  const row: number[] = [];
  const roles: (string | null)[] = [];
  const add = (a: number | undefined, b: number | undefined, t: number, r: number) => {
    if (a === undefined || b === undefined) return;
    from.push(a);
    to.push(b);
    type.push(t);
    row.push(r);
  };
  const person = (id: string) => net.personIndex.get(id);
  const organisation = (id: string) => {
    const o = net.orgIndex.get(id);
    return o === undefined ? undefined : base.Organisation + o;
  };
  const skill = (id: string) => {
    const s = net.skillIndex.get(id);
    return s === undefined ? undefined : base.Skill + s;
  };
  const project = (id: string) => {
    const j = projectIndex.get(id);
    return j === undefined ? undefined : base.Project + j;
  };
  const each = async <T>(rows: ArrayLike<T>, visit: (item: T, i: number) => void) => {
    for (let i = 0; i < rows.length; i++) {
      if (i % SLICE === SLICE - 1) await turn();
      visit(rows[i]!, i);
    }
  };
  // Rows read in separate transactions may name a record that was not read: such rows are left out.
  const { ties } = snapshot;
  await each(ties.columns.a, (_, i) => add(person(ties.a(i)), person(ties.b(i)), TYPE.KNOWS, i));
  await each(snapshot.memberships, (m, i) =>
    add(person(m.personId), organisation(m.organisationId), TYPE.MEMBER_OF, i),
  );
  await each(snapshot.holdings, ([p, s], i) => add(person(p), skill(s), TYPE.HAS_SKILL, i));
  for (const [j, row] of net.rows.projects) {
    row.participants.forEach((p, i) => {
      add(person(p), project(j), TYPE.WORKED_ON, roles.length);
      roles.push(row.roles?.[i] || null);
    });
    for (const [o, kind] of row.organisations ?? []) add(organisation(o), project(j), TYPE[kind], -1);
  }
  snapshot.needs.forEach((n, i) => add(organisation(n.organisationId), skill(n.skillId), TYPE.NEEDS, i));
  for (const s of snapshot.skills) if (s.broader !== undefined) add(skill(s.id), skill(s.broader), TYPE.BROADER, -1);

  const m = from.length;
  const offsets = new Int32Array(base.end + 1);
  for (let e = 0; e < m; e++) {
    offsets[from[e]! + 1]++;
    if (to[e] !== from[e]) offsets[to[e]! + 1]++;
  }
  for (let n = 0; n < base.end; n++) offsets[n + 1] += offsets[n]!;
  const fill = offsets.slice(0, base.end);
  const edges = new Int32Array(offsets[base.end]!);
  for (let e = 0; e < m; e++) {
    edges[fill[from[e]!]++] = e;
    if (to[e] !== from[e]) edges[fill[to[e]!]++] = e;
  }
  return {
    base,
    projectIds,
    projectIndex,
    from: Int32Array.from(from),
    to: Int32Array.from(to),
    type: Uint8Array.from(type),
    row: Int32Array.from(row),
    roles,
    offsets,
    edges,
    snapshot,
  };
}

/** The kind of node n. */
export function kindOf(graph: EntityGraph, n: number): Kind {
  const { base } = graph;
  return n < base.Organisation ? 'Person' : n < base.Skill ? 'Organisation' : n < base.Project ? 'Skill' : 'Project';
}
