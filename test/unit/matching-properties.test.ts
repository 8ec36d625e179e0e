/**
 * The STO–NPO assignment against brute force on small random instances, with locked and
 * forbidden pairs and capacities in organisations and in hours: it must keep every locked pair,
 * use no forbidden one, respect every capacity (a locked STO over capacity takes nothing more),
 * give each organisation at most one STO, propose only pairs that cover a need, and reach exactly
 * the best value (covered priority first, then closeness).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteBestValue } from '../reference/matching-brute-force.ts';
import { assignStos, pairValue, type MatchingInput } from '../../server/features/matching/engine/index.ts';

const matrix = <T>(S: number, O: number, cell: fc.Arbitrary<T>) =>
  fc.array(fc.array(cell, { minLength: O, maxLength: O }), { minLength: S, maxLength: S });

const instance: fc.Arbitrary<MatchingInput> = fc
  .record({ S: fc.integer({ min: 1, max: 4 }), O: fc.integer({ min: 1, max: 6 }) })
  .chain(({ S, O }) =>
    fc.record({
      capacities: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: S, maxLength: S }),
      hours: fc.array(fc.option(fc.integer({ min: 0, max: 14 }), { nil: null }), { minLength: S, maxLength: S }),
      hoursPerOrganisation: fc.constantFrom(1, 3, 4, 6),
      organisations: fc.constant(O),
      coverage: matrix(S, O, fc.constantFrom(0, 0, 1, 2, 3, 5, 9)),
      closeness: matrix(S, O, fc.constantFrom(0, 0.05, 0.3, 0.6065, 1)),
      // Each organisation: no rule, locked to one or two STOs, or some STOs forbidden.
      rules: fc.array(
        fc.oneof(
          fc.constant({ lock: [] as number[], forbid: [] as number[] }),
          fc.record({
            lock: fc.subarray([...Array(S).keys()], { minLength: 1, maxLength: Math.min(2, S) }),
            forbid: fc.constant([] as number[]),
          }),
          fc.record({ lock: fc.constant([] as number[]), forbid: fc.subarray([...Array(S).keys()]) }),
        ),
        { minLength: O, maxLength: O },
      ),
    }),
  )
  .map(({ rules, ...rest }) => ({
    ...rest,
    locked: rules.flatMap((r, o) => r.lock.map((s): [number, number] => [s, o])),
    forbidden: rules.flatMap((r, o) => r.forbid.map((s): [number, number] => [s, o])),
  }));

function limitOf(input: MatchingInput, s: number): number {
  const hours = input.hours?.[s] ?? null;
  const byHours = hours === null ? Infinity : Math.floor(hours / input.hoursPerOrganisation!);
  return Math.min(input.capacities[s], byHours);
}

describe('STO–NPO assignment', () => {
  it('keeps locks, avoids forbidden pairs, respects capacities and hours, and is exactly optimal', () => {
    fc.assert(
      fc.property(instance, (input) => {
        const { pairs, coverage } = assignStos(input);
        const key = ([s, o]: readonly [number, number]) => `${s}:${o}`;
        const chosen = new Set(pairs.map(key));
        for (const lock of input.locked!) expect(chosen.has(key(lock))).toBe(true);
        for (const rule of input.forbidden!) expect(chosen.has(key(rule))).toBe(false);
        const lockedKeys = new Set(input.locked!.map(key));
        const load = new Map<number, { all: number; locked: number }>();
        for (const pair of pairs) {
          const [s, o] = pair;
          const l = load.get(s) ?? { all: 0, locked: 0 };
          l.all++;
          if (lockedKeys.has(key(pair))) l.locked++;
          else expect(input.coverage[s][o]).toBeGreaterThan(0);
          load.set(s, l);
        }
        for (const [s, l] of load) expect(l.all).toBeLessThanOrEqual(Math.max(l.locked, limitOf(input, s)));
        const proposed = pairs.filter((p) => !lockedKeys.has(key(p)));
        const lockedOrgs = new Set(input.locked!.map(([, o]) => o));
        for (const [, o] of proposed) expect(lockedOrgs.has(o)).toBe(false);
        expect(new Set(proposed.map(([, o]) => o)).size).toBe(proposed.length);
        const value = pairs.reduce((sum, [s, o]) => sum + pairValue(input, s, o), 0);
        expect(value).toBe(bruteBestValue(input));
        expect(coverage).toBe(pairs.reduce((sum, [s, o]) => sum + input.coverage[s][o], 0));
      }),
      { numRuns: Number(process.env.TEAMS_RUNS ?? 800), seed: 61 },
    );
  });

  it('puts covered priority before closeness', () => {
    // One STO, capacity 1: a close organisation with a small need loses to a far one with a big need.
    const input = { capacities: [1], organisations: 2, coverage: [[1, 2]], closeness: [[1, 0]] };
    expect(assignStos(input).pairs).toEqual([[0, 1]]);
  });

  it('limits an STO by hours as well as by organisations', () => {
    // Capacity 3, but 6 hours a month at 4 hours per organisation: one organisation only.
    const input = {
      capacities: [3],
      hours: [6],
      hoursPerOrganisation: 4,
      organisations: 3,
      coverage: [[5, 3, 1]],
      closeness: [[0, 0, 0]],
    };
    expect(assignStos(input).pairs).toEqual([[0, 0]]);
    expect(assignStos({ ...input, hoursPerOrganisation: 2 }).pairs).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
    ]);
  });

  it('keeps a locked pair that covers nothing, and it uses the capacity', () => {
    const input = {
      capacities: [1],
      organisations: 2,
      coverage: [[0, 9]],
      closeness: [[1, 0]],
      locked: [[0, 0]] as [number, number][],
    };
    expect(assignStos(input).pairs).toEqual([[0, 0]]);
  });

  it('keeps two locked STOs of one organisation and proposes no third', () => {
    const input = {
      capacities: [1, 1, 1],
      organisations: 1,
      coverage: [[1], [1], [9]],
      closeness: [[0], [0], [0]],
      locked: [
        [0, 0],
        [1, 0],
      ] as [number, number][],
    };
    expect(assignStos(input).pairs).toEqual([
      [0, 0],
      [1, 0],
    ]);
  });
});
