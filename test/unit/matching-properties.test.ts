/**
 * The STO–NPO assignment against brute force on small random instances: it must respect every
 * capacity, give each organisation at most one STO, propose only pairs that cover a need, and
 * reach exactly the best value (covered priority first, then closeness).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteBestValue } from '../reference/matching-brute-force.ts';
import { assignStos, pairValue, type MatchingInput } from '../../server/features/matching/engine/index.ts';

const instance: fc.Arbitrary<MatchingInput> = fc
  .record({ S: fc.integer({ min: 1, max: 4 }), O: fc.integer({ min: 1, max: 6 }) })
  .chain(({ S, O }) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: S, maxLength: S }),
      organisations: fc.constant(O),
      coverage: fc.array(fc.array(fc.constantFrom(0, 0, 1, 2, 3, 5, 9), { minLength: O, maxLength: O }), {
        minLength: S,
        maxLength: S,
      }),
      closeness: fc.array(fc.array(fc.constantFrom(0, 0.05, 0.3, 0.6065, 1), { minLength: O, maxLength: O }), {
        minLength: S,
        maxLength: S,
      }),
    }),
  );

describe('STO–NPO assignment', () => {
  it('is feasible and exactly optimal', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const { pairs, coverage } = assignStos(input);
        const load = new Map<number, number>();
        for (const [s, o] of pairs) {
          load.set(s, (load.get(s) ?? 0) + 1);
          expect(input.coverage[s][o]).toBeGreaterThan(0);
        }
        for (const [s, n] of load) expect(n).toBeLessThanOrEqual(input.capacities[s]);
        expect(new Set(pairs.map(([, o]) => o)).size).toBe(pairs.length);
        const value = pairs.reduce((sum, [s, o]) => sum + pairValue(input, s, o), 0);
        expect(value).toBe(bruteBestValue(input));
        expect(coverage).toBe(pairs.reduce((sum, [s, o]) => sum + input.coverage[s][o], 0));
      }),
      { numRuns: Number(process.env.TEAMS_RUNS ?? 500), seed: 61 },
    );
  });

  it('puts covered priority before closeness', () => {
    // One STO, capacity 1: a close organisation with a small need loses to a far one with a big need.
    const input = { capacities: [1], organisations: 2, coverage: [[1, 2]], closeness: [[1, 0]] };
    expect(assignStos(input).pairs).toEqual([[0, 1]]);
  });
});
