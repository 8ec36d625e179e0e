/**
 * k alternative teams by partitioning (Lawler's method, as Kargar & An use it for top-k teams):
 * after taking the best team (e_1 … e_m), the rest of the space splits into m disjoint parts —
 * part i keeps e_1 … e_{i−1} and forbids e_i for skill i — each solved by the same solver; the
 * best unsolved part gives the next team. With an exact solver this lists the k best teams
 * exactly (tested with the core-as-leader objective); with a heuristic solver, good distinct ones.
 *
 * Load spreading: with `spread`, no expert joins more than ⌈k/2⌉ teams of one answer when
 * someone else can cover the skill: a part whose team would overuse an expert is solved again
 * without them (for every skill where another holder remains) before it can be taken.
 */
import { compareAssignments } from './improve.ts';
import {
  compareScores,
  distinctExperts,
  restrict,
  score,
  UNCOVERED,
  type Assignment,
  type TeamProblem,
} from './problem.ts';

export interface TopOptions {
  k: number;
  solve: (problem: TeamProblem) => Assignment;
  spread: boolean;
  /** Order of teams; default: covered weight, then I + λ·D. */
  compare?: (problem: TeamProblem, a: Assignment, b: Assignment) => number;
  /** Two answers are the same team when they have the same experts (default) or the same assignment. */
  distinctBy?: 'experts' | 'assignment';
}

interface Part {
  problem: TeamProblem;
  assignment: Assignment;
}

const byScore = (p: TeamProblem, a: Assignment, b: Assignment) => compareScores(score(p, a), score(p, b));

export function topTeams(problem: TeamProblem, options: TopOptions): Assignment[] {
  const compare = options.compare ?? byScore;
  const limit = options.spread && options.k > 1 ? Math.ceil(options.k / 2) : Infinity;
  const keyOf = (a: Assignment) => (options.distinctBy === 'assignment' ? a.join() : distinctExperts(a).join());
  const queue: Part[] = [{ problem, assignment: options.solve(problem) }];
  const chosen: Assignment[] = [];
  const seen = new Set<string>();
  const uses = new Map<number, number>();
  while (queue.length > 0 && chosen.length < options.k) {
    queue.sort(
      (x, y) => compare(problem, x.assignment, y.assignment) || compareAssignments(x.assignment, y.assignment),
    );
    const part = queue.shift()!;
    const overused = distinctExperts(part.assignment).filter((e) => (uses.get(e) ?? 0) >= limit);
    const relieved = overused.length > 0 ? withoutOverused(problem, part.problem, overused) : undefined;
    if (relieved === 'drop') continue;
    if (relieved) {
      queue.push({ problem: relieved, assignment: options.solve(relieved) });
      continue;
    }
    const key = keyOf(part.assignment);
    if (!seen.has(key)) {
      seen.add(key);
      chosen.push(part.assignment);
      for (const e of distinctExperts(part.assignment)) uses.set(e, (uses.get(e) ?? 0) + 1);
    }
    queue.push(...partition(part, options.solve));
  }
  return chosen;
}

/**
 * The part without the overused experts for every skill someone else holds in the whole problem
 * (a sole holder stays: better a busy expert than an uncovered skill). `drop` when that leaves a
 * skill of the part with nobody (the part had fixed an overused expert); undefined when nothing
 * changes.
 */
function withoutOverused(
  whole: TeamProblem,
  problem: TeamProblem,
  overused: number[],
): TeamProblem | 'drop' | undefined {
  let changed = false;
  const next = restrict(problem, (r, holders) => {
    if (whole.skills[r].holders.length === 1) return [...holders];
    const kept = holders.filter((h) => !overused.includes(h));
    if (kept.length !== holders.length) changed = true;
    return kept;
  });
  if (next.skills.some((s) => s.holders.length === 0)) return 'drop';
  return changed ? next : undefined;
}

function partition(part: Part, solve: TopOptions['solve']): Part[] {
  const { problem, assignment } = part;
  const parts: Part[] = [];
  for (let i = 0; i < assignment.length; i++) {
    if (assignment[i] === UNCOVERED) continue;
    const sub = restrict(problem, (r, holders) => {
      if (r < i && assignment[r] !== UNCOVERED) return [assignment[r]];
      if (r === i) return holders.filter((h) => h !== assignment[i]);
      return [...holders];
    });
    if (sub.skills.some((s) => s.holders.length === 0)) continue;
    parts.push({ problem: sub, assignment: solve(sub) });
  }
  return parts;
}
