/**
 * One team for a problem: build several first teams (constructions in construct.ts), polish the
 * best few by local search (improve.ts) and keep the best. The result is never worse than any
 * construction, in particular never worse than "core as leader" (nearest holder per skill) when
 * that team fits within maxExperts, never worse than the greedy set cover, and, when cohesion is
 * the diameter, never worse than RarestFirst.
 */
import { greedyCover, nearestPerSkill, rarestFirst, sumOfDistancesGreedy } from './construct.ts';
import { compareAssignments, improve } from './improve.ts';
import { compareScores, distinctExperts, score, type Assignment, type TeamProblem } from './problem.ts';

export interface ComposeOptions {
  /** How many holders of the rarest skill seed the SD greedy (Kargar & An use all). */
  maxSeeds?: number;
  /** How many of the best first teams local search polishes. */
  polish?: number;
}

export function composeTeam(problem: TeamProblem, options: ComposeOptions = {}): Assignment {
  const firsts: Assignment[] = [greedyCover(problem), greedyCover(problem, true)];
  const nearest = nearestPerSkill(problem);
  if (distinctExperts(nearest).length <= problem.maxExperts) firsts.push(nearest);
  firsts.push(...sumOfDistancesGreedy(problem, options.maxSeeds ?? Infinity));
  if (problem.cohesionMeasure === 'diameter') {
    firsts.push(...rarestFirst(problem).filter((a) => distinctExperts(a).length <= problem.maxExperts));
  }
  const ranked = rank(problem, firsts);
  const polished = ranked.slice(0, options.polish ?? 3).map((a) => improve(problem, a));
  return rank(problem, [...polished, ranked[0]])[0];
}

/** Best first; equal scores by assignment, so answers never depend on construction order. */
export function rank(problem: TeamProblem, teams: Assignment[]): Assignment[] {
  const scored = teams.map((a) => ({ a, s: score(problem, a) }));
  scored.sort((x, y) => compareScores(x.s, y.s) || compareAssignments(x.a, y.a));
  const seen = new Set<string>();
  return scored.filter(({ a }) => !seen.has(a.join()) && !!seen.add(a.join())).map(({ a }) => a);
}
