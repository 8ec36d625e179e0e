/**
 * Test reference: enumerates every assignment of a small problem (each skill: one of its holders,
 * or uncovered) and scores it by the definitions in problem.ts. Exponential; never used by the app.
 */
import {
  compareScores,
  distinctExperts,
  score,
  UNCOVERED,
  type Assignment,
  type TeamProblem,
  type TeamScore,
} from '../../server/features/teams/engine/problem.ts';

export function* allAssignments(problem: TeamProblem, allowUncovered: boolean): Generator<Assignment> {
  const m = problem.skills.length;
  const options = problem.skills.map((s) => (allowUncovered ? [...s.holders, UNCOVERED] : [...s.holders]));
  const index = new Array<number>(m).fill(0);
  for (;;) {
    const a = Int32Array.from(index, (i, r) => options[r][i]);
    if (distinctExperts(a).length <= problem.maxExperts) yield a;
    let r = 0;
    while (r < m && ++index[r] === options[r].length) index[r++] = 0;
    if (r === m) return;
  }
}

/** Σ over skills of reach(e_r): the core-as-leader objective (an expert pays once per skill). */
export const leaderCost = (problem: TeamProblem, a: Assignment): number =>
  a.reduce((sum, p) => sum + (p === UNCOVERED ? Infinity : problem.reach(p)), 0);

export function bruteLeaderCosts(problem: TeamProblem): number[] {
  return [...allAssignments({ ...problem, maxExperts: Infinity }, false)]
    .map((a) => leaderCost(problem, a))
    .sort((x, y) => x - y);
}

export function bruteBestScore(problem: TeamProblem): TeamScore {
  let best: TeamScore | undefined;
  for (const a of allAssignments(problem, true)) {
    const s = score(problem, a);
    if (!best || compareScores(s, best) < 0) best = s;
  }
  return best!;
}
