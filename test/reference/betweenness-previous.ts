/**
 * The previous single-thread implementation (issue 7), kept as a second reference: the sampled
 * mode of server/features/assets/engine/betweenness.ts must draw the same pivots and give the same
 * numbers.
 *
 * Betweenness centrality by Brandes (2001) on unweighted hops: every warm hop counts the same,
 * as in reach. Values are normalised like networkx's `betweenness_centrality(normalized=True)`
 * for undirected graphs: the pair-dependency sum divided by (n − 1)(n − 2).
 *
 * Exact when n × (n + arcs) ≤ `budget`; otherwise k pivots are drawn uniformly without
 * replacement (Brandes & Pich 2007) and each node's value is n/k × its pivots' dependencies.
 * Per pivot s, Y_s = n·δ_s(v) / ((n−1)(n−2)) lies in [0, n/(n−1)] and its mean over all s is the
 * exact value, so by Hoeffding's inequality (which holds for sampling without replacement) and a
 * union bound over the n nodes, every estimate is within
 *   ε = n/(n−1) × √(ln(2n/δ) / (2k))
 * of the exact value with probability at least 1 − δ (δ = 0.05).
 */
import type { Csr } from '../../server/graph/csr.ts';

export interface BetweennessAnswer {
  values: Float64Array;
  exact: boolean;
  samples: number;
  /** Absolute error bound ε on every normalised value (0 when exact). */
  errorBound: number;
  confidence: number;
}

export interface BetweennessOptions {
  /** Work budget in arc visits (default 2.5 × 10⁹, about 30 s here). */
  budget?: number;
  /** Force this many pivots (sampled) instead of the budget rule. */
  samples?: number;
  seed?: number;
  onProgress?: (done: number, total: number) => void;
}

const DELTA = 0.05;

export function betweenness(graph: Csr, options: BetweennessOptions = {}): BetweennessAnswer {
  const n = graph.n;
  const perSource = n + graph.neighbours.length;
  const budget = options.budget ?? 2.5e9;
  const k = Math.min(n, options.samples ?? (n * perSource <= budget ? n : Math.max(1, Math.floor(budget / perSource))));
  const exact = k === n;
  const pivots = exact ? Array.from({ length: n }, (_, i) => i) : samplePivots(n, k, options.seed ?? 1);
  const values = new Float64Array(n);
  const work = workspace(n);
  pivots.forEach((s, i) => {
    accumulate(graph, s, values, work);
    if (options.onProgress && (i % 64 === 63 || i === pivots.length - 1)) options.onProgress(i + 1, pivots.length);
  });
  const scale = n > 2 ? n / k / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) values[v] *= scale;
  const errorBound = exact || n < 3 ? 0 : (n / (n - 1)) * Math.sqrt(Math.log((2 * n) / DELTA) / (2 * k));
  return { values, exact, samples: k, errorBound, confidence: 1 - DELTA };
}

function workspace(n: number) {
  return {
    sigma: new Float64Array(n),
    dist: new Int32Array(n).fill(-1),
    delta: new Float64Array(n),
    order: new Int32Array(n),
  };
}

/** One Brandes pass from s: shortest-path counts forward, dependencies backward. */
function accumulate(graph: Csr, s: number, values: Float64Array, w: ReturnType<typeof workspace>): void {
  const { offsets, neighbours } = graph;
  const { sigma, dist, delta, order } = w;
  let [head, tail] = [0, 0];
  order[tail++] = s;
  sigma[s] = 1;
  dist[s] = 0;
  while (head < tail) {
    const v = order[head++];
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const x = neighbours[e];
      if (dist[x] < 0) {
        dist[x] = dist[v] + 1;
        order[tail++] = x;
      }
      if (dist[x] === dist[v] + 1) sigma[x] += sigma[v];
    }
  }
  for (let i = tail - 1; i > 0; i--) {
    const x = order[i];
    for (let e = offsets[x]; e < offsets[x + 1]; e++) {
      const v = neighbours[e];
      if (dist[v] === dist[x] - 1) delta[v] += (sigma[v] / sigma[x]) * (1 + delta[x]);
    }
    values[x] += delta[x];
  }
  for (let i = 0; i < tail; i++) {
    const x = order[i];
    sigma[x] = 0;
    dist[x] = -1;
    delta[x] = 0;
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
