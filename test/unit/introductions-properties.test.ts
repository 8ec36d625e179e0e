/**
 * The engine against brute force on small random networks: every score, every route and every
 * ranking must match what enumerating all simple paths gives by the documented definitions, and
 * every returned path must obey the consent rules. Seeds are fixed so a failure replays exactly;
 * fast-check prints the shrunk counterexample and its seed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteBestPathsToPerson, bruteBestTargets, bruteStrengths } from '../reference/introductions-brute-force.ts';
import { makeConfig, type IntroductionConfig } from '../../server/graph/config.ts';
import type { PeopleGraphInput } from '../../server/graph/evidence.ts';
import { explainPath } from '../../server/graph/explain.ts';
import { indicesOf, type PeopleGraph } from '../../server/graph/people-graph.ts';
import { compilePeopleGraph } from '../../server/graph/compile.ts';
import {
  bestPathsToPerson,
  bestTargets,
  type IntroductionPath,
} from '../../server/features/introductions/engine/best-paths.ts';

const TODAY = '2026-10-31';
/** Input order differs from id order on purpose: the graph must index people by sorted id. */
const IDS = ['m', 'b', 'k', 'a', 'z', 'c', 'ka', 'y', 'd'];
/** Recent, exactly H and 2H old, old, today, and in the future (which counts as today). */
const DATES = ['2015-06-30', '2022-10-31', '2024-10-31', '2026-01-15', TODAY, '2027-03-01'];
/** Soak locally with INTRODUCTIONS_RUNS=100000 and INTRODUCTIONS_SEED=…; CI keeps the fixed seeds. */
const RUNS = Number(process.env.INTRODUCTIONS_RUNS ?? 1000);
const SEED = Number(process.env.INTRODUCTIONS_SEED ?? 3100);
const TIMEOUT = Math.max(5_000, RUNS * 5);

interface Scenario {
  input: PeopleGraphInput;
  config: IntroductionConfig;
  sources: string[];
  target: string;
  targets: string[];
  exclude: string[];
  k: number;
  maxHops: number;
}

const date = fc.option(fc.constantFrom(...DATES), { nil: undefined });

const scenario: fc.Arbitrary<Scenario> = fc
  .integer({ min: 4, max: 9 })
  .chain((n) => {
    const ids = IDS.slice(0, n);
    const id = fc.constantFrom(...ids);
    const group = fc.array(id, { minLength: 1, maxLength: 6 }); // duplicates on purpose
    return fc.record({
      order: fc.shuffledSubarray(ids, { minLength: n, maxLength: n }),
      hidden: fc.subarray(ids, { maxLength: 2 }),
      knows: fc.array(
        fc.record({
          a: id,
          b: id,
          strength: fc.integer({ min: 1, max: 5 }),
          lastContact: date,
          visibility: fc.constantFrom(
            'public' as const,
            'public' as const,
            'organisation' as const,
            'private' as const,
          ),
        }),
        { minLength: n, maxLength: 4 * n, size: 'max' },
      ),
      projects: fc.array(fc.record({ end: date, participants: group }), { maxLength: 3, size: 'max' }),
      organisations: fc.array(group, { maxLength: 3, size: 'max' }),
      sources: fc.oneof(
        id.map((s) => [s]),
        fc.subarray(ids, { minLength: 1, maxLength: 3 }),
      ),
      target: fc.record({ pick: fc.nat(), anyone: fc.integer({ min: 0, max: 7 }) }),
      targets: fc.record({ ids: fc.subarray(ids, { minLength: 1 }), anyone: fc.integer({ min: 0, max: 7 }) }),
      exclude: fc.subarray(ids, { maxLength: 2 }),
      k: fc.integer({ min: 1, max: 5 }),
      maxHops: fc.oneof(
        { arbitrary: fc.constant(1), weight: 1 },
        { arbitrary: fc.integer({ min: 2, max: 4 }), weight: 4 },
      ),
      // Small M and orgCap make the bounded label sets and the organisation cap actually bind.
      orgCap: fc.constantFrom(3, 100),
      scoreRoutes: fc.integer({ min: 1, max: 4 }),
      shownRoutes: fc.integer({ min: 1, max: 4 }),
    });
  })
  .map((r) => ({
    input: {
      today: TODAY,
      people: r.order.map((id) => ({ id, discoverable: !r.hidden.includes(id) })),
      knows: r.knows,
      projects: r.projects.map((p, i) => ({ id: `pj${i}`, end: p.end, participants: p.participants })),
      organisations: r.organisations.map((members, i) => ({ id: `o${i}`, currentMembers: members })),
    },
    config: makeConfig({
      orgCap: r.orgCap,
      scoreRoutes: r.scoreRoutes,
      shownRoutes: Math.min(r.shownRoutes, r.scoreRoutes),
    }),
    sources: r.sources,
    target: targetOf(r),
    targets: targetsOf(r),
    exclude: r.exclude,
    k: r.k,
    maxHops: r.maxHops,
  }));

interface Roles {
  order: string[];
  hidden: string[];
  sources: string[];
  exclude: string[];
  target: { pick: number; anyone: number };
  targets: { ids: string[]; anyone: number };
}
const usableIds = (r: Roles) =>
  r.order.filter((id) => ![r.hidden, r.sources, r.exclude].some((list) => list.includes(id)));

/** Mostly a person who may be a target at all; one time in eight anyone (hidden, excluded, a source). */
function targetOf(r: Roles): string {
  const usable = usableIds(r);
  const from = r.target.anyone === 0 || usable.length === 0 ? r.order : usable;
  return from[r.target.pick % from.length];
}
function targetsOf(r: Roles): string[] {
  const usable = r.targets.ids.filter((id) => usableIds(r).includes(id));
  return r.targets.anyone === 0 || usable.length === 0 ? r.targets.ids : usable;
}

function run(s: Scenario) {
  const graph = compilePeopleGraph(s.input, s.config);
  const options = { k: s.k, maxHops: s.maxHops, exclude: indicesOf(graph, s.exclude) };
  const sources = indicesOf(graph, s.sources);
  return { graph, options, sources };
}

const bruteOptions = (s: Scenario, k = s.k) => ({ k, maxHops: s.maxHops, exclude: s.exclude });
const close = (a: number, b: number, eps = 1e-9) => Math.abs(a - b) <= eps;
const expectClose = (actual: number[], expected: number[]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((x, i) => expect(close(x, expected[i]), `${actual} vs ${expected}`).toBe(true));
};
const idsOf = (graph: PeopleGraph, path: IntroductionPath) => path.people.map((p) => graph.ids[p]);

/** The consent and shape rules every returned path obeys. */
function expectAllowed(s: Scenario, graph: PeopleGraph, path: IntroductionPath, target?: string) {
  const ids = idsOf(graph, path);
  const strengths = bruteStrengths(s.input, s.config);
  const hidden = new Set(s.input.people.filter((p) => !p.discoverable).map((p) => p.id));
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.length - 1).toBeGreaterThanOrEqual(1);
  expect(ids.length - 1).toBeLessThanOrEqual(s.maxHops);
  expect(s.sources).toContain(ids[0]);
  if (target !== undefined) expect(ids.at(-1)).toBe(target);
  for (const later of ids.slice(1)) {
    expect(hidden.has(later) || s.exclude.includes(later) || s.sources.includes(later)).toBe(false);
  }
  expect(s.exclude).not.toContain(ids[0]);
  ids.slice(1).forEach((b, i) => {
    const a = ids[i];
    const s2 = strengths.get(a < b ? `${a} ${b}` : `${b} ${a}`);
    expect(s2, `hop ${a}–${b} has no usable evidence`).toBeDefined();
    expect(close(path.strengths[i], s2 as number, 1e-12)).toBe(true);
  });
}

/** r(age) written out once more, to check the explanation's numbers by hand. */
function byHand(config: IntroductionConfig, date: string | null): number {
  const years = date === null ? 4 : Math.max(0, Date.parse(TODAY) - Date.parse(date)) / 86_400_000 / 365.25;
  return config.recencyFloor + (1 - config.recencyFloor) * 2 ** (-years / config.halfLifeYears);
}

function expectExplained(graph: PeopleGraph, config: IntroductionConfig, path: IntroductionPath) {
  const explanation = explainPath(graph, path.people);
  expect(explanation.people).toEqual(idsOf(graph, path));
  let product = 1;
  explanation.hops.forEach((hop, i) => {
    expect(close(hop.strength, path.strengths[i], 1e-12)).toBe(true);
    let miss = 1;
    for (const e of hop.evidence) {
      const expected =
        e.kind === 'declared'
          ? (e.strength / 5) * byHand(config, e.lastContact)
          : e.kind === 'project'
            ? 0.6 * (e.end === null ? 1 : byHand(config, e.end)) * Math.min(1, Math.sqrt(8 / e.size))
            : 0.4 * Math.min(1, Math.sqrt(10 / e.size));
      expect(close(e.evidenceStrength, expected, 1e-12)).toBe(true);
      miss *= 1 - e.evidenceStrength;
    }
    expect(close(hop.strength, 1 - miss, 1e-12)).toBe(true);
    product *= hop.strength * explanation.hopFactor;
  });
  expect(close(product, path.score, 1e-12)).toBe(true);
  expect(explanation.score).toBe(path.score);
}

describe('introductions to a person, against brute force', () => {
  it(
    '(a) returns the brute-force scores, best first, one per first intermediary',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { graph, options, sources } = run(s);
          const answer = bestPathsToPerson(graph, sources, graph.indexOf.get(s.target) as number, options);
          const all = bruteBestPathsToPerson(s.input, s.config, s.sources, s.target, bruteOptions(s, 100));
          expectClose(
            answer.paths.map((p) => p.score),
            all.paths.slice(0, s.k).map((p) => p.score),
          );
          if (all.paths.length > 0) expect(close(answer.paths[0].score, all.paths[0].score)).toBe(true); // optimal
          const firsts = answer.paths.map((p) => p.people[1]);
          expect(new Set(firsts).size).toBe(firsts.length);
          for (const path of answer.paths) {
            const group = all.paths.find((b) => b.people[1] === graph.ids[path.people[1]]);
            expect(close(path.score, group?.score ?? NaN)).toBe(true);
          }
          expect(answer.reach).toBe(all.reach);
        }),
        { numRuns: RUNS, seed: SEED + 1 },
      );
    },
    TIMEOUT,
  );

  it(
    '(b) every path is allowed: usable hops, no hidden, excluded or repeated person, ≤ maxHops',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { graph, options, sources } = run(s);
          const answer = bestPathsToPerson(graph, sources, graph.indexOf.get(s.target) as number, options);
          for (const path of answer.paths) expectAllowed(s, graph, path, s.target);
          const targets = bestTargets(graph, sources, indicesOf(graph, s.targets), options);
          for (const t of targets.targets)
            for (const route of t.routes) expectAllowed(s, graph, route, graph.ids[t.target]);
        }),
        { numRuns: RUNS, seed: SEED + 2 },
      );
    },
    TIMEOUT,
  );

  it(
    '(c) finds a path whenever brute force finds one, and says why when not',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { graph, options, sources } = run(s);
          const answer = bestPathsToPerson(graph, sources, graph.indexOf.get(s.target) as number, options);
          const brute = bruteBestPathsToPerson(s.input, s.config, s.sources, s.target, bruteOptions(s));
          expect(answer.paths.length > 0).toBe(brute.paths.length > 0);
          expect(answer.reach).toBe(brute.reach);
        }),
        { numRuns: RUNS, seed: SEED + 3 },
      );
    },
    TIMEOUT,
  );
});

describe('introductions to a skill or organisation (a set of targets), against brute force', () => {
  it(
    '(d) returns the brute-force top-k targets, their T and their routes',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { graph, options, sources } = run(s);
          const answer = bestTargets(graph, sources, indicesOf(graph, s.targets), options);
          const all = bruteBestTargets(s.input, s.config, s.sources, s.targets, bruteOptions(s, 100));
          expectClose(
            answer.targets.map((t) => t.score),
            all.targets.slice(0, s.k).map((t) => t.score),
          );
          for (const t of answer.targets) {
            const expected = all.targets.find((b) => b.target === graph.ids[t.target]);
            expect(expected).toBeDefined();
            expect(close(t.score, expected?.score ?? NaN)).toBe(true);
            expectClose(
              t.routes.map((r) => r.score),
              (expected?.routes ?? []).map((r) => r.score),
            );
          }
          expect(answer.reach).toBe(all.reach);
        }),
        { numRuns: RUNS, seed: SEED + 4 },
      );
    },
    TIMEOUT,
  );

  it(
    '(e) explanations multiply back to every score',
    () => {
      fc.assert(
        fc.property(scenario, (s) => {
          const { graph, options, sources } = run(s);
          const person = bestPathsToPerson(graph, sources, graph.indexOf.get(s.target) as number, options);
          const targets = bestTargets(graph, sources, indicesOf(graph, s.targets), options);
          for (const path of person.paths) expectExplained(graph, s.config, path);
          for (const t of targets.targets) for (const route of t.routes) expectExplained(graph, s.config, route);
        }),
        { numRuns: RUNS, seed: SEED + 5 },
      );
    },
    TIMEOUT,
  );
});
