/**
 * Key-person risk (属人化): for each visible member, what the organisation would no longer reach
 * within h hops if that person left — the brute-force test checks it by removing the person and
 * recomputing reach from scratch. A departed person takes their ties with them: they are neither
 * a member nor an intermediary afterwards.
 *
 * Only people within h hops of the departing person can move (a shortest route that used them is
 * at most that long), so distances are recomputed for those alone, seeded from their unchanged
 * neighbours; an organisation of a thousand members then costs a thousand small searches
 * instead of a thousand walks over the whole network.
 */
import { hopDistances } from '../../../graph/traverse.ts';
import type { DeadlineCheck } from '../../../shared/deadline.ts';
import type { AssetsNetwork } from './warm-network.ts';
import type { OrgView } from './org-reach.ts';

export interface Loss {
  person: number;
  people: number[];
  organisations: number[];
  skills: number[];
  /**
   * Needs that a holder within h covered before and none covers after: these hang on this one
   * person (no other member can cause the same loss alone, since members never route through
   * each other and a member holding the skill covers it by themself).
   */
  needs: number[];
}

/** Hop distances after `person` leaves, for the people near them; everyone else is unchanged. */
function distancesWithout(net: AssetsNetwork, view: OrgView, person: number, hops: number) {
  const { offsets, neighbours } = net.graph;
  const near = hopDistances(net.graph, [person], view.allowed, hops);
  const area: number[] = [];
  for (let x = 0; x < near.length; x++) if (near[x] > 0) area.push(x);
  const after = new Map<number, number>(area.map((x) => [x, -1]));
  const before = (y: number) => (y === person ? -1 : (after.get(y) ?? view.distance[y]));
  const buckets: number[][] = Array.from({ length: hops + 1 }, () => []);
  for (const x of area) {
    let best = -1;
    for (let e = offsets[x]; e < offsets[x + 1]; e++) {
      const y = neighbours[e];
      if (after.has(y) || y === person) continue;
      const d = view.distance[y];
      if (d >= 0 && (d === 0 || view.allowed[y] === 1) && (best < 0 || d + 1 < best)) best = d + 1;
    }
    if (best > 0 && best <= hops) {
      after.set(x, best);
      buckets[best]!.push(x);
    }
  }
  for (let d = 1; d < hops; d++) {
    for (const x of buckets[d]!) {
      if (after.get(x) !== d) continue;
      for (let e = offsets[x]; e < offsets[x + 1]; e++) {
        const z = neighbours[e];
        const current = after.get(z);
        if (current === undefined || (current >= 0 && current <= d + 1)) continue;
        after.set(z, d + 1);
        buckets[d + 1]!.push(z);
      }
    }
  }
  return { area, distance: before };
}

const within = (d: number, hops: number) => d >= 0 && d <= hops;

/** A fixed pseudo-random rank of an index (Knuth's multiplicative hash). */
const scatter = (i: number): number => Math.imul(i + 1, 2654435761) >>> 0;

/** What the organisation loses within `hops` when `person` (a member) leaves. */
export function lossIfLeaves(net: AssetsNetwork, view: OrgView, person: number, hops: number): Loss {
  const { area, distance } = distancesWithout(net, view, person, hops);
  const people = area.filter((x) => within(view.distance[x], hops) && !within(distance(x), hops)).sort((a, b) => a - b);
  const orgCandidates = new Set([...net.personOrgs[person]!, ...people.flatMap((p) => net.personOrgs[p]!)]);
  orgCandidates.delete(view.org);
  const organisations = [...orgCandidates]
    .filter((o) => net.orgMembers[o]!.some((p) => within(view.distance[p], hops)))
    .filter((o) => !net.orgMembers[o]!.some((p) => within(distance(p), hops)))
    .sort((a, b) => a - b);
  const skillCandidates = new Set([...net.personSkills[person]!, ...people.flatMap((p) => net.personSkills[p]!)]);
  const skills = [...skillCandidates]
    .filter((s) => !net.skillDirectHolders[s]!.some((p) => within(distance(p), hops)))
    .sort((a, b) => a - b);
  const covered = (s: number, d: (p: number) => number) => net.skillHolders[s]!.some((p) => within(d(p), hops));
  const needs = net.orgNeeds[view.org]!.map(([s]) => s).filter(
    (s) => covered(s, (p) => view.distance[p]) && !covered(s, distance),
  );
  return { person, people, organisations, skills, needs };
}

/**
 * Every member's loss, ranked: needs lost (weighted by priority), then people, organisations and
 * skills lost, then person index (ids ascending) so ties are deterministic.
 */
export function keyPersonRisks(
  net: AssetsNetwork,
  view: OrgView,
  hops: number,
  check: DeadlineCheck = () => {},
): Loss[] {
  // Members in a scattered order, so the first few tell how long all of them will take (a
  // deadline then refuses a hopeless request after a sample rather than at its end); the
  // ranking below does not depend on the order.
  const { members } = view;
  const order = members.map((_, i) => i).sort((a, b) => scatter(a) - scatter(b) || a - b);
  const losses = order.map((i, done) => {
    check(done, members.length);
    return lossIfLeaves(net, view, members[i]!, hops);
  });
  const priority = new Map(net.orgNeeds[view.org]!);
  const weight = (l: Loss) => l.needs.reduce((sum, s) => sum + (priority.get(s) ?? 0), 0);
  return losses.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      b.people.length - a.people.length ||
      b.organisations.length - a.organisations.length ||
      b.skills.length - a.skills.length ||
      a.person - b.person,
  );
}
