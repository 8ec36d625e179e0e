/**
 * Traversal primitives over the compiled network, written once for every engine: hop distances
 * (breadth first, within an allowed mask) and shortest introduction costs over a CSR graph (the introductions engine's compiled graph has this
 * shape, and so does the DBLP benchmark graph). Costs are non-negative, so Dijkstra is exact;
 * with a hop limit, a layered Bellman–Ford gives the cheapest walk of at most maxHops hops (exact
 * too, and simple because every hop of the product graph costs ≥ α > 0).
 */
import type { Csr } from './csr.ts';
import type { Overlay } from './sight.ts';

/** The overlay when it holds anything (loops skip it otherwise). */
export const extraOf = (overlay: Overlay | undefined): Overlay | null =>
  overlay !== undefined && overlay.offsets.length > 0 ? overlay : null;

/** A CSR graph with a cost per adjacency entry, ≥ 0 (the people graph uses −ln s + α). */
export type CostGraph = Pick<Csr, 'offsets' | 'neighbours'> & { readonly costs: Float64Array };

/**
 * Hops from the nearest of `sources` (0 for a source) to every node, stepping only onto nodes with
 * allowed[v] = 1 (sources start even if not allowed), exact up to `maxDepth`; nodes farther away
 * or unreachable get `beyond`. Introductions pass maxDepth + 1, which is still a true lower bound
 * for pruning; assets pass −1 for "not within reach".
 */
export function hopDistances(
  graph: Pick<Csr, 'offsets' | 'neighbours'>,
  sources: Iterable<number>,
  allowed: Uint8Array,
  maxDepth: number,
  beyond = -1,
  overlay?: Overlay,
): Int8Array {
  const { offsets, neighbours } = graph;
  const extra = extraOf(overlay);
  const distance = new Int8Array(offsets.length - 1).fill(beyond);
  let layer: number[] = [];
  for (const s of sources) {
    if (distance[s] !== 0) layer.push(s);
    distance[s] = 0;
  }
  for (let d = 1; d <= maxDepth && layer.length > 0; d++) {
    const next: number[] = [];
    for (const u of layer) {
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const x = neighbours[e];
        if (allowed[x] === 1 && distance[x] === beyond) {
          distance[x] = d;
          next.push(x);
        }
      }
      if (extra === null) continue;
      for (let e = extra.offsets[u]; e < extra.offsets[u + 1]; e++) {
        const x = extra.neighbours[e];
        if (allowed[x] === 1 && distance[x] === beyond) {
          distance[x] = d;
          next.push(x);
        }
      }
    }
    layer = next;
  }
  return distance;
}

export interface ShortestPaths {
  /** Cheapest cost from the nearest source; Infinity when unreachable. */
  dist: Float64Array;
  /** Rebuilds the path source … v (empty when v is unreachable). */
  pathTo(v: number): number[];
}

const nodeCount = (g: CostGraph) => g.offsets.length - 1;

/**
 * From every source at cost 0, stepping only onto people with allowed[p] = 1 (null: everyone).
 * Sources themselves need not be allowed: a hidden core member never starts, so callers filter
 * sources first; this function only decides who may be stepped onto. `overlay`: the viewer's
 * restricted ties (sight.ts), scanned after each person's shared neighbours.
 */
export function shortestPaths(
  graph: CostGraph,
  sources: readonly number[],
  allowed: Uint8Array | null,
  maxHops = Infinity,
  overlay?: Overlay,
): ShortestPaths {
  const extra = extraOf(overlay);
  return Number.isFinite(maxHops)
    ? layered(graph, sources, allowed, maxHops, extra)
    : dijkstra(graph, sources, allowed, extra);
}

function dijkstra(
  graph: CostGraph,
  sources: readonly number[],
  allowed: Uint8Array | null,
  extra: Overlay | null,
): ShortestPaths {
  const n = nodeCount(graph);
  const dist = new Float64Array(n).fill(Infinity);
  const parent = new Int32Array(n).fill(-1);
  const done = new Uint8Array(n);
  const heap = new MinHeap();
  for (const s of sources) {
    dist[s] = 0;
    heap.push(0, s);
  }
  const relax = (u: number, v: number, cost: number) => {
    if (done[v] || (allowed !== null && allowed[v] === 0)) return;
    const d = dist[u] + cost;
    if (d < dist[v]) {
      dist[v] = d;
      parent[v] = u;
      heap.push(d, v);
    }
  };
  const { offsets, neighbours, costs } = graph;
  while (heap.size > 0) {
    const u = heap.pop();
    if (done[u]) continue;
    done[u] = 1;
    for (let e = offsets[u]; e < offsets[u + 1]; e++) relax(u, neighbours[e], costs[e]);
    if (extra !== null)
      for (let e = extra.offsets[u]; e < extra.offsets[u + 1]; e++) relax(u, extra.neighbours[e], extra.costs[e]);
  }
  return { dist, pathTo: (v) => walkBack(dist, parent, v) };
}

function walkBack(dist: Float64Array, parent: Int32Array, v: number): number[] {
  if (!Number.isFinite(dist[v])) return [];
  const path = [v];
  for (let x = parent[v]; x !== -1; x = parent[x]) path.push(x);
  return path.reverse();
}

/** dist_h(v) = cheapest walk of ≤ h hops; layer h records who improved v, so paths rebuild exactly. */
function layered(
  graph: CostGraph,
  sources: readonly number[],
  allowed: Uint8Array | null,
  maxHops: number,
  extra: Overlay | null,
) {
  const n = nodeCount(graph);
  const { offsets, neighbours, costs } = graph;
  const dist = new Float64Array(n).fill(Infinity);
  const via: Int32Array[] = [];
  let frontier = [...new Set(sources)];
  for (const s of frontier) dist[s] = 0;
  for (let h = 1; h <= maxHops && frontier.length > 0; h++) {
    const before = dist.slice();
    const from = new Int32Array(n).fill(-1);
    const changed = new Set<number>();
    const relax = (u: number, v: number, cost: number) => {
      if (allowed !== null && allowed[v] === 0) return;
      const d = before[u] + cost;
      if (d < dist[v]) {
        dist[v] = d;
        from[v] = u;
        changed.add(v);
      }
    };
    for (const u of frontier) {
      for (let e = offsets[u]; e < offsets[u + 1]; e++) relax(u, neighbours[e], costs[e]);
      if (extra !== null)
        for (let e = extra.offsets[u]; e < extra.offsets[u + 1]; e++) relax(u, extra.neighbours[e], extra.costs[e]);
    }
    via.push(from);
    frontier = [...changed];
  }
  const pathTo = (v: number): number[] => {
    if (!Number.isFinite(dist[v])) return [];
    const path = [v];
    let x = v;
    for (let h = via.length - 1; h >= 0; h--) {
      const u = via[h][x];
      if (u !== -1) {
        path.push(u);
        x = u;
      }
    }
    return path.reverse();
  };
  return { dist, pathTo };
}

/**
 * Pairwise distances computed on demand: one Dijkstra per person asked about, kept. When neither
 * end has a row yet, the second argument's is computed: callers pass (candidate, team member), and
 * a team has far fewer members than candidates.
 */
export function distanceOracle(
  graph: CostGraph,
  allowed: Uint8Array | null,
  overlay?: Overlay,
): (a: number, b: number) => number {
  const rows = new Map<number, Float64Array>();
  return (a, b) => {
    if (a === b) return 0;
    const row = rows.get(b);
    if (row) return row[a];
    const other = rows.get(a);
    if (other) return other[b];
    const fresh = shortestPaths(graph, [b], allowed, Infinity, overlay).dist;
    rows.set(b, fresh);
    return fresh[a];
  };
}

/** A binary heap of (key, value) pairs; ties on key pop the lower value first (determinism). */
export class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size(): number {
    return this.keys.length;
  }
  push(key: number, value: number): void {
    const { keys, values } = this;
    let i = keys.length;
    keys.push(key);
    values.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }
  pop(): number {
    const { keys, values } = this;
    const top = values[0]!;
    const lastKey = keys.pop()!;
    const lastValue = values.pop()!;
    if (keys.length > 0) {
      keys[0] = lastKey;
      values[0] = lastValue;
      this.sink(0);
    }
    return top;
  }
  private sink(i: number): void {
    const n = this.keys.length;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < n && this.less(l, m)) m = l;
      if (r < n && this.less(r, m)) m = r;
      if (m === i) return;
      this.swap(i, m);
      i = m;
    }
  }
  private less(a: number, b: number): boolean {
    const { keys, values } = this;
    return keys[a]! < keys[b]! || (keys[a] === keys[b] && values[a]! < values[b]!);
  }
  private swap(a: number, b: number): void {
    const { keys, values } = this;
    [keys[a], keys[b]] = [keys[b]!, keys[a]!];
    [values[a], values[b]] = [values[b]!, values[a]!];
  }
}
