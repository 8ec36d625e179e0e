/**
 * The network as the assets computations see it: the day's compiled network (server/graph/)
 * with the people graph narrowed to visible people. Hidden people keep no edges at all here, so
 * no assets algorithm can step onto them, count them or rank them; weights are the pair's
 * combined warm strength s ∈ (0, 1], the same pairs and strengths introductions use.
 */
import type { Csr } from '../../../graph/csr.ts';
import type { WorkerNetwork } from '../../../graph/network.ts';
import type { PeopleGraph } from '../../../graph/people-graph.ts';

export interface AssetsNetwork extends Omit<WorkerNetwork, 'graph'> {
  /** Visible people only; weights = pair strength. */
  graph: Csr;
  /** The full people graph of the day, for callers that need it. */
  people: PeopleGraph;
}

export function assetsNetwork(network: WorkerNetwork): AssetsNetwork {
  const { graph: people, ...rest } = network;
  return { ...rest, people, graph: visibleGraph(people) };
}

/** Drops every adjacency entry touching a hidden person; keeps the pair strength as weight. */
function visibleGraph(people: PeopleGraph): Csr {
  const { offsets, neighbours, edgePair, pairStrength, discoverable: visible } = people;
  const n = offsets.length - 1;
  const newOffsets = new Int32Array(n + 1);
  let count = 0;
  for (let p = 0; p < n; p++) {
    if (visible[p] === 1) for (let e = offsets[p]; e < offsets[p + 1]; e++) if (visible[neighbours[e]] === 1) count++;
    newOffsets[p + 1] = count;
  }
  const out = new Int32Array(count);
  const weights = new Float64Array(count);
  let i = 0;
  for (let p = 0; p < n; p++) {
    if (visible[p] !== 1) continue;
    for (let e = offsets[p]; e < offsets[p + 1]; e++) {
      if (visible[neighbours[e]] !== 1) continue;
      weights[i] = pairStrength[edgePair[e]];
      out[i++] = neighbours[e];
    }
  }
  return { n, offsets: newOffsets, neighbours: out, weights };
}
