/**
 * Betweenness centrality by Brandes (2001) on unweighted hops: every warm hop counts the same,
 * as in reach. Values are normalised like networkx's `betweenness_centrality(normalized=True)`
 * for undirected graphs: the pair-dependency sum over ordered pairs divided by (n − 1)(n − 2),
 * which equals igraph's raw undirected value divided by (n − 1)(n − 2)/2.
 *
 * One pass per source s. Forward, a BFS counts shortest paths σ and records each node's
 * predecessors (neighbours one hop closer to s). Backward, in reverse BFS order, each node x hands
 * its dependency to its predecessors: δ(v) = Σ_{x : v ∈ pred(x)} σ(v)/σ(x) · (1 + δ(x)). Writing
 * δ(v) = σ(v)·a(v) with a(v) = Σ (1 + δ(x))/σ(x) makes the inner loop a plain addition of one
 * per-node coefficient, so there is one division per reached node instead of one per arc.
 * Predecessor lists live in one Int32Array with a slot per arc: x's predecessors fill
 * offsets[x]…predEnd[x], since x has at most degree(x) of them. Nothing is allocated per source,
 * and the backward pass touches only predecessor arcs, not every neighbour again. An exact run
 * on the 10k-person synthetic network takes as long as igraph's C (bench/betweenness.ts).
 *
 * Exact when n × (n + arcs) ≤ `budget`; otherwise k pivots are drawn uniformly without
 * replacement (Brandes & Pich 2007) and each node's value is n/k × its pivots' dependencies.
 * Per pivot s, Y_s = n·δ_s(v) / ((n−1)(n−2)) lies in [0, n/(n−1)] and its mean over all s is the
 * exact value, so by Hoeffding's inequality (which holds for sampling without replacement) and a
 * union bound over the n nodes, every estimate is within
 *   ε = n/(n−1) × √(ln(2n/δ) / (2k))
 * of the exact value with probability at least 1 − δ (δ = 0.05).
 *
 * The pivots' dependencies simply add up, so `accumulateSources` does any subset of them and
 * `finishBetweenness` scales the sum: betweenness-parallel.ts splits the pivots across threads.
 */
import type { Csr } from '../../../graph/csr.ts';

export interface BetweennessAnswer {
  values: Float64Array;
  exact: boolean;
  samples: number;
  /** Absolute error bound ε on every normalised value (0 when exact). */
  errorBound: number;
  confidence: number;
}

export interface BetweennessOptions {
  /** Work budget in arc visits (default 5 × 10⁹: exact up to ~12k people, about 11 s on 2 threads at 10k). */
  budget?: number;
  /** Force this many pivots (sampled) instead of the budget rule. */
  samples?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

/** Only the adjacency: weights are ignored (hops), so workers need just these two arrays. */
export type HopGraph = Pick<Csr, 'n' | 'offsets' | 'neighbours'>;

const DELTA = 0.05;
const PROGRESS_EVERY = 64;

export function betweenness(graph: HopGraph, options: BetweennessOptions = {}): BetweennessAnswer {
  const { pivots, exact } = planPivots(graph, options);
  const raw = new Float64Array(graph.n);
  const onProgress = options.onProgress;
  const total = pivots.length;
  accumulateSources(
    graph,
    pivots,
    raw,
    onProgress && ((done) => (done % PROGRESS_EVERY === 0 || done === total) && onProgress(done, total)),
  );
  return finishBetweenness(raw, graph.n, total, exact);
}

/** The pivots the budget rule (or `samples`) asks for: every node when exact, else a seeded sample. */
export function planPivots(graph: HopGraph, options: BetweennessOptions = {}): { pivots: Int32Array; exact: boolean } {
  const n = graph.n;
  const perSource = n + graph.neighbours.length;
  const budget = options.budget ?? 5e9;
  const k = Math.min(n, options.samples ?? (n * perSource <= budget ? n : Math.max(1, Math.floor(budget / perSource))));
  const exact = k === n;
  const pivots = exact
    ? Int32Array.from({ length: n }, (_, i) => i)
    : Int32Array.from(samplePivots(n, k, options.seed ?? 1));
  return { pivots, exact };
}

/**
 * Scales summed raw dependencies of k pivots (in place) to normalised values and states the
 * sampling error bound; `raw` becomes the answer's `values`.
 */
export function finishBetweenness(raw: Float64Array, n: number, k: number, exact: boolean): BetweennessAnswer {
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) raw[v] *= scale;
  const errorBound = exact || n < 3 ? 0 : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / DELTA) / (2 * k));
  return { values: raw, exact, samples: k, errorBound, confidence: 1 - DELTA };
}

/**
 * Adds to `into` the raw (unnormalised) dependencies δ_s(v) of every s in `sources`; `onEach`
 * hears the number of sources done after each one. Throws on a malformed graph (O(n + arcs),
 * once per call), which would otherwise read past the typed arrays and give silently wrong numbers.
 */
export function accumulateSources(
  graph: HopGraph,
  sources: Int32Array | readonly number[],
  into: Float64Array,
  onEach?: (done: number) => void,
): void {
  checkGraph(graph);
  const { n, offsets, neighbours } = graph;
  if (into.length < n) throw new RangeError(`betweenness: result array has ${into.length} slots for ${n} nodes`);
  const dist = new Int32Array(n).fill(-1);
  const sigma = new Float64Array(n);
  const acc = new Float64Array(n);
  const order = new Int32Array(n);
  const predEnd = new Int32Array(n);
  const preds = new Int32Array(neighbours.length);
  for (let i = 0; i < sources.length; i++) {
    const s = sources[i]!;
    if (!(s >= 0 && s < n && Number.isInteger(s))) throw new RangeError(`betweenness: source ${s} is not a node`);
    dist[s] = 0;
    sigma[s] = 1;
    acc[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const next = dist[v]! + 1;
      const sv = sigma[v]!;
      const end = offsets[v + 1]!;
      for (let e = offsets[v]!; e < end; e++) {
        const x = neighbours[e]!;
        const dx = dist[x]!;
        if (dx < 0) {
          // First sight: x's per-source state starts here, so nothing is cleared between sources.
          dist[x] = next;
          sigma[x] = sv;
          acc[x] = 0;
          const first = offsets[x]!;
          preds[first] = v;
          predEnd[x] = first + 1;
          order[tail++] = x;
        } else if (dx === next) {
          sigma[x] += sv;
          preds[predEnd[x]!++] = v;
        }
      }
    }
    // The backward pass never reads dist, so each node's distance is cleared as it is finished.
    for (let j = tail - 1; j > 0; j--) {
      const x = order[j]!;
      const sx = sigma[x]!;
      const ax = acc[x]!;
      into[x] += sx * ax;
      const share = 1 / sx + ax; // (1 + δ(x)) / σ(x)
      const to = predEnd[x]!;
      for (let e = offsets[x]!; e < to; e++) acc[preds[e]!] += share;
      dist[x] = -1;
    }
    dist[s] = -1;
    onEach?.(i + 1);
  }
}

function checkGraph({ n, offsets, neighbours }: HopGraph): void {
  const bad = (why: string) => new RangeError(`betweenness: malformed graph (${why})`);
  if (!Number.isInteger(n) || n < 0 || offsets.length !== n + 1) throw bad(`${offsets.length} offsets for ${n} nodes`);
  if (offsets[0] !== 0 || offsets[n] !== neighbours.length) throw bad('offsets do not span the neighbour list');
  for (let v = 0; v < n; v++) if (offsets[v + 1]! < offsets[v]!) throw bad(`offsets decrease at node ${v}`);
  // Each node's predecessors fill its own adjacency slots, so it must have no more arcs in than
  // out: true when every edge is stored both ways, and what keeps one node's list off the next.
  const balance = new Int32Array(n);
  for (let e = 0; e < neighbours.length; e++) {
    const x = neighbours[e]!;
    if (!(x >= 0 && x < n)) throw bad(`neighbour ${x} is not a node`);
    balance[x]++;
  }
  for (let v = 0; v < n; v++) {
    if (balance[v] !== offsets[v + 1]! - offsets[v]!) throw bad(`node ${v} has arcs in one direction only`);
  }
}

/** k distinct pivots by a partial Fisher–Yates shuffle driven by a seeded xorshift. */
export function samplePivots(n: number, k: number, seed: number): number[] {
  const pool = Int32Array.from({ length: n }, (_, i) => i);
  const random = xorshift(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return Array.from(pool.subarray(0, k));
}

export function xorshift(seed: number): () => number {
  let x = seed >>> 0 || 0x9e3779b9;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x100000000;
  };
}
