/**
 * A fast draft layout for large graphs, over typed arrays: pivot MDS (Brandes & Pich 2006, the
 * idea behind fcose's draft "spectral" placement) per connected component, a grid-based pass that
 * pushes apart nodes closer than `minDistance`, then the components packed in rows, largest first.
 * Runs in the layout worker; fcose's own draft spends most of its time building Cytoscape
 * collections (docs/decisions/0023). Deterministic: the first pivot comes from the seed, every
 * other choice breaks ties by index.
 */
import { mulberry32 } from './seeded-random.ts';

export interface PivotMdsOptions {
  pivots: number;
  edgeLength: number;
  minDistance: number;
}

const DEFAULTS: PivotMdsOptions = { pivots: 30, edgeLength: 80, minDistance: 34 };

/** `edges` holds index pairs (source, target); returns x, y pairwise for each of the `n` nodes. */
export function pivotMds(
  n: number,
  edges: Int32Array,
  seed: number,
  options: Partial<PivotMdsOptions> = {},
): Float64Array {
  const o = { ...DEFAULTS, ...options };
  const { offsets, neighbours } = adjacency(n, edges);
  const random = mulberry32(seed);
  const positions = new Float64Array(n * 2);
  const boxes: { nodes: Int32Array; x1: number; y1: number; w: number; h: number }[] = [];
  for (const nodes of components(n, offsets, neighbours)) {
    placeComponent(nodes, offsets, neighbours, positions, random, o);
    spread(nodes, positions, o.minDistance);
    let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const v of nodes) {
      x1 = Math.min(x1, positions[2 * v]!);
      x2 = Math.max(x2, positions[2 * v]!);
      y1 = Math.min(y1, positions[2 * v + 1]!);
      y2 = Math.max(y2, positions[2 * v + 1]!);
    }
    boxes.push({ nodes, x1, y1, w: x2 - x1, h: y2 - y1 });
  }
  pack(boxes, positions, o.minDistance * 2);
  return positions;
}

function adjacency(n: number, edges: Int32Array): { offsets: Int32Array; neighbours: Int32Array } {
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < edges.length; i++) offsets[edges[i]! + 1]! += 1;
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Int32Array(edges.length);
  for (let i = 0; i < edges.length; i += 2) {
    const [a, b] = [edges[i]!, edges[i + 1]!];
    neighbours[fill[a]!++] = b;
    neighbours[fill[b]!++] = a;
  }
  return { offsets, neighbours };
}

function components(n: number, offsets: Int32Array, neighbours: Int32Array): Int32Array[] {
  const seen = new Uint8Array(n);
  const queue = new Int32Array(n);
  const found: Int32Array[] = [];
  for (let s = 0; s < n; s++) {
    if (seen[s]) continue;
    let [head, tail] = [0, 0];
    queue[tail++] = s;
    seen[s] = 1;
    while (head < tail) {
      const v = queue[head++]!;
      for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
        const w = neighbours[e]!;
        if (!seen[w]) {
          seen[w] = 1;
          queue[tail++] = w;
        }
      }
    }
    found.push(queue.slice(0, tail));
  }
  return found;
}

/** Hops from `from` to every node of the component (local indices). */
function bfs(from: number, nodes: Int32Array, local: Map<number, number>, offsets: Int32Array, neighbours: Int32Array) {
  const dist = new Float64Array(nodes.length).fill(-1);
  const queue = new Int32Array(nodes.length);
  let [head, tail] = [0, 0];
  queue[tail++] = from;
  dist[local.get(from)!] = 0;
  while (head < tail) {
    const v = queue[head++]!;
    const d = dist[local.get(v)!]! + 1;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = local.get(neighbours[e]!)!;
      if (dist[w]! < 0) {
        dist[w] = d;
        queue[tail++] = neighbours[e]!;
      }
    }
  }
  return dist;
}

function placeComponent(
  nodes: Int32Array,
  offsets: Int32Array,
  neighbours: Int32Array,
  positions: Float64Array,
  random: () => number,
  o: PivotMdsOptions,
): void {
  const m = nodes.length;
  if (m <= 2) {
    nodes.forEach((v, i) => {
      positions[2 * v] = i * o.edgeLength;
      positions[2 * v + 1] = 0;
    });
    return;
  }
  const local = new Map<number, number>();
  nodes.forEach((v, i) => local.set(v, i));
  const k = Math.min(o.pivots, m);
  const columns: Float64Array[] = [];
  const nearest = new Float64Array(m).fill(Infinity);
  let pivot = Math.floor(random() * m);
  for (let j = 0; j < k; j++) {
    const dist = bfs(nodes[pivot]!, nodes, local, offsets, neighbours);
    columns.push(dist);
    let best = -1;
    for (let i = 0; i < m; i++) {
      nearest[i] = Math.min(nearest[i]!, dist[i]!);
      if (best < 0 || nearest[i]! > nearest[best]!) best = i;
    }
    pivot = best;
  }
  // C[i][j] = -1/2 (d² - row mean - column mean + grand mean)
  const c = columns.map((col) => col.map((d) => d * d));
  const rows = new Float64Array(m);
  for (const col of c) for (let i = 0; i < m; i++) rows[i]! += col[i]! / k;
  const grand = rows.reduce((a, b) => a + b, 0) / m;
  for (const col of c) {
    const mean = col.reduce((a, b) => a + b, 0) / m;
    for (let i = 0; i < m; i++) col[i] = -0.5 * (col[i]! - rows[i]! - mean + grand);
  }
  const s = Array.from({ length: k }, (_, a) =>
    Float64Array.from({ length: k }, (_, b) => {
      let sum = 0;
      for (let i = 0; i < m; i++) sum += c[a]![i]! * c[b]![i]!;
      return sum;
    }),
  );
  const first = eigenvector(s, null);
  const second = eigenvector(s, first);
  for (let i = 0; i < m; i++) {
    let [x, y] = [0, 0];
    for (let j = 0; j < k; j++) {
      x += c[j]![i]! * first[j]!;
      y += c[j]![i]! * second[j]!;
    }
    positions[2 * nodes[i]!] = x;
    positions[2 * nodes[i]! + 1] = y;
  }
  scale(nodes, offsets, neighbours, positions, o.edgeLength);
  roomFor(nodes, positions, o.minDistance);
}

/** Spreads a component that is too tight for its nodes (hop distances pile up a dense core). */
function roomFor(nodes: Int32Array, p: Float64Array, min: number): void {
  let [x1, y1, x2, y2] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const v of nodes) {
    x1 = Math.min(x1, p[2 * v]!);
    x2 = Math.max(x2, p[2 * v]!);
    y1 = Math.min(y1, p[2 * v + 1]!);
    y2 = Math.max(y2, p[2 * v + 1]!);
  }
  const wanted = nodes.length * min * min * 3;
  const area = Math.max(1, (x2 - x1) * (y2 - y1));
  if (area >= wanted) return;
  const factor = Math.sqrt(wanted / area);
  for (const v of nodes) {
    p[2 * v]! *= factor;
    p[2 * v + 1]! *= factor;
  }
}

/** The dominant eigenvector of the symmetric `s`, orthogonal to `other` when given. */
function eigenvector(s: Float64Array[], other: Float64Array | null): Float64Array {
  const k = s.length;
  let v = Float64Array.from({ length: k }, (_, i) => 1 + ((i * 7919) % 13) / 13);
  for (let iter = 0; iter < 200; iter++) {
    if (other) {
      const dot = v.reduce((a, x, i) => a + x * other[i]!, 0);
      v = v.map((x, i) => x - dot * other[i]!);
    }
    const next = new Float64Array(k);
    for (let a = 0; a < k; a++) for (let b = 0; b < k; b++) next[a]! += s[a]![b]! * v[b]!;
    const norm = Math.hypot(...next) || 1;
    v = next.map((x) => x / norm);
  }
  return v;
}

/** Scales a component so its mean edge is `length` long. */
function scale(nodes: Int32Array, offsets: Int32Array, neighbours: Int32Array, p: Float64Array, length: number) {
  let [sum, count] = [0, 0];
  for (const v of nodes)
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = neighbours[e]!;
      sum += Math.hypot(p[2 * v]! - p[2 * w]!, p[2 * v + 1]! - p[2 * w + 1]!);
      count += 1;
    }
  const factor = sum > 0 ? length / (sum / count) : 1;
  for (const v of nodes) {
    p[2 * v]! *= factor;
    p[2 * v + 1]! *= factor;
  }
}

/** Pushes apart nodes closer than `min`, a few rounds over a grid of `min`-sized cells. */
function spread(nodes: Int32Array, p: Float64Array, min: number): void {
  for (let round = 0; round < 30; round++) {
    const grid = new Map<string, number[]>();
    for (const v of nodes) {
      const key = `${Math.floor(p[2 * v]! / min)},${Math.floor(p[2 * v + 1]! / min)}`;
      const cell = grid.get(key);
      if (cell) cell.push(v);
      else grid.set(key, [v]);
    }
    let moved = false;
    for (const v of nodes) {
      const cx = Math.floor(p[2 * v]! / min);
      const cy = Math.floor(p[2 * v + 1]! / min);
      for (let dx = -1; dx <= 1; dx++)
        for (let dy = -1; dy <= 1; dy++)
          for (const w of grid.get(`${cx + dx},${cy + dy}`) ?? []) {
            if (w <= v) continue;
            let ddx = p[2 * w]! - p[2 * v]!;
            let ddy = p[2 * w + 1]! - p[2 * v + 1]!;
            let d = Math.hypot(ddx, ddy);
            if (d >= min) continue;
            if (d === 0) {
              // Same spot: part along the golden angle, by index, so the result never varies.
              const angle = (v + w) * 2.399963;
              [ddx, ddy, d] = [Math.cos(angle), Math.sin(angle), 1];
            }
            const push = (min - d) / 2 / d;
            p[2 * v]! -= ddx * push;
            p[2 * v + 1]! -= ddy * push;
            p[2 * w]! += ddx * push;
            p[2 * w + 1]! += ddy * push;
            moved = true;
          }
    }
    if (!moved) return;
  }
}

/** Rows of components, largest first, about as wide as the whole is tall. */
function pack(
  boxes: { nodes: Int32Array; x1: number; y1: number; w: number; h: number }[],
  p: Float64Array,
  gap: number,
): void {
  boxes.sort((a, b) => b.nodes.length - a.nodes.length || a.nodes[0]! - b.nodes[0]!);
  const area = boxes.reduce((sum, b) => sum + (b.w + gap) * (b.h + gap), 0);
  const width = Math.max(Math.sqrt(area) * 1.2, ...boxes.map((b) => b.w + gap));
  let [x, y, rowHeight] = [0, 0, 0];
  for (const box of boxes) {
    if (x > 0 && x + box.w > width) [x, y, rowHeight] = [0, y + rowHeight + gap, 0];
    for (const v of box.nodes) {
      p[2 * v] = p[2 * v]! - box.x1 + x;
      p[2 * v + 1] = p[2 * v + 1]! - box.y1 + y;
    }
    x += box.w + gap;
    rowHeight = Math.max(rowHeight, box.h);
  }
}
