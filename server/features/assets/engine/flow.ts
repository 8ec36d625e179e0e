/**
 * Independent routes: the largest number of paths from a source set to a target set that share
 * no node at all (Menger: equal to the fewest nodes whose removal separates the two sets). Max-flow
 * with node splitting — every node v becomes v_in → v_out with capacity 1 — by augmenting
 * breadth-first paths (Edmonds–Karp); each augmentation adds one route, so `cap` bounds the work.
 * A node in both sets is a route of its own (a member who holds the skill).
 */
import type { Csr } from '../../../graph/csr.ts';

export interface RoutesAnswer {
  /** Node-disjoint routes found, at most `cap`. */
  routes: number;
  /** True when `cap` was reached and another route exists. */
  capped: boolean;
  /** The routes (node lists from a source to a target). */
  paths: number[][];
}

interface Network {
  head: Int32Array;
  to: Int32Array;
  cap: Int8Array;
  nextArc: Int32Array;
  arcs: number;
}

/** Node v's in-state is 2v, out-state 2v + 1; the super source is 2n, the sink 2n + 1. */
function buildNetwork(graph: Csr, isSource: Uint8Array, isTarget: Uint8Array, allowed: Uint8Array): Network {
  const n = graph.n;
  let count = 0;
  for (let v = 0; v < n; v++) {
    if (allowed[v] !== 1) continue;
    count += 1 + isSource[v] + isTarget[v];
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) if (allowed[graph.neighbours[e]] === 1) count++;
  }
  const net: Network = {
    head: new Int32Array(2 * n + 2).fill(-1),
    to: new Int32Array(2 * count),
    cap: new Int8Array(2 * count),
    nextArc: new Int32Array(2 * count),
    arcs: 0,
  };
  for (let v = 0; v < n; v++) {
    if (allowed[v] !== 1) continue;
    addArc(net, 2 * v, 2 * v + 1);
    if (isSource[v] === 1) addArc(net, 2 * n, 2 * v);
    if (isTarget[v] === 1) addArc(net, 2 * v + 1, 2 * n + 1);
    for (let e = graph.offsets[v]; e < graph.offsets[v + 1]; e++) {
      const w = graph.neighbours[e];
      if (allowed[w] === 1) addArc(net, 2 * v + 1, 2 * w);
    }
  }
  return net;
}

/** An arc and its residual twin (index ^ 1). */
function addArc(net: Network, from: number, to: number): void {
  for (const [a, b, c] of [
    [from, to, 1],
    [to, from, 0],
  ] as const) {
    const i = net.arcs++;
    net.to[i] = b;
    net.cap[i] = c;
    net.nextArc[i] = net.head[a];
    net.head[a] = i;
  }
}

function augment(net: Network, source: number, sink: number, viaArc: Int32Array): boolean {
  viaArc.fill(-1);
  const queue = new Int32Array(net.head.length);
  let [first, last] = [0, 0];
  queue[last++] = source;
  viaArc[source] = -2;
  while (first < last) {
    const u = queue[first++];
    for (let a = net.head[u]; a !== -1; a = net.nextArc[a]) {
      const w = net.to[a];
      if (net.cap[a] === 0 || viaArc[w] !== -1) continue;
      viaArc[w] = a;
      if (w === sink) {
        for (let x = sink; x !== source; x = net.to[viaArc[x] ^ 1]) {
          net.cap[viaArc[x]]--;
          net.cap[viaArc[x] ^ 1]++;
        }
        return true;
      }
      queue[last++] = w;
    }
  }
  return false;
}

export function disjointRoutes(
  graph: Csr,
  sources: readonly number[],
  targets: readonly number[],
  allowed: Uint8Array,
  cap = 20,
): RoutesAnswer {
  const n = graph.n;
  const isSource = new Uint8Array(n);
  const isTarget = new Uint8Array(n);
  for (const s of sources) if (allowed[s] === 1) isSource[s] = 1;
  for (const t of targets) if (allowed[t] === 1) isTarget[t] = 1;
  const net = buildNetwork(graph, isSource, isTarget, allowed);
  const viaArc = new Int32Array(2 * n + 2);
  let routes = 0;
  while (routes < cap && augment(net, 2 * n, 2 * n + 1, viaArc)) routes++;
  const capped = routes === cap && augment(net, 2 * n, 2 * n + 1, viaArc);
  if (capped) undo(net, viaArc, 2 * n, 2 * n + 1);
  return { routes, capped, paths: decompose(net, n) };
}

function undo(net: Network, viaArc: Int32Array, source: number, sink: number): void {
  for (let x = sink; x !== source; x = net.to[viaArc[x] ^ 1]) {
    net.cap[viaArc[x]]++;
    net.cap[viaArc[x] ^ 1]--;
  }
}

/** Follows saturated forward arcs (even index, capacity 0) from the super source. */
function decompose(net: Network, n: number): number[][] {
  const paths: number[][] = [];
  const saturatedFrom = (state: number): number => {
    for (let a = net.head[state]; a !== -1; a = net.nextArc[a]) if ((a & 1) === 0 && net.cap[a] === 0) return net.to[a];
    return -1;
  };
  for (let a = net.head[2 * n]; a !== -1; a = net.nextArc[a]) {
    if ((a & 1) !== 0 || net.cap[a] !== 0) continue;
    const path: number[] = [];
    let state = net.to[a];
    while (state !== 2 * n + 1 && state !== -1) {
      if ((state & 1) === 0) path.push(state >> 1);
      state = saturatedFrom(state);
    }
    paths.push(path);
  }
  return paths;
}
