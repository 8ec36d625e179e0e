/**
 * Skill coverage: for each skill the organisation needs (highest priority first) or asks about,
 * whether a member holds it (`inside`), someone within h hops does (`reachable`), or nobody does
 * (`missing`); how many independent routes lead to a holder; and who the need hangs on.
 *
 * - A holder is a visible person holding the skill or a narrower one (as for introductions).
 * - Routes: node-disjoint paths from a member to a holder through people within h hops of the
 *   organisation (flow.ts). Every person, members included, carries at most one route, so k
 *   routes mean k people would have to leave before the skill is cut off from that neighbourhood.
 * - Single points: people whose departure alone leaves no holder within h hops — checked by
 *   removing each person on one shortest route and recomputing (any such person lies on every
 *   route, so on that one).
 */
import { hopDistances } from '../../../graph/traverse.ts';
import type { AssetsNetwork } from './warm-network.ts';
import { disjointRoutes } from './flow.ts';
import { routeTo, type OrgView } from './org-reach.ts';

export type CoverageStatus = 'inside' | 'reachable' | 'missing';

export interface SkillCoverage {
  skill: number;
  /** Priority of the need, null when the organisation does not list it as a need. */
  priority: number | null;
  status: CoverageStatus;
  /** Hops to the nearest holder (0 = a member), null when missing. */
  hops: number | null;
  /** Visible holders within h hops (members included). */
  holders: number;
  routes: number;
  routesCapped: boolean;
  /** One member → holder path per independent route. */
  paths: number[][];
  /** People whose departure alone would make the skill missing within h hops. */
  singlePoints: number[];
}

export const ROUTE_CAP = 10;

export function skillCoverage(
  net: AssetsNetwork,
  view: OrgView,
  skill: number,
  hops: number,
  priority: number | null,
): SkillCoverage {
  const within = (p: number) => view.distance[p] >= 0 && view.distance[p] <= hops;
  const holders = net.skillHolders[skill]!.filter(within);
  if (holders.length === 0) {
    return {
      skill,
      priority,
      status: 'missing',
      hops: null,
      holders: 0,
      routes: 0,
      routesCapped: false,
      paths: [],
      singlePoints: [],
    };
  }
  const nearest = holders.reduce((best, p) => (view.distance[p] < view.distance[best] ? p : best));
  const neighbourhood = new Uint8Array(net.graph.n);
  for (let p = 0; p < net.graph.n; p++) if (within(p)) neighbourhood[p] = 1;
  const flow = disjointRoutes(net.graph, view.members, holders, neighbourhood, ROUTE_CAP);
  const singlePoints = flow.routes === 1 ? singlePointsOf(net, view, skill, hops, routeTo(net, view, nearest)) : [];
  return {
    skill,
    priority,
    status: view.distance[nearest] === 0 ? 'inside' : 'reachable',
    hops: view.distance[nearest],
    holders: holders.length,
    routes: flow.routes,
    routesCapped: flow.capped,
    paths: flow.paths,
    singlePoints,
  };
}

/** Whether a holder of `skill` stays within `hops` when `person` is gone (member or not). */
export function survives(net: AssetsNetwork, view: OrgView, skill: number, hops: number, person: number): boolean {
  const sources = view.members.filter((m) => m !== person);
  const allowed = view.allowed.slice();
  allowed[person] = 0;
  const distance = hopDistances(net.graph, sources, allowed, hops);
  return net.skillHolders[skill]!.some((p) => p !== person && distance[p] >= 0);
}

function singlePointsOf(net: AssetsNetwork, view: OrgView, skill: number, hops: number, route: number[]): number[] {
  return route.filter((p) => !survives(net, view, skill, hops, p)).sort((a, b) => a - b);
}

/** Needs first (priority order), then `extra` skills not already listed. */
export function coverage(
  net: AssetsNetwork,
  view: OrgView,
  hops: number,
  extra: readonly number[] = [],
): SkillCoverage[] {
  const needs = net.orgNeeds[view.org]!;
  const listed = new Set(needs.map(([s]) => s));
  return [
    ...needs.map(([s, priority]) => skillCoverage(net, view, s, hops, priority)),
    ...extra.filter((s) => !listed.has(s)).map((s) => skillCoverage(net, view, s, hops, null)),
  ];
}
