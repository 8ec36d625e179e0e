/**
 * An organisation's reach: everyone its visible current members can get to in 1, 2 or 3 warm
 * hops (members themselves are hop 0 and never intermediaries for one another — starting from a
 * colleague directly is always as short), the organisations those people belong to, by sector,
 * and the skills they hold.
 */
import { hopDistances } from '../../../graph/traverse.ts';
import type { AssetsNetwork } from './warm-network.ts';

export const MAX_HOPS = 3;

export interface OrgView {
  org: number;
  members: number[];
  /** 1 for people a route may step onto: visible, not a member. */
  allowed: Uint8Array;
  /** Hops from the nearest member (0 = member), −1 beyond MAX_HOPS or unreachable. */
  distance: Int8Array;
}

/** The organisation's members as of the network's date, without `without` (a departure). */
export function orgView(net: AssetsNetwork, org: number, without: readonly number[] = []): OrgView {
  const gone = new Set(without);
  const members = net.orgMembers[org]!.filter((p) => !gone.has(p));
  const allowed = net.visible.slice();
  for (const p of net.orgMembers[org]!) allowed[p] = 0;
  const distance = hopDistances(net.graph, members, allowed, MAX_HOPS);
  return { org, members, allowed, distance };
}

export interface HopFigures {
  hops: number;
  people: number;
  organisations: number;
  skills: number;
  bySector: { sector: string; organisations: number; people: number }[];
}

export interface ReachSummary {
  members: number;
  skillsInside: number;
  byHops: HopFigures[];
  /** Sectors other than the organisation's own that it reaches within MAX_HOPS. */
  bridgedSectors: string[];
}

/** Hops from the organisation to each other organisation: its nearest member's distance. */
export function orgDistances(net: AssetsNetwork, view: OrgView): Int8Array {
  const out = new Int8Array(net.orgIds.length).fill(-1);
  for (let p = 0; p < view.distance.length; p++) {
    const d = view.distance[p];
    if (d < 0) continue;
    for (const o of net.personOrgs[p]!) if (o !== view.org && (out[o] === -1 || d < out[o])) out[o] = d;
  }
  return out;
}

/** Hops to the nearest holder of each skill (−1 beyond MAX_HOPS); direct holdings only. */
export function skillDistances(net: AssetsNetwork, view: OrgView): Int8Array {
  const out = new Int8Array(net.skillIds.length).fill(-1);
  for (let p = 0; p < view.distance.length; p++) {
    const d = view.distance[p];
    if (d < 0) continue;
    for (const s of net.personSkills[p]!) if (out[s] === -1 || d < out[s]) out[s] = d;
  }
  return out;
}

export function reachSummary(net: AssetsNetwork, view: OrgView): ReachSummary {
  const orgHops = orgDistances(net, view);
  const skillHops = skillDistances(net, view);
  const byHops: HopFigures[] = [];
  for (let h = 1; h <= MAX_HOPS; h++) {
    const sectors = new Map<string, { organisations: number; people: number }>();
    const entry = (s: string) => sectors.get(s) ?? sectors.set(s, { organisations: 0, people: 0 }).get(s)!;
    let people = 0;
    for (let p = 0; p < view.distance.length; p++) {
      const d = view.distance[p];
      if (d < 1 || d > h) continue;
      people++;
      for (const s of new Set(net.personOrgs[p]!.map((o) => net.orgSector[o]!))) entry(s).people++;
    }
    let organisations = 0;
    orgHops.forEach((d, o) => {
      if (d < 0 || d > h) return;
      organisations++;
      entry(net.orgSector[o]!).organisations++;
    });
    const skills = skillHops.filter((d) => d >= 0 && d <= h).length;
    const bySector = [...sectors]
      .map(([sector, x]) => ({ sector, ...x }))
      .sort((a, b) => a.sector.localeCompare(b.sector));
    byHops.push({ hops: h, people, organisations, skills, bySector });
  }
  const own = net.orgSector[view.org];
  const bridged = new Set<string>();
  orgHops.forEach((d, o) => d >= 0 && net.orgSector[o] !== own && bridged.add(net.orgSector[o]!));
  return {
    members: view.members.length,
    skillsInside: skillHops.filter((d) => d === 0).length,
    byHops,
    bridgedSectors: [...bridged].sort(),
  };
}

/**
 * One shortest route from a member to `person` (member first), by walking back along hop
 * distances; the lowest-index predecessor is taken at each step, so the route is deterministic.
 */
export function routeTo(net: AssetsNetwork, view: OrgView, person: number): number[] {
  const d = view.distance[person];
  if (d < 0) return [];
  const route = [person];
  let at = person;
  for (let step = d - 1; step >= 0; step--) {
    const { offsets, neighbours } = net.graph;
    for (let e = offsets[at]; e < offsets[at + 1]; e++) {
      const x = neighbours[e];
      if (view.distance[x] === step && (step === 0 || view.allowed[x] === 1)) {
        at = x;
        break;
      }
    }
    route.push(at);
  }
  return route.reverse();
}
