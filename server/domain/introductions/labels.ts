/**
 * The hop-bounded dynamic programme both searches share. A *label* is one concrete walk, stored as
 * (node, first, cost, hops, parent label): following parents rebuilds the walk exactly, so a path
 * is never stitched together from values of different layers. Every node keeps at most `width`
 * labels with distinct `first` values — its best walks through distinct first intermediaries,
 * ordered by (cost, first). With width 1 and a constant `first` this is plain hop-bounded
 * Bellman–Ford.
 *
 * Why the kept labels are exact and simple (the property tests check both):
 * - Exact: layer h holds, per node, the best `width` firsts over all allowed walks of ≤ h hops.
 *   If first v is among the best `width` at u via predecessor w but was dropped at w, then `width`
 *   other firsts beat v at w, and each extends over the same hop w→u with a cost no worse than v's
 *   — so v was not among the best at u after all. Pruning by `distance` keeps this true: a walk
 *   with fewer hops passes every check a longer one passes.
 * - Simple: hop costs are ≥ α > 0 (config.ts), so a walk that repeats a person costs strictly more
 *   than the same walk with the loop cut out, which keeps its first hop, its first intermediary
 *   and passes the same checks. A kept label is the cheapest walk for its (node, first), so it
 *   never repeats anyone.
 */
import type { IntroductionGraph } from './graph.ts';

export class LabelPool {
  node = new Int32Array(1024);
  first = new Int32Array(1024);
  parent = new Int32Array(1024);
  hops = new Uint8Array(1024);
  cost = new Float64Array(1024);
  /** 1 once a better label displaced this one from its node's set. */
  dead = new Uint8Array(1024);
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
    this.node = grown(this.node);
    this.first = grown(this.first);
    this.parent = grown(this.parent);
    this.hops = grown(this.hops);
    this.cost = grown(this.cost);
    this.dead = grown(this.dead);
  }

  /** The walk's nodes from its root to this label's node. */
  walk(id: number): number[] {
    const nodes: number[] = [];
    for (let at = id; at >= 0; at = this.parent[at]) nodes.push(this.node[at]);
    return nodes.reverse();
  }
}

/** Up to `width` label ids per node, in no particular order (width is small: linear scans win). */
export class LabelSets {
  readonly slots: Int32Array;
  readonly counts: Uint8Array;

  constructor(
    readonly pool: LabelPool,
    people: number,
    readonly width: number,
  ) {
    this.slots = new Int32Array(people * width);
    this.counts = new Uint8Array(people);
  }

  labelsAt(node: number): number[] {
    const base = node * this.width;
    return Array.from(this.slots.subarray(base, base + this.counts[node]));
  }

  /** Keeps the candidate walk if it is among the node's best; returns its label id, or −1. */
  offer(node: number, first: number, cost: number, hops: number, parent: number): number {
    const { pool, slots, width } = this;
    const base = node * width;
    const count = this.counts[node];
    let worst = -1;
    for (let i = 0; i < count; i++) {
      const id = slots[base + i];
      if (pool.first[id] === first) {
        // Same first intermediary: only strictly cheaper replaces, so among equal costs the walk
        // found in an earlier layer (fewer hops) stays.
        if (!(cost < pool.cost[id])) return -1;
        return this.replace(base + i, node, first, cost, hops, parent);
      }
      if (worst < 0 || ranksBefore(pool, slots[base + worst], pool.cost[id], pool.first[id])) worst = i;
    }
    if (count < width) {
      this.counts[node]++;
      return (slots[base + count] = pool.add(node, first, cost, hops, parent));
    }
    const worstId = slots[base + worst];
    if (!(cost < pool.cost[worstId] || (cost === pool.cost[worstId] && first < pool.first[worstId]))) return -1;
    return this.replace(base + worst, node, first, cost, hops, parent);
  }

  private replace(slot: number, node: number, first: number, cost: number, hops: number, parent: number): number {
    this.pool.dead[this.slots[slot]] = 1;
    return (this.slots[slot] = this.pool.add(node, first, cost, hops, parent));
  }
}

/** True when label `id` ranks before a walk with this cost and first, in the (cost, first) order. */
const ranksBefore = (pool: LabelPool, id: number, cost: number, first: number): boolean =>
  pool.cost[id] < cost || (pool.cost[id] === cost && pool.first[id] < first);

/**
 * Extends the labels in `frontier` (all with `startHops` hops) layer by layer up to `maxHops`
 * hops. A walk may step onto x only when allowed[x] is 1, and only while it can still finish in
 * time: after h hops, distance[x] (hops from x to the goal side) must be ≤ maxHops − h.
 */
export function sweep(
  graph: IntroductionGraph,
  sets: LabelSets,
  frontier: number[],
  startHops: number,
  maxHops: number,
  allowed: Uint8Array,
  distance: Uint8Array,
): void {
  const { offsets, neighbours, costs } = graph;
  const pool = sets.pool;
  for (let hops = startHops + 1; hops <= maxHops && frontier.length > 0; hops++) {
    const next: number[] = [];
    const slack = maxHops - hops;
    for (const id of frontier) {
      const u = pool.node[id];
      const first = pool.first[id];
      const base = pool.cost[id];
      for (let e = offsets[u]; e < offsets[u + 1]; e++) {
        const x = neighbours[e];
        if (allowed[x] === 0 || distance[x] > slack) continue;
        const label = sets.offer(x, first, base + costs[e], hops, id);
        if (label >= 0) next.push(label);
      }
    }
    // Only now drop what this layer displaced. A label displaced *during* the next layer must
    // still be extended in it: it was among the best walks of ≤ hops hops, and a cheaper walk
    // with more hops cannot replace it where the hop limit is tight.
    frontier = next.filter((id) => pool.dead[id] === 0);
  }
}
