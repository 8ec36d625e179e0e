/**
 * Handover plans rest on set cover: the exact search must find a true minimum (checked by trying
 * every smaller combination) and the greedy fallback must stay within its stated H(d) bound.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { greedyCover, harmonic, setCover } from '../../server/features/assets/engine/set-cover.ts';

function minimumBrute(universe: number[], sets: number[][]): number {
  const need = new Set(universe.filter((x) => sets.some((s) => s.includes(x))));
  for (let size = 0; size <= sets.length; size++) {
    const pick = (from: number, left: number, covered: Set<number>): boolean => {
      if (left === 0) return [...need].every((x) => covered.has(x));
      for (let i = from; i < sets.length; i++)
        if (pick(i + 1, left - 1, new Set([...covered, ...sets[i]!]))) return true;
      return false;
    };
    if (pick(0, size, new Set())) return size;
  }
  return sets.length;
}

describe('set cover', () => {
  it('exact covers are minimum and cover everything coverable', () => {
    const instance = fc.record({
      universe: fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 12 }),
      sets: fc.array(fc.uniqueArray(fc.integer({ min: 0, max: 11 }), { maxLength: 5 }), { maxLength: 9 }),
    });
    fc.assert(
      fc.property(instance, ({ universe, sets }) => {
        const answer = setCover(universe, sets);
        expect(answer.method).toBe('exact');
        const covered = new Set(answer.chosen.flatMap((i) => sets[i]!));
        const coverable = universe.filter((x) => sets.some((s) => s.includes(x)));
        expect(coverable.every((x) => covered.has(x))).toBe(true);
        expect(answer.uncoverable.sort()).toEqual(universe.filter((x) => !coverable.includes(x)).sort());
        expect(answer.chosen.length).toBe(minimumBrute(universe, sets));
        expect(answer.lowerBound).toBe(answer.chosen.length);
      }),
      { numRuns: 300, seed: 3 },
    );
  });

  it('greedy stays within H(d) of the optimum on the classic bad instance', () => {
    // Two rows of 2^k − 1 elements cover everything (optimum 2); greedy takes the k "columns".
    const k = 5;
    const top = Array.from({ length: 2 ** k - 1 }, (_, i) => i);
    const bottom = top.map((x) => x + 100);
    const columns = Array.from({ length: k }, (_, j) =>
      top.filter((x) => x >= 2 ** j - 1 && x < 2 ** (j + 1) - 1).flatMap((x) => [x, x + 100]),
    );
    const sets = [...columns.reverse(), top, bottom];
    const greedy = greedyCover([...top, ...bottom], sets);
    expect(greedy.length).toBe(k);
    expect(greedy.length).toBeLessThanOrEqual(harmonic(Math.max(...sets.map((s) => s.length))) * 2);
    expect(setCover([...top, ...bottom], sets).chosen.length).toBe(2);
  });
});
