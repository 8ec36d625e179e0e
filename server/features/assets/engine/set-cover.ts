/**
 * Smallest set cover, exactly when the instance is small enough and greedily otherwise.
 * - Exact: sets that another set contains are dropped (never needed in a minimum cover), then a
 *   depth-first branch and bound branches on the uncovered element with the fewest covering sets
 *   and prunes with the bound ⌈uncovered / largest set⌉; it gives up after NODE_BUDGET nodes.
 * - Greedy: repeatedly the set covering most uncovered elements (lowest index on ties). Its size
 *   is at most H(d) × optimum, H(d) = 1 + 1/2 + … + 1/d, d = the largest set (Johnson 1974,
 *   Chvátal 1979); the answer reports that factor and a lower bound on the optimum.
 */
export interface CoverAnswer {
  /** Indices of the chosen sets, in the order they were picked. */
  chosen: number[];
  method: 'exact' | 'greedy';
  /** For greedy: H(d); for exact: 1. */
  ratioBound: number;
  /** No cover can be smaller than this. */
  lowerBound: number;
  /** Elements no set covers (left out of the cover). */
  uncoverable: number[];
}

const NODE_BUDGET = 200_000;

export function harmonic(d: number): number {
  let h = 0;
  for (let i = 1; i <= d; i++) h += 1 / i;
  return h;
}

export function setCover(universe: readonly number[], sets: readonly (readonly number[])[]): CoverAnswer {
  const coverable = new Set(sets.flat());
  const elements = [...new Set(universe)].filter((x) => coverable.has(x));
  const uncoverable = [...new Set(universe)].filter((x) => !coverable.has(x));
  const inUniverse = new Set(elements);
  const trimmed = sets.map((s) => [...new Set(s)].filter((x) => inUniverse.has(x)));
  const greedy = greedyCover(elements, trimmed);
  const largest = Math.max(1, ...trimmed.map((s) => s.length));
  const simple = Math.ceil(elements.length / largest);
  const exact = exactCover(elements, trimmed, greedy.length);
  if (exact) return { chosen: exact, method: 'exact', ratioBound: 1, lowerBound: exact.length, uncoverable };
  const ratio = harmonic(largest);
  return {
    chosen: greedy,
    method: 'greedy',
    ratioBound: ratio,
    lowerBound: Math.max(simple, Math.ceil(greedy.length / ratio - 1e-9)),
    uncoverable,
  };
}

export function greedyCover(elements: readonly number[], sets: readonly (readonly number[])[]): number[] {
  const uncovered = new Set(elements);
  const chosen: number[] = [];
  while (uncovered.size > 0) {
    let [best, gain] = [-1, 0];
    sets.forEach((s, i) => {
      const g = s.reduce((n, x) => n + (uncovered.has(x) ? 1 : 0), 0);
      if (g > gain) [best, gain] = [i, g];
    });
    if (best < 0) break;
    chosen.push(best);
    for (const x of sets[best]!) uncovered.delete(x);
  }
  return chosen;
}

/** Minimum cover, or undefined when the search budget ran out before proving optimality. */
function exactCover(elements: readonly number[], sets: readonly (readonly number[])[], upper: number) {
  const candidates = undominated(sets);
  const covering = new Map<number, number[]>(elements.map((x) => [x, []]));
  for (const i of candidates) for (const x of sets[i]!) covering.get(x)?.push(i);
  let best: number[] | undefined;
  let bestSize = upper + 1;
  let nodes = 0;
  const search = (uncovered: Set<number>, chosen: number[]): boolean => {
    if (++nodes > NODE_BUDGET) return false;
    if (uncovered.size === 0) {
      if (chosen.length < bestSize) [best, bestSize] = [[...chosen], chosen.length];
      return true;
    }
    const largest = Math.max(...candidates.map((i) => sets[i]!.filter((x) => uncovered.has(x)).length));
    if (chosen.length + Math.ceil(uncovered.size / Math.max(1, largest)) >= bestSize) return true;
    let pivot = -1;
    for (const x of uncovered) if (pivot < 0 || covering.get(x)!.length < covering.get(pivot)!.length) pivot = x;
    for (const i of covering.get(pivot)!) {
      const next = new Set(uncovered);
      for (const x of sets[i]!) next.delete(x);
      if (!search(next, [...chosen, i])) return false;
    }
    return true;
  };
  return search(new Set(elements), []) ? best : undefined;
}

/** Sets not strictly contained in another (of equal sets, the lowest index stays). */
function undominated(sets: readonly (readonly number[])[]): number[] {
  const asSets = sets.map((s) => new Set(s));
  return sets.flatMap((s, i) => {
    if (s.length === 0) return [];
    const dominated = asSets.some(
      (other, j) =>
        j !== i && other.size >= s.length && (other.size > s.length || j < i) && s.every((x) => other.has(x)),
    );
    return dominated ? [] : [i];
  });
}
