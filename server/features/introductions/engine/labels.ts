/**
 * The hop-bounded dynamic programme both searches share. A *label* is one concrete walk, stored as
 * (node, first, cost, hops, parent label): following parents rebuilds the walk exactly, so a path
 * is never stitched together from values of different layers. Every node keeps at most `width`
 * labels with distinct `first` values — its best walks through distinct first intermediaries,
 * ordered by (cost, first). With width 1 and a constant `first` this is plain hop-bounded
 * Bellman–Ford.
 *
 * Why the kept labels are exact and simple (the property tests check both):
 * - Exact: after layer h every node holds the best `width` firsts over all allowed walks of ≤ h
 *   hops. If first v is among the best at u via predecessor w but was dropped at w, then `width`
 *   other firsts beat v at w, and each extends over the same hop w→u with a cost no worse than v's
 *   — so v was not among the best at u after all. Pruning by `distance` keeps this true: a walk
 *   with fewer hops passes every check a longer one passes. Layer h extends exactly the labels
 *   that layer h − 1 *ended* with (a snapshot): a label displaced during layer h by a cheaper but
 *   longer walk must still be extended, or the hop limit would lose its shorter continuation.
 * - Simple: hop costs are ≥ α > 0 (config.ts), so a walk that repeats a person costs strictly more
 *   than the same walk with the loop cut out, which keeps its first hop, its first intermediary
 *   and passes the same checks. A kept label is the cheapest walk for its (node, first), so it
 *   never repeats anyone.
 */
import type { PeopleGraph } from '../../../graph/people-graph.ts';
import type { Overlay } from '../../../graph/sight.ts';
import { extraOf } from '../../../graph/traverse.ts';

export class LabelPool {
  node = new Int32Array(1024);
  first = new Int32Array(1024);
  parent = new Int32Array(1024);
  hops = new Uint8Array(1024);
  cost = new Float64Array(1024);
  size = 0;

  add(node: number, first: number, cost: number, hops: number, parent: number): number {
    if (this.size === this.node.length) this.grow();
    const id = this.size++;
    this.node[id] = node;
    this.first[id] = first;
    this.cost[id] = cost;
    this.hops[id] = hops;
    this.parent[id] = parent;
    return id;
  }

  private grow(): void {
    const grown = <T extends Int32Array | Uint8Array | Float64Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(a.length * 2);
      b.set(a);
      return b;
    };
    [this.node, this.first, this.parent] = [grown(this.node), grown(this.first), grown(this.parent)];
    [this.hops, this.cost] = [grown(this.hops), grown(this.cost)];
  }

  /** The walk's nodes from its root to this label's node. */
  walk(id: number): number[] {
    const nodes: number[] = [];
    for (let at = id; at >= 0; at = this.parent[at]) nodes.push(this.node[at]);
    return nodes.reverse();
  }
}

/**
 * Up to `width` labels per node. Cost and first are copied next to the label id so that the hot
 * loop (offer) reads one contiguous slice instead of chasing ids into the pool; `worst` lets a full
 * node reject most offers with one comparison.
 */
export class LabelSets {
  readonly pool = new LabelPool();
  readonly label: Int32Array;
  readonly cost: Float64Array;
  readonly first: Int32Array;
  readonly counts: Uint8Array;
  private readonly worst: Float64Array;

  constructor(
    people: number,
    readonly width: number,
  ) {
    this.label = new Int32Array(people * width);
    this.cost = new Float64Array(people * width);
    this.first = new Int32Array(people * width);
    this.counts = new Uint8Array(people);
    this.worst = new Float64Array(people);
  }

  labelsAt(node: number): number[] {
    const base = node * this.width;
    return Array.from(this.label.subarray(base, base + this.counts[node]));
  }

  /** Keeps the candidate walk if it is among the node's best; returns its label id, or −1. */
  offer(node: number, first: number, cost: number, hops: number, parent: number): number {
    const { width } = this;
    const count = this.counts[node];
    if (count === width && cost > this.worst[node]) return -1;
    const base = node * width;
    let worst = -1;
    for (let i = base; i < base + count; i++) {
      if (this.first[i] === first) {
        // Same first intermediary: only strictly cheaper replaces, so among equal costs the walk
        // found in an earlier layer (fewer hops) stays.
        return cost < this.cost[i] ? this.put(node, i, first, cost, hops, parent) : -1;
      }
      if (
        worst < 0 ||
        this.cost[i] > this.cost[worst] ||
        (this.cost[i] === this.cost[worst] && this.first[i] > this.first[worst])
      )
        worst = i;
    }
    if (count < width) {
      this.counts[node]++;
      return this.put(node, base + count, first, cost, hops, parent);
    }
    const better = cost < this.cost[worst] || (cost === this.cost[worst] && first < this.first[worst]);
    return better ? this.put(node, worst, first, cost, hops, parent) : -1;
  }

  private put(node: number, slot: number, first: number, cost: number, hops: number, parent: number): number {
    const id = this.pool.add(node, first, cost, hops, parent);
    this.label[slot] = id;
    this.cost[slot] = cost;
    this.first[slot] = first;
    const base = node * this.width;
    if (this.counts[node] === this.width) {
      let worst = this.cost[base];
      for (let i = base + 1; i < base + this.width; i++) if (this.cost[i] > worst) worst = this.cost[i];
      this.worst[node] = worst;
    }
    return id;
  }

  /** The labels with exactly `hops` hops at these nodes, grouped by node: a layer's snapshot. */
  snapshot(nodes: readonly number[], hops: number): Frontier {
    const frontier: Frontier = { nodes: [], starts: [0], labels: [] };
    for (const node of nodes) {
      for (const id of this.labelsAt(node)) if (this.pool.hops[id] === hops) frontier.labels.push(id);
      if (frontier.labels.length > (frontier.starts.at(-1) as number)) {
        frontier.nodes.push(node);
        frontier.starts.push(frontier.labels.length);
      }
    }
    return frontier;
  }
}

/** Labels to extend, grouped by node so each node's adjacency is scanned once per layer. */
export interface Frontier {
  nodes: number[];
  /** Node nodes[g]'s labels are labels[starts[g] … starts[g + 1] − 1]. */
  starts: number[];
  labels: number[];
}

/**
 * Extends the labels with `startHops` hops at `touched` layer by layer up to `maxHops` hops. A walk
 * may step onto x only when allowed[x] is 1, and only while it can still finish in time: after h
 * hops, distance[x] (hops from x to the goal side) must be ≤ maxHops − h.
 */
export function sweep(
  graph: PeopleGraph,
  sets: LabelSets,
  touched: readonly number[],
  startHops: number,
  maxHops: number,
  allowed: Uint8Array,
  distance: Int8Array,
  overlay?: Overlay,
): void {
  const { offsets, neighbours, costs } = graph;
  const extra = extraOf(overlay);
  const { pool } = sets;
  const stamp = new Uint8Array(graph.ids.length);
  let frontier = sets.snapshot(touched, startHops);
  for (let hops = startHops + 1; hops <= maxHops && frontier.nodes.length > 0; hops++) {
    const changed: number[] = [];
    const slack = maxHops - hops;
    frontier.nodes.forEach((u, g) => {
      const [from, to] = [frontier.starts[g], frontier.starts[g + 1]];
      const extend = (x: number, cost: number) => {
        if (allowed[x] === 0 || distance[x] > slack) return;
        for (let i = from; i < to; i++) {
          const id = frontier.labels[i];
          if (sets.offer(x, pool.first[id], pool.cost[id] + cost, hops, id) >= 0 && stamp[x] !== hops) {
            stamp[x] = hops;
            changed.push(x);
          }
        }
      };
      for (let e = offsets[u]; e < offsets[u + 1]; e++) extend(neighbours[e], costs[e]);
      // A pair in both: the overlay's cost is lower (it includes the shared evidence) and replaces.
      if (extra !== null)
        for (let e = extra.offsets[u]; e < extra.offsets[u + 1]; e++) extend(extra.neighbours[e], extra.costs[e]);
    });
    frontier = sets.snapshot(changed, hops);
  }
}
