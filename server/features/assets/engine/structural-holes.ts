/**
 * Burt's structural-hole measures (Burt 1992), as networkx defines them for undirected graphs:
 * - proportional tie strength p_ij = w_ij / Σ_k w_ik (w = 1 when unweighted);
 * - constraint c_i = Σ_{j ∈ N(i)} (p_ij + Σ_{q ∈ N(i), q ≠ j} p_iq · p_qj)²; NaN for isolated nodes;
 * - effective size e_i = Σ_{j ∈ N(i)} (1 − Σ_{q ∈ N(i), q ≠ j} p_iq · m_jq), m_jq = w_jq / max_k w_jk
 *   (which reduces to Borgatti's n − 2t/n when unweighted); NaN for isolated nodes.
 * Low constraint and high effective size mark brokers who span structural holes.
 */
import { adjacent, type Csr } from '../../../graph/csr.ts';

function weightOf(graph: Csr, a: number, b: number): number {
  const { offsets, neighbours, weights } = graph;
  let [lo, hi] = [offsets[a], offsets[a + 1] - 1];
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const x = neighbours[mid];
    if (x === b) return weights ? weights[mid] : 1;
    if (x < b) lo = mid + 1;
    else hi = mid - 1;
  }
  return 0;
}

export function structuralHoles(graph: Csr): { constraint: Float64Array; effectiveSize: Float64Array } {
  const { n, offsets, neighbours, weights } = graph;
  const strength = new Float64Array(n);
  const maxWeight = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]; e < offsets[v + 1]; e++) {
      const w = weights ? weights[e] : 1;
      strength[v] += w;
      if (w > maxWeight[v]) maxWeight[v] = w;
    }
  }
  const p = (i: number, j: number) => weightOf(graph, i, j) / strength[i];
  const constraint = new Float64Array(n).fill(NaN);
  const effectiveSize = new Float64Array(n).fill(NaN);
  for (let i = 0; i < n; i++) {
    if (offsets[i + 1] === offsets[i]) continue;
    let c = 0;
    let size = 0;
    for (let e = offsets[i]; e < offsets[i + 1]; e++) {
      const j = neighbours[e];
      const pij = (weights ? weights[e] : 1) / strength[i];
      let indirect = 0;
      let redundancy = 0;
      for (let f = offsets[i]; f < offsets[i + 1]; f++) {
        const q = neighbours[f];
        if (q === j || !adjacent(graph, q, j)) continue;
        const piq = (weights ? weights[f] : 1) / strength[i];
        indirect += piq * p(q, j);
        redundancy += piq * (weightOf(graph, j, q) / maxWeight[j]);
      }
      c += (pij + indirect) ** 2;
      size += 1 - redundancy;
    }
    constraint[i] = c;
    effectiveSize[i] = size;
  }
  return { constraint, effectiveSize };
}
