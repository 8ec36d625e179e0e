import { describe, expect, it } from 'vitest';
import { pivotMds } from '../../client/src/graph/pivot-mds.ts';

/** Two rings of 200 joined by one edge, and 30 lone nodes. */
function twoRings(): { n: number; edges: Int32Array } {
  const pairs: number[] = [];
  for (const base of [0, 200]) for (let i = 0; i < 200; i++) pairs.push(base + i, base + ((i + 1) % 200));
  pairs.push(0, 200);
  return { n: 430, edges: new Int32Array(pairs) };
}

const distance = (p: Float64Array, a: number, b: number) =>
  Math.hypot(p[2 * a]! - p[2 * b]!, p[2 * a + 1]! - p[2 * b + 1]!);

describe('pivot MDS draft layout', () => {
  it('gives the same positions for the same seed, and others for another seed', () => {
    const { n, edges } = twoRings();
    const a = pivotMds(n, edges, 7);
    expect(pivotMds(n, edges, 7)).toEqual(a);
    expect(pivotMds(n, edges, 8)).not.toEqual(a);
    expect(a.every(Number.isFinite)).toBe(true);
  });

  it('keeps linked nodes near each other and no two nodes on one spot', () => {
    const { n, edges } = twoRings();
    const p = pivotMds(n, edges, 7, { minDistance: 30 });
    const linked = Array.from({ length: 199 }, (_, i) => distance(p, i, i + 1));
    const across = Array.from({ length: 199 }, (_, i) => distance(p, i, (i + 100) % 200));
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean(linked) * 3).toBeLessThan(mean(across));
    let closest = Infinity;
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) closest = Math.min(closest, distance(p, i, j));
    expect(closest).toBeGreaterThan(10);
  });
});
