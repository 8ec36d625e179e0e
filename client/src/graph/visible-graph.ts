/**
 * What the map shows: the ego network plus the neighbours of expanded nodes, minus hidden nodes,
 * through the filters. Filters run here, in the browser, over what is already loaded, so the map
 * and its counts change the moment a box is ticked. A filtered-out node is not crossed either:
 * whatever is then cut off from the centre (and from expanded nodes) leaves the map too, as the
 * server does for its own filters. Plain functions, tested without a browser.
 */
import type { NodeKind } from '../gql/graphql.ts';
import { contactCutoff, type Filters } from '../view/filters.ts';
import type { GraphData, GraphEdge, GraphNode } from './elements.ts';

export interface VisibleGraph {
  graph: GraphData;
  /** Nodes and edges loaded before filters and hiding, for "12 of 40 shown". */
  loaded: { nodes: number; edges: number };
  /** Shown nodes per kind. */
  byKind: Record<NodeKind, number>;
  /** Loaded nodes per kind (before filters and hiding). */
  loadedByKind: Record<NodeKind, number>;
}

/** Union of two answers; a node met in both keeps its smaller distance from a start node. */
export function mergeGraphs(base: GraphData, extra: GraphData | undefined): GraphData {
  if (!extra) return base;
  const nodes = new Map<string, GraphNode>(base.nodes.map((n) => [n.key, n]));
  for (const node of extra.nodes) {
    const known = nodes.get(node.key);
    // Neighbours of an expanded node sit one step further out than it does.
    if (!known) nodes.set(node.key, { ...node, depth: Math.max(1, node.depth) + 1 });
  }
  const edges = new Map<string, GraphEdge>(base.edges.map((e) => [e.key, e]));
  for (const edge of extra.edges) if (!edges.has(edge.key)) edges.set(edge.key, edge);
  return { nodes: [...nodes.values()], edges: [...edges.values()], truncated: base.truncated || extra.truncated };
}

export interface VisibleOptions {
  centre: string;
  expanded: readonly string[];
  hidden: readonly string[];
  filters: Filters;
  /** YYYY-MM-DD, for the last-contact period. */
  today: string;
}

function keepNode(node: GraphNode, options: VisibleOptions): boolean {
  // The skill and organisation filters are applied by the server (see neighbourhood-query.ts).
  const { filters } = options;
  if (node.key === options.centre) return true;
  if (filters.kinds.length > 0 && !filters.kinds.includes(node.kind)) return false;
  if (node.kind === 'ORGANISATION' && filters.sectors.length > 0) {
    if (!node.sector || !filters.sectors.includes(node.sector)) return false;
  }
  return true;
}

function keepEdge(edge: GraphEdge, filters: Filters, cutoff: string | null): boolean {
  if (edge.type !== 'KNOWS') return true;
  if ((edge.strength ?? 1) < filters.minStrength) return false;
  return cutoff === null || (edge.lastContact !== null && edge.lastContact !== undefined && edge.lastContact >= cutoff);
}

/** Keys reachable from the anchors through `edges`. */
function reachable(anchors: readonly string[], nodes: ReadonlySet<string>, edges: readonly GraphEdge[]): Set<string> {
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const seen = new Set(anchors.filter((a) => nodes.has(a)));
  const queue = [...seen];
  for (let i = 0; i < queue.length; i++) {
    for (const other of next.get(queue[i]!) ?? []) {
      if (!seen.has(other) && nodes.has(other)) {
        seen.add(other);
        queue.push(other);
      }
    }
  }
  return seen;
}

const emptyCounts = (): Record<NodeKind, number> => ({ PERSON: 0, ORGANISATION: 0, SKILL: 0, PROJECT: 0 });

export function visibleGraph(loaded: GraphData, options: VisibleOptions): VisibleGraph {
  const hidden = new Set(options.hidden);
  const kept = loaded.nodes.filter((n) => !hidden.has(n.key) && keepNode(n, options));
  const keys = new Set(kept.map((n) => n.key));
  const cutoff = contactCutoff(options.filters.contact, options.today);
  const edges = loaded.edges.filter(
    (e) => keys.has(e.source) && keys.has(e.target) && keepEdge(e, options.filters, cutoff),
  );
  const connected = reachable([options.centre, ...options.expanded], keys, edges);
  const nodes = kept.filter((n) => connected.has(n.key));
  const byKind = emptyCounts();
  for (const n of nodes) byKind[n.kind] += 1;
  const loadedByKind = emptyCounts();
  for (const n of loaded.nodes) loadedByKind[n.kind] += 1;
  return {
    graph: {
      nodes,
      edges: edges.filter((e) => connected.has(e.source) && connected.has(e.target)),
      truncated: loaded.truncated,
    },
    loaded: { nodes: loaded.nodes.length, edges: loaded.edges.length },
    byKind,
    loadedByKind,
  };
}
