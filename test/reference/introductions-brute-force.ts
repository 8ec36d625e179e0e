/**
 * The reference the property tests hold the engine to: plain, slow and obviously correct. It
 * works on the raw input and person ids, re-derives every evidence strength from the formulas in
 * docs/introductions.md in its own straightforward code (sharing nothing with evidence.ts or the
 * compiled graph), enumerates every simple path by depth-first search, and applies the documented
 * definitions literally. Exponential: for graphs of a dozen people, never for production.
 */
import type { IntroductionConfig } from '../../server/graph/config.ts';
import type { PeopleGraphInput } from '../../server/graph/evidence.ts';

export interface BrutePath {
  people: string[];
  strengths: number[];
  score: number;
}
export interface BruteOptions {
  k: number;
  maxHops: number;
  exclude: string[];
}
type Reach = 'found' | 'beyondMaxHops' | 'unreachable';

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);
const days = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Combined strength of every pair with at least one usable piece of evidence. */
export function bruteStrengths(input: PeopleGraphInput, c: IntroductionConfig): Map<string, number> {
  const today = days(input.today);
  const r = (date: string | undefined) => {
    const years = date === undefined ? 2 * c.halfLifeYears : Math.max(0, today - days(date)) / c.daysPerYear;
    return c.recencyFloor + (1 - c.recencyFloor) * 0.5 ** (years / c.halfLifeYears);
  };
  const pieces = new Map<string, number[]>();
  const add = (a: string, b: string, s: number) => {
    if (a !== b) pieces.set(pairKey(a, b), [...(pieces.get(pairKey(a, b)) ?? []), s]);
  };
  for (const t of input.knows) if (t.visibility !== 'private') add(t.a, t.b, (t.strength / 5) * r(t.lastContact));
  for (const p of input.projects) {
    const people = [...new Set(p.participants)];
    const recency = p.end === undefined ? 1 : r(p.end);
    const s = c.betaProject * recency * Math.min(1, Math.sqrt(c.projectSizeConstant / people.length));
    for (const a of people) for (const b of people) if (a < b) add(a, b, s);
  }
  for (const o of input.organisations) {
    const people = [...new Set(o.currentMembers)];
    if (people.length > c.orgCap) continue;
    const s = c.betaOrg * Math.min(1, Math.sqrt(c.orgSizeConstant / people.length));
    for (const a of people) for (const b of people) if (a < b) add(a, b, s);
  }
  const strengths = new Map<string, number>();
  for (const [key, list] of pieces) strengths.set(key, 1 - list.reduce((miss, s) => miss * (1 - s), 1));
  return strengths;
}

/** Who a path may step onto: discoverable, not excluded, not a source. */
const usableIn = (input: PeopleGraphInput, sources: string[], exclude: string[]) => (id: string) =>
  input.people.some((p) => p.id === id && p.discoverable) && !exclude.includes(id) && !sources.includes(id);

/** Every simple path from a source, of 1 to maxHops hops, by the documented rules. */
function allPaths(input: PeopleGraphInput, c: IntroductionConfig, sources: string[], options: BruteOptions) {
  const strengths = bruteStrengths(input, c);
  const usable = usableIn(input, sources, options.exclude);
  const paths: BrutePath[] = [];
  const extend = (path: BrutePath) => {
    if (path.people.length > 1) paths.push(path);
    if (path.people.length > options.maxHops) return;
    for (const next of input.people.map((p) => p.id)) {
      const s = strengths.get(pairKey(path.people.at(-1) as string, next));
      if (s === undefined || path.people.includes(next) || !usable(next)) continue;
      const score = path.score * s * Math.exp(-c.alpha);
      extend({ people: [...path.people, next], strengths: [...path.strengths, s], score });
    }
  };
  for (const s of new Set(sources)) if (!options.exclude.includes(s)) extend({ people: [s], strengths: [], score: 1 });
  return { paths, usable };
}

function compare(a: BrutePath, b: BrutePath): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.people.length !== b.people.length) return a.people.length - b.people.length;
  const i = a.people.findIndex((id, j) => id !== b.people[j]);
  return i < 0 ? 0 : a.people[i] < b.people[i] ? -1 : 1;
}

/** The best path through each first intermediary (people[1]), best first. */
function bestPerFirst(paths: BrutePath[]): BrutePath[] {
  const best = new Map<string, BrutePath>();
  for (const p of [...paths].sort(compare)) if (!best.has(p.people[1])) best.set(p.people[1], p);
  return [...best.values()].sort(compare);
}

export function bruteBestPathsToPerson(
  input: PeopleGraphInput,
  c: IntroductionConfig,
  sources: string[],
  target: string,
  options: BruteOptions,
): { paths: BrutePath[]; reach: Reach } {
  const { paths, usable } = allPaths(input, c, sources, options);
  const found = bestPerFirst(paths.filter((p) => p.people.at(-1) === target)).slice(0, options.k);
  if (found.length > 0) return { paths: found, reach: 'found' };
  const far = usable(target) && reachable(input, c, sources, options, [target]);
  return { paths: found, reach: far ? 'beyondMaxHops' : 'unreachable' };
}

export function bruteBestTargets(
  input: PeopleGraphInput,
  c: IntroductionConfig,
  sources: string[],
  targets: string[],
  options: BruteOptions,
): { targets: { target: string; score: number; routes: BrutePath[] }[]; reach: Reach } {
  const { paths, usable } = allPaths(input, c, sources, options);
  const results = [...new Set(targets)].filter(usable).flatMap((target) => {
    const routes = bestPerFirst(paths.filter((p) => p.people.at(-1) === target)).slice(0, c.scoreRoutes);
    if (routes.length === 0) return [];
    const score = 1 - routes.reduce((miss, route) => miss * (1 - route.score), 1);
    return [{ target, score, routes: routes.slice(0, c.shownRoutes) }];
  });
  results.sort(
    (a, b) =>
      b.score - a.score || a.routes[0].people.length - b.routes[0].people.length || (a.target < b.target ? -1 : 1),
  );
  const top = results.slice(0, options.k);
  if (top.length > 0) return { targets: top, reach: 'found' };
  const far = reachable(input, c, sources, options, targets.filter(usable));
  return { targets: top, reach: far ? 'beyondMaxHops' : 'unreachable' };
}

/** Whether any goal is reachable at all, with no hop limit: breadth first over usable people. */
function reachable(
  input: PeopleGraphInput,
  c: IntroductionConfig,
  sources: string[],
  o: BruteOptions,
  goals: string[],
) {
  const strengths = bruteStrengths(input, c);
  const usable = usableIn(input, sources, o.exclude);
  const seen = new Set(sources.filter((s) => !o.exclude.includes(s)));
  const queue = [...seen];
  while (queue.length > 0) {
    const at = queue.shift() as string;
    for (const { id } of input.people) {
      if (seen.has(id) || !usable(id) || !strengths.has(pairKey(at, id))) continue;
      if (goals.includes(id)) return true;
      seen.add(id);
      queue.push(id);
    }
  }
  return false;
}
