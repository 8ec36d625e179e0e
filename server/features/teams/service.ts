/**
 * `proposeTeams`: turns a question into the team problem of server/domain/teams/ on the cached
 * introduction projection, and the chosen teams into explained answers (docs/teams.md).
 *
 * - The core: the given people, or the organisation's discoverable current members; excluded
 *   people never take part. A skill a core member holds is covered by them (highest level first).
 * - Experts: discoverable, not excluded, not in the core, taking requests, with at least
 *   minHoursPerMonth when hours are stated, and reachable from the core within maxHops. Their
 *   reach is the cheapest introduction cost −ln(score) from any core member (exact, Dijkstra-like).
 * - Per skill the CANDIDATES nearest holders enter the problem: beyond them, a holder would have
 *   to be much closer to the others to win, and bounding them bounds the cohesion distances.
 */
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import { explainPath } from '../../graph/explain.ts';
import { unavailablePeople } from '../../graph/askable.ts';
import { viewOf, type Overlay } from '../../graph/sight.ts';
import type { Viewer } from '../../shared/viewer.ts';
import type { Network } from '../../graph/network.ts';
import { qualifyingHolders } from '../../graph/skills.ts';
import { DEFAULT_FIELDS, type PersonFields } from '../../graph/snapshot.ts';
import { currentNetwork } from '../../graph/store.ts';
import { distanceOracle, shortestPaths } from '../../graph/traverse.ts';
import { requireVisible, visibleMembers } from '../../graph/visibility.ts';
import { shapeAnswer, type TeamProposalsModel } from './answer.ts';
import { composeTeam, topTeams, type TeamProblem } from './engine/index.ts';
import type { Plan, SkillPlan } from './plan.ts';
import { parseTeamQuestion, type ProposeTeamsArgs, type TeamQuestion } from './question.ts';

/** Holders per skill considered (nearest first). */
export const CANDIDATES = 25;
/** Seeds per skill for the sum-of-distances greedy. */
const SEEDS = 5;
/** Distance counted between two experts with no usable path between them (score e^−10 ≈ 0.00005). */
export const DISCONNECTED = 10;

export async function proposeTeams(
  db: Db,
  raw: ProposeTeamsArgs,
  texts = true,
  viewer: Viewer | null = null,
): Promise<TeamProposalsModel> {
  const q = parseTeamQuestion(raw);
  const { network } = await currentNetwork(db);
  checkExisting(network, q);
  const view = viewOf(network, viewer);
  // People not to be asked for introductions now (graph/askable.ts) are never experts or
  // introducers; a core member stays in the core (they are not asked for an introduction).
  const unavailable = await unavailablePeople(db);
  const plan = makePlan({ ...q, excludePeople: [...q.excludePeople, ...unavailable] }, network, view.overlay, q);
  const open = plan.skills.filter((s) => !s.core && s.candidates.length > 0);
  const { graph } = network;
  const allowed = allowedMask(plan);
  const oracle = distanceOracle(graph, allowed, view.overlay);
  const problem: TeamProblem = {
    skills: open.map((s) => ({ weight: s.weight, holders: s.candidates.map((h) => graph.indexOf.get(h.personId)!) })),
    reach: (p) => plan.paths.dist[p],
    distance: (a, b) => Math.min(DISCONNECTED, oracle(a, b)),
    cohesionWeight: q.cohesionWeight,
    maxExperts: q.maxExperts,
  };
  const teams = topTeams(problem, { k: q.k, spread: true, solve: (sub) => composeTeam(sub, { maxSeeds: SEEDS }) });
  const explain = (p: number) => explainPath(graph, plan.paths.pathTo(p), view.explain);
  return shapeAnswer(db, plan, problem, open, teams, explain, texts);
}

function checkExisting(net: Network, q: TeamQuestion): void {
  requireVisible(net, 'Organisation', q.organisationId, 'organisationId');
  for (const [i, s] of q.requiredSkills.entries())
    requireVisible(net, 'Skill', s.skillId, `requiredSkills.${i}.skillId`);
  for (const [i, id] of (q.core ?? []).entries()) requireVisible(net, 'Person', id, `core.${i}`);
}

function makePlan(q: TeamQuestion, network: Network, overlay: Overlay, asked: TeamQuestion = q): Plan {
  const { graph } = network;
  const fields = (id: string): PersonFields => network.fields[id] ?? DEFAULT_FIELDS;
  const excluded = new Set(q.excludePeople);
  // The core: only the question's own exclusions apply.
  const coreExcluded = new Set(asked.excludePeople);
  const coreIds = q.core ?? visibleMembers(network, q.organisationId).map((m) => m.personId);
  const core = coreIds.flatMap((id) => {
    const i = graph.indexOf.get(id);
    return i !== undefined && graph.discoverable[i] === 1 && !coreExcluded.has(id) ? [i] : [];
  });
  if (core.length === 0) {
    throw badInput('core', 'the organisation has no current members who can form the core: name the core people');
  }
  const partial = { q, network, core, fields, skills: [] as SkillPlan[] };
  const paths = shortestPaths(graph, core, allowedMask(partial), q.maxHops, overlay);
  const inCore = new Set(core.map((i) => graph.ids[i]));
  const skills = q.requiredSkills.map((s, index) => {
    const holders = [...qualifyingHolders(network, s.skillId, s.minLevel).values()];
    const coreHolder = holders
      .filter((h) => inCore.has(h.personId))
      .sort((a, b) => b.level - a.level || cmp(a.personId, b.personId))[0];
    const candidates = holders
      .filter((h) => !inCore.has(h.personId) && available(fields(h.personId), q) && !excluded.has(h.personId))
      .map((h) => ({ h, i: graph.indexOf.get(h.personId)! }))
      .filter(({ i }) => Number.isFinite(paths.dist[i]))
      .sort((a, b) => paths.dist[a.i] - paths.dist[b.i] || a.i - b.i)
      .slice(0, CANDIDATES)
      .map(({ h }) => h);
    return { index, ...s, core: coreHolder, candidates };
  });
  return { ...partial, paths, skills };
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function available(f: PersonFields, q: TeamQuestion): boolean {
  if (!f.takingRequests) return false;
  return q.minHoursPerMonth === null || f.hoursPerMonth === null || f.hoursPerMonth >= q.minHoursPerMonth;
}

/** Who a path may step onto: discoverable, not excluded (the core included: starting there is free). */
function allowedMask(plan: Pick<Plan, 'network' | 'q'>): Uint8Array {
  const { graph } = plan.network;
  const allowed = graph.discoverable.slice();
  for (const id of plan.q.excludePeople) {
    const i = graph.indexOf.get(id);
    if (i !== undefined) allowed[i] = 0;
  }
  return allowed;
}
