/**
 * The same figures at past dates. The network of a date is compiled from the evidence dated by
 * then (data.ts `inputOn`): memberships active on that day, ties whose last contact is on or
 * before it, projects started by it, undated evidence always; recency is measured from that day.
 * Skills and needs carry no dates and are taken as they are now. Because a tie's only date is
 * its *last* contact, a long-standing tie renewed recently counts only from that renewal: past
 * figures are lower bounds, and the trend shows dated growth, not exact history.
 */
import { coverage } from './coverage.ts';
import type { AssetsNetwork } from './warm-network.ts';
import { orgView, reachSummary } from './org-reach.ts';

export interface TrendPoint {
  date: string;
  members: number;
  /** People reachable within 1, 2, 3 hops. */
  people: number[];
  organisations: number;
  skills: number;
  needs: number;
  needsCovered: number;
  /** Needs covered through a single route (one person's departure can cut them off). */
  needsFragile: number;
}

export function trendPoint(net: AssetsNetwork, org: number, hops: number): TrendPoint {
  const view = orgView(net, org);
  const summary = reachSummary(net, view);
  const atHops = summary.byHops[hops - 1]!;
  const needs = coverage(net, view, hops);
  return {
    date: net.date,
    members: view.members.length,
    people: summary.byHops.map((h) => h.people),
    organisations: atHops.organisations,
    skills: atHops.skills,
    needs: needs.length,
    needsCovered: needs.filter((c) => c.status !== 'missing').length,
    needsFragile: needs.filter((c) => c.routes === 1).length,
  };
}

/** `count` dates a year apart ending at `today`, oldest first (29 Feb falls back to 28 Feb). */
export function yearlyDates(today: string, count: number): string[] {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return Array.from({ length: count }, (_, i) => {
    const year = y - (count - 1 - i);
    const day = m === 2 && d === 29 && !isLeap(year) ? 28 : d;
    return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  });
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
