/**
 * The team algorithms against brute force on small random instances: the exact parts (shortest
 * introduction costs, core as leader, top-k by partitioning under an exact solver) must be exactly
 * optimal; the heuristics must return valid teams, never worse than core-as-leader, within the
 * set-cover bound H(m) of the optimum, locally optimal, and spread load across alternatives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bruteBestScore, bruteLeaderCosts, leaderCost } from '../reference/teams-brute-force.ts';
import {
  composeTeam,
  distinctExperts,
  greedyCover,
  isValid,
  nearestPerSkill,
  score,
  topTeams,
  type TeamProblem,
} from '../../server/features/teams/engine/index.ts';
import { shortestPaths, type CostGraph } from '../../server/graph/traverse.ts';
import { compareScores } from '../../server/features/teams/engine/problem.ts';

const RUNS = Number(process.env.TEAMS_RUNS ?? 300);
const SEED = Number(process.env.TEAMS_SEED ?? 600);
const params = { numRuns: RUNS, seed: SEED };

interface Instance {
  n: number;
  edges: [number, number, number][];
}

const graphArb: fc.Arbitrary<Instance> = fc.integer({ min: 2, max: 8 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.constantFrom(0, 0.5, 1, 1.25, 2, 3.5)), {
      maxLength: 16,
    }),
  }),
);

function csr({ n, edges }: Instance): CostGraph {
  const adj = Array.from({ length: n }, () => new Map<number, number>());
  for (const [a, b, c] of edges) {
    if (a === b) continue;
    const cost = Math.min(c, adj[a].get(b) ?? Infinity);
    adj[a].set(b, cost);
    adj[b].set(a, cost);
  }
  const offsets = new Int32Array(n + 1);
  const neighbours: number[] = [];
  const costs: number[] = [];
  adj.forEach((m, v) => {
    for (const [u, c] of [...m].sort((x, y) => x[0] - y[0])) {
      neighbours.push(u);
      costs.push(c);
    }
    offsets[v + 1] = neighbours.length;
  });
  return { offsets, neighbours: Int32Array.from(neighbours), costs: Float64Array.from(costs) };
}

/** Hop-bounded cheapest walks by plain dynamic programming over hop counts (Bellman–Ford). */
function bruteDistances(g: CostGraph, sources: number[], allowed: Uint8Array, maxHops: number): number[] {
  const n = g.offsets.length - 1;
  let d = Array.from({ length: n }, (_, v) => (sources.includes(v) ? 0 : Infinity));
  for (let h = 0; h < Math.min(maxHops, n + 1); h++) {
    const next = [...d];
    for (let u = 0; u < n; u++)
      for (let e = g.offsets[u]; e < g.offsets[u + 1]; e++)
        if (allowed[g.neighbours[e]]) next[g.neighbours[e]] = Math.min(next[g.neighbours[e]], d[u] + g.costs[e]);
    d = next;
  }
  return d;
}

const pathCost = (g: CostGraph, path: number[]) => {
  let c = 0;
  for (let i = 0; i + 1 < path.length; i++) {
    let found = Infinity;
    for (let e = g.offsets[path[i]]; e < g.offsets[path[i] + 1]; e++)
      if (g.neighbours[e] === path[i + 1]) found = g.costs[e];
    c += found;
  }
  return c;
};

describe('shortest introduction costs', () => {
  it('match brute force, with and without a hop limit, and rebuild paths of that cost', () => {
    const arb = graphArb.chain((inst) =>
      fc.record({
        inst: fc.constant(inst),
        sources: fc.uniqueArray(fc.nat(inst.n - 1), { minLength: 1, maxLength: 2 }),
        blocked: fc.uniqueArray(fc.nat(inst.n - 1), { maxLength: 2 }),
        maxHops: fc.constantFrom(1, 2, 3, Infinity),
      }),
    );
    fc.assert(
      fc.property(arb, ({ inst, sources, blocked, maxHops }) => {
        const g = csr(inst);
        const allowed = Uint8Array.from({ length: inst.n }, (_, v) => (blocked.includes(v) ? 0 : 1));
        const sp = shortestPaths(g, sources, allowed, maxHops);
        const expected = bruteDistances(g, sources, allowed, maxHops);
        for (let v = 0; v < inst.n; v++) {
          expect(sp.dist[v]).toBeCloseTo(expected[v], 9);
          const path = sp.pathTo(v);
          if (!Number.isFinite(expected[v])) {
            expect(path).toEqual([]);
            continue;
          }
          expect(sources).toContain(path[0]);
          expect(path.at(-1)).toBe(v);
          expect(path.length - 1).toBeLessThanOrEqual(maxHops);
          expect(path.slice(1).every((p) => allowed[p] === 1)).toBe(true);
          expect(pathCost(g, path)).toBeCloseTo(sp.dist[v], 9);
        }
      }),
      params,
    );
  });
});

/** A metric problem: reach and distance from shortest paths of a random connected-ish graph. */
const problemArb: fc.Arbitrary<TeamProblem> = fc.integer({ min: 3, max: 8 }).chain((n) =>
  fc
    .record({
      costs: fc.array(fc.constantFrom<number>(0.5, 1, 1.5, 2, 3), { minLength: n * n, maxLength: n * n }),
      skills: fc.array(
        fc.record({
          weight: fc.constantFrom(1, 2, 3),
          holders: fc.uniqueArray(fc.integer({ min: 1, max: n - 1 }), { minLength: 1, maxLength: 4 }),
        }),
        { minLength: 1, maxLength: 4 },
      ),
      cohesionWeight: fc.constantFrom(0, 0, 0.5, 1),
      maxExperts: fc.integer({ min: 1, max: 5 }),
    })
    .map(({ costs, skills, cohesionWeight, maxExperts }) => {
      // A complete graph with random costs; distances are its shortest paths (a metric), person 0 is the core.
      const d = Array.from({ length: n }, (_, a) =>
        Array.from({ length: n }, (_, b) => (a === b ? 0 : costs[Math.min(a, b) * n + Math.max(a, b)])),
      );
      for (let k = 0; k < n; k++)
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) d[a][b] = Math.min(d[a][b], d[a][k] + d[k][b]);
      const reach = (p: number) => d[0][p];
      const slots = skills.map((s) => ({
        weight: s.weight,
        holders: [...s.holders].sort((x, y) => reach(x) - reach(y) || x - y),
      }));
      return { skills: slots, reach, distance: (a: number, b: number) => d[a][b], cohesionWeight, maxExperts };
    }),
);

const harmonic = (m: number) => Array.from({ length: m }, (_, i) => 1 / (i + 1)).reduce((a, b) => a + b, 0);

describe('team composition', () => {
  it('core as leader is exactly optimal for the leader objective', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        expect(leaderCost(p, nearestPerSkill(p))).toBeCloseTo(bruteLeaderCosts(p)[0], 9);
      }),
      params,
    );
  });

  it('composes valid teams, never worse than core as leader, within H(m) of the optimum', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const team = composeTeam(p);
        expect(isValid(p, team)).toBe(true);
        const s = score(p, team);
        const best = bruteBestScore(p);
        expect(compareScores(s, best)).toBeGreaterThanOrEqual(0); // brute force is the optimum
        const nearest = nearestPerSkill(p);
        if (distinctExperts(nearest).length <= p.maxExperts) {
          expect(compareScores(s, score(p, nearest))).toBeLessThanOrEqual(0);
          expect(s.coveredWeight).toBe(best.coveredWeight); // everything is covered
        }
        if (p.cohesionWeight === 0 && p.maxExperts >= p.skills.length) {
          expect(s.objective).toBeLessThanOrEqual(harmonic(p.skills.length) * best.objective + 1e-9);
          expect(compareScores(s, score(p, greedyCover(p)))).toBeLessThanOrEqual(0);
        }
      }),
      params,
    );
  });

  it('is a local optimum: no single reassignment of a skill improves it', () => {
    fc.assert(
      fc.property(problemArb, (p) => {
        const team = composeTeam(p);
        const s = score(p, team);
        p.skills.forEach((slot, r) => {
          for (const h of slot.holders) {
            const next = team.slice();
            next[r] = h;
            if (distinctExperts(next).length <= p.maxExperts)
              expect(compareScores(score(p, next), s)).toBeGreaterThanOrEqual(0);
          }
        });
      }),
      params,
    );
  });
});

describe('alternatives', () => {
  it('partitioning with an exact solver lists exactly the k best teams', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 1, max: 6 }), (p, k) => {
        const unlimited = { ...p, maxExperts: Infinity };
        const teams = topTeams(unlimited, {
          k,
          solve: nearestPerSkill,
          spread: false,
          distinctBy: 'assignment',
          compare: (q, a, b) => leaderCost(q, a) - leaderCost(q, b),
        });
        const expected = bruteLeaderCosts(unlimited).slice(0, k);
        expect(teams.map((a) => leaderCost(p, a))).toEqual(expected.map((c) => expect.closeTo(c, 9)));
        expect(new Set(teams.map((a) => a.join())).size).toBe(teams.length);
      }),
      params,
    );
  });

  it('spreads load: an expert joins more than ⌈k/2⌉ teams only as the sole holder of a skill', () => {
    fc.assert(
      fc.property(problemArb, fc.integer({ min: 2, max: 5 }), (p, k) => {
        const teams = topTeams(p, { k, solve: (q) => composeTeam(q), spread: true });
        const uses = new Map<number, number>();
        for (const team of teams) {
          expect(isValid(p, team)).toBe(true);
          for (const e of distinctExperts(team)) uses.set(e, (uses.get(e) ?? 0) + 1);
        }
        for (const [e, count] of uses) {
          if (count > Math.ceil(k / 2))
            expect(p.skills.some((s) => s.holders.length === 1 && s.holders[0] === e)).toBe(true);
        }
        expect(new Set(teams.map((t) => distinctExperts(t).join())).size).toBe(teams.length);
      }),
      params,
    );
  });
});
