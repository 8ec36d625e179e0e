/**
 * The team-formation problem the algorithms solve, independent of where the numbers come from
 * (the product's introduction graph, or the DBLP benchmark's co-author graph).
 *
 * Skills here are the ones the core cannot cover. A team assigns each skill one holder (or none,
 * when maxExperts forces a choice); one expert may cover several skills. Its cost:
 *
 *   introduction cost  I = Σ over distinct experts e of reach(e)   (reach = cost from the core)
 *   cohesion           D = Σ over pairs of covered skills {r, r'} of dist(e_r, e_r')
 *                          (Kargar & An's sum of distances; 0 when one expert covers both),
 *                          or the largest of those distances (the diameter) when asked
 *   objective          I + λ·D, after the lexicographically first goal: covered weight W.
 *
 * Teams compare by W (more is better), then I + λ·D, then the assignment (lower indices first),
 * so every algorithm is deterministic.
 */

export interface SkillSlot {
  /** How much covering this skill matters (≥ 0); used when not every skill can be covered. */
  weight: number;
  /** Candidate experts (person indices), ascending by reach, then index. Never empty. */
  holders: readonly number[];
}

export interface TeamProblem {
  skills: readonly SkillSlot[];
  /** Cost of introducing person p from the core (finite for every holder). */
  reach(p: number): number;
  /** Distance between two people for cohesion; symmetric, 0 on the diagonal. */
  distance(a: number, b: number): number;
  /** λ ≥ 0: how much cohesion counts against introduction cost. */
  cohesionWeight: number;
  /** At most this many distinct experts. */
  maxExperts: number;
  /**
   * How D aggregates the pairwise distances: `sum` (Kargar & An, the default) or `diameter`
   * (the largest one: Lappas et al.'s objective, used by the benchmark against RarestFirst).
   */
  cohesionMeasure?: 'sum' | 'diameter';
}

/** skill index → person index, or −1 when the skill is left uncovered. */
export type Assignment = Int32Array<ArrayBuffer>;

export interface TeamScore {
  coveredWeight: number;
  introductionCost: number;
  cohesion: number;
  objective: number;
  experts: number[];
}

export const UNCOVERED = -1;

export function distinctExperts(assignment: Assignment): number[] {
  const set = new Set<number>();
  for (const p of assignment) if (p !== UNCOVERED) set.add(p);
  return [...set].sort((a, b) => a - b);
}

export function score(problem: TeamProblem, assignment: Assignment): TeamScore {
  const experts = distinctExperts(assignment);
  let introductionCost = 0;
  for (const e of experts) introductionCost += problem.reach(e);
  let coveredWeight = 0;
  let cohesion = 0;
  const diameter = problem.cohesionMeasure === 'diameter';
  for (let r = 0; r < assignment.length; r++) {
    if (assignment[r] === UNCOVERED) continue;
    coveredWeight += problem.skills[r].weight;
    for (let q = r + 1; q < assignment.length; q++) {
      if (assignment[q] === UNCOVERED) continue;
      const d = problem.distance(assignment[r], assignment[q]);
      cohesion = diameter ? Math.max(cohesion, d) : cohesion + d;
    }
  }
  const objective = introductionCost + problem.cohesionWeight * cohesion;
  return { coveredWeight, introductionCost, cohesion, objective, experts };
}

/** Relative tolerance for comparing sums computed in different orders. */
const EPS = 1e-9;

/** Negative when a is the better team. */
export function compareScores(a: TeamScore, b: TeamScore): number {
  const scale = Math.max(1, Math.abs(a.objective), Math.abs(b.objective));
  if (Math.abs(a.coveredWeight - b.coveredWeight) > EPS) return b.coveredWeight - a.coveredWeight;
  if (Math.abs(a.objective - b.objective) > EPS * scale) return a.objective - b.objective;
  return 0;
}

export function isValid(problem: TeamProblem, assignment: Assignment): boolean {
  if (assignment.length !== problem.skills.length) return false;
  for (let r = 0; r < assignment.length; r++) {
    const p = assignment[r];
    if (p !== UNCOVERED && !problem.skills[r].holders.includes(p)) return false;
  }
  return distinctExperts(assignment).length <= problem.maxExperts;
}

/** The same problem with some holders removed or fixed (for alternatives and load spreading). */
export function restrict(problem: TeamProblem, holdersOf: (r: number, holders: readonly number[]) => number[]) {
  const skills = problem.skills.map((s, r) => ({ weight: s.weight, holders: holdersOf(r, s.holders) }));
  return { ...problem, skills };
}
