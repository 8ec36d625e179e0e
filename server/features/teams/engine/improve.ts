/**
 * Local search on a team: best-improvement moves until none helps, so every answer is a local
 * optimum of the team objective (covered weight first, then I + λ·D). Moves:
 * - give one skill to another of its holders (or cover a skill left uncovered);
 * - replace one expert, in every skill they cover, by one person holding all of those skills.
 * Moves that would exceed maxExperts are skipped. Each accepted move strictly improves the score,
 * so the search terminates; a move budget bounds it anyway.
 */
import {
  compareScores,
  distinctExperts,
  score,
  UNCOVERED,
  type Assignment,
  type TeamProblem,
  type TeamScore,
} from './problem.ts';

const MAX_ROUNDS = 200;

export function improve(problem: TeamProblem, start: Assignment): Assignment {
  let current = start.slice();
  let currentScore = score(problem, current);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let best: { a: Assignment; s: TeamScore } | undefined;
    for (const a of moves(problem, current)) {
      if (distinctExperts(a).length > problem.maxExperts) continue;
      const s = score(problem, a);
      if (compareScores(s, best?.s ?? currentScore) < 0) best = { a, s };
    }
    if (!best) break;
    current = best.a;
    currentScore = best.s;
  }
  return current;
}

function* moves(problem: TeamProblem, a: Assignment): Generator<Assignment> {
  for (let r = 0; r < a.length; r++) {
    for (const h of problem.skills[r].holders) {
      if (h === a[r]) continue;
      const next = a.slice();
      next[r] = h;
      yield next;
    }
  }
  for (const e of distinctExperts(a)) {
    const covered = [...a.keys()].filter((r) => a[r] === e);
    const [first, ...rest] = covered;
    for (const h of problem.skills[first].holders) {
      if (h === e || !rest.every((r) => problem.skills[r].holders.includes(h))) continue;
      const next = a.slice();
      for (const r of covered) next[r] = h;
      yield next;
    }
  }
}

/** Lexicographic order of two assignments: the deterministic last tie-break. */
export function compareAssignments(a: Assignment, b: Assignment): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

export { UNCOVERED };
