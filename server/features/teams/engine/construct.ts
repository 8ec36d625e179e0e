/**
 * Constructions of a first team, each from the literature:
 *
 * - nearestPerSkill — "core as leader": every skill gets its nearest holder by introduction cost.
 *   Exact for the leader objective L = Σ over skills of reach(e_r) (Kargar & An's leader distance
 *   with the core as the leader): L separates by skill, so the per-skill minima are the minimum.
 * - greedyCover — weighted set cover: repeatedly add the person covering the most still-uncovered
 *   weight per unit of introduction cost (Chvátal's greedy, within H(m) of the cheapest cover when
 *   maxExperts does not bind), or, with `byGain`, the most weight first (for a tight maxExperts).
 * - sumOfDistancesGreedy — Kargar & An's SD greedy: seed with one holder of one skill, add the
 *   holder of each next-rarest skill that raises the objective least; one run per seed.
 * - rarestFirst — Lappas et al.'s RarestFirst: seed with each holder of the rarest skill and give
 *   every other skill its holder nearest to the seed (a 2-approximation of the least diameter).
 */
import { UNCOVERED, type Assignment, type TeamProblem } from './problem.ts';

export function nearestPerSkill(problem: TeamProblem): Assignment {
  return Int32Array.from(problem.skills, (s) => s.holders[0]);
}

export function greedyCover(problem: TeamProblem, byGain = false): Assignment {
  const m = problem.skills.length;
  const assignment = new Int32Array(m).fill(UNCOVERED);
  const holdersOf = new Map<number, number[]>(); // person → skills they hold
  problem.skills.forEach((s, r) => s.holders.forEach((p) => holdersOf.set(p, [...(holdersOf.get(p) ?? []), r])));
  const people = [...holdersOf.keys()].sort((a, b) => a - b);
  for (let chosen = 0; chosen < problem.maxExperts; chosen++) {
    let best = -1;
    let bestGain = 0;
    for (const p of people) {
      let gain = 0;
      for (const r of holdersOf.get(p)!) if (assignment[r] === UNCOVERED) gain += problem.skills[r].weight;
      if (gain > 0 && (best === -1 || better(gain, problem.reach(p), bestGain, problem.reach(best), byGain))) {
        best = p;
        bestGain = gain;
      }
    }
    if (best === -1) break;
    for (const r of holdersOf.get(best)!) if (assignment[r] === UNCOVERED) assignment[r] = best;
  }
  return assignment;
}

/** Is (gain a at cost ca) preferable to (gain b at cost cb)? Cross-multiplied: cost may be 0. */
function better(a: number, ca: number, b: number, cb: number, byGain: boolean): boolean {
  if (byGain) return a > b || (a === b && ca < cb);
  const lhs = a * cb;
  const rhs = b * ca;
  return lhs > rhs || (lhs === rhs && (a > b || (a === b && ca < cb)));
}

/** Skills by rarity (fewest holders first), then index: Kargar & An's order. */
export function rarityOrder(problem: TeamProblem): number[] {
  return problem.skills
    .map((_, r) => r)
    .sort((a, b) => problem.skills[a].holders.length - problem.skills[b].holders.length || a - b);
}

/** How much adding person p for a skill raises I + λ·D, given the current partial assignment. */
export function increment(problem: TeamProblem, assignment: Assignment, p: number, skip = -1): number {
  let isNew = true;
  let d = 0;
  for (let q = 0; q < assignment.length; q++) {
    const e = assignment[q];
    if (e === UNCOVERED || q === skip) continue;
    if (e === p) isNew = false;
    d += problem.distance(p, e);
  }
  return (isNew ? problem.reach(p) : 0) + problem.cohesionWeight * d;
}

function expertCount(assignment: Assignment): number {
  const set = new Set<number>();
  for (const p of assignment) if (p !== UNCOVERED) set.add(p);
  return set.size;
}

export function sumOfDistancesGreedy(problem: TeamProblem, maxSeeds = Infinity): Assignment[] {
  const order = rarityOrder(problem);
  if (order.length === 0) return [new Int32Array(0)];
  // Every skill's holders seed a run (the rarest skill's first): seeding from the rarest skill
  // alone missed the optimum on a quarter of the DBLP tasks.
  return order.flatMap((first) =>
    problem.skills[first].holders.slice(0, maxSeeds).map((seed) => {
      const assignment = new Int32Array(problem.skills.length).fill(UNCOVERED);
      assignment[first] = seed;
      for (const r of order) if (r !== first) assignment[r] = cheapestHolder(problem, assignment, r);
      return assignment;
    }),
  );
}

function cheapestHolder(problem: TeamProblem, assignment: Assignment, r: number): number {
  const full = expertCount(assignment) >= problem.maxExperts;
  let best = UNCOVERED;
  let bestCost = Infinity;
  for (const h of problem.skills[r].holders) {
    if (full && !assignment.includes(h)) continue;
    const cost = increment(problem, assignment, h);
    if (cost < bestCost) [best, bestCost] = [h, cost];
  }
  return best;
}

export function rarestFirst(problem: TeamProblem): Assignment[] {
  const order = rarityOrder(problem);
  if (order.length === 0) return [new Int32Array(0)];
  return problem.skills[order[0]].holders.map((seed) =>
    Int32Array.from(problem.skills, (slot) => {
      let best = slot.holders[0];
      for (const h of slot.holders) if (problem.distance(h, seed) < problem.distance(best, seed)) best = h;
      return best;
    }),
  );
}
