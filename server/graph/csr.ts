/**
 * The plain undirected graph every assets algorithm runs on: n nodes, CSR adjacency (each
 * undirected edge stored in both directions, neighbour lists ascending) and an optional weight per
 * adjacency entry. Typed arrays only, so a 100k-person network costs a few MB and can be handed
 * to a worker thread by copying three buffers.
 */
export interface Csr {
  readonly n: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  /** Weight of each adjacency entry (both directions equal); absent means every edge weighs 1. */
  readonly weights?: Float64Array;
}

/** Builds a CSR from an edge list; self-loops and duplicate pairs are dropped (first weight kept). */
export function csrFromEdges(
  n: number,
  edges: readonly (readonly [number, number])[],
  weights?: readonly number[],
): Csr {
  const seen = new Set<number>();
  const kept: [number, number, number][] = [];
  edges.forEach(([a, b], i) => {
    if (a === b) return;
    const [lo, hi] = a < b ? [a, b] : [b, a];
    const code = lo * n + hi;
    if (seen.has(code)) return;
    seen.add(code);
    kept.push([lo, hi, weights?.[i] ?? 1]);
  });
  const offsets = new Int32Array(n + 1);
  for (const [a, b] of kept) {
    offsets[a + 1]++;
    offsets[b + 1]++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(2 * kept.length);
  const w = new Float64Array(2 * kept.length);
  for (const [a, b, weight] of kept) {
    w[fill[a]] = weight;
    neighbours[fill[a]++] = b;
    w[fill[b]] = weight;
    neighbours[fill[b]++] = a;
  }
  sortLists(offsets, neighbours, w);
  return weights ? { n, offsets, neighbours, weights: w } : { n, offsets, neighbours };
}

function sortLists(offsets: Int32Array, neighbours: Int32Array, weights: Float64Array): void {
  for (let v = 0; v + 1 < offsets.length; v++) {
    const [from, to] = [offsets[v], offsets[v + 1]];
    const order = Array.from({ length: to - from }, (_, i) => from + i).sort((x, y) => neighbours[x] - neighbours[y]);
    const ns = order.map((i) => neighbours[i]);
    const ws = order.map((i) => weights[i]);
    ns.forEach((x, i) => (neighbours[from + i] = x));
    ws.forEach((x, i) => (weights[from + i] = x));
  }
}

/** The subgraph on the nodes with keep[v] = 1, re-indexed densely; `index` maps new → old. */
export function inducedCsr(graph: Csr, keep: Uint8Array): { csr: Csr; index: Int32Array } {
  const newOf = new Int32Array(graph.n).fill(-1);
  const index: number[] = [];
  for (let v = 0; v < graph.n; v++) if (keep[v] === 1) newOf[v] = index.push(v) - 1;
  const n = index.length;
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  const weights: number[] = [];
  index.forEach((v, i) => {
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const x = newOf[graph.neighbours[e]];
      if (x < 0) continue;
      neighbours.push(x);
      weights.push(graph.weights ? graph.weights[e] : 1);
    }
    offsets[i + 1] = neighbours.length;
  });
  const csr: Csr = graph.weights
    ? { n, offsets, neighbours: Int32Array.from(neighbours), weights: Float64Array.from(weights) }
    : { n, offsets, neighbours: Int32Array.from(neighbours) };
  return { csr, index: Int32Array.from(index) };
}

export const degree = (graph: Csr, v: number): number => graph.offsets[v + 1] - graph.offsets[v];

/** Whether a and b are adjacent (binary search in a's sorted list). */
export function adjacent(graph: Csr, a: number, b: number): boolean {
  let lo = graph.offsets[a];
  let hi = graph.offsets[a + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = graph.neighbours[mid];
    if (x === b) return true;
    if (x < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
