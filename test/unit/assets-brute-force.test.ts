/**
 * Reach, key-person risk, independent routes, single points and handover plans against brute
 * force on random small networks: the warm graph is re-derived here from the rows (declared
 * non-private ties, shared started projects, shared organisations on the date), reach is found by
 * enumerating simple paths, routes by Menger (the fewest people whose removal separates members
 * from holders, by trying every subset), and a handover plan by adding its introductions and
 * recomputing.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coverage } from '../../server/features/assets/engine/coverage.ts';
import { memberOn } from '../../server/graph/network.ts';
import type { Snapshot as AssetsData } from '../../server/graph/snapshot.ts';
import { assetsNetworkOn as buildNetwork } from '../reference/snapshot.ts';
import { handoverPlan } from '../../server/features/assets/engine/handover.ts';
import { keyPersonRisks } from '../../server/features/assets/engine/key-person.ts';
import { deadline, DeadlineExceeded } from '../../server/shared/deadline.ts';
import { orgView, reachSummary } from '../../server/features/assets/engine/org-reach.ts';
import { trendPoint } from '../../server/features/assets/engine/trend.ts';
import { TieTable } from '../../server/graph/tie-table.ts';

const DATES = ['2020-01-01', '2022-01-01', '2024-01-01'];
const TODAY = '2025-01-01';

const dataArb = fc.integer({ min: 3, max: 9 }).chain((n) => {
  const person = fc.integer({ min: 0, max: n - 1 });
  const date = fc.option(fc.constantFrom(...DATES), { nil: undefined });
  return fc
    .record({
      hidden: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      ties: fc.array(
        fc.record({
          a: person,
          b: person,
          strength: fc.integer({ min: 1, max: 5 }),
          lastContact: date,
          private: fc.boolean(),
        }),
        { maxLength: 2 * n },
      ),
      projects: fc.array(fc.record({ start: date, people: fc.uniqueArray(person, { maxLength: 3 }) }), {
        maxLength: 2,
      }),
      memberships: fc.array(fc.record({ person, org: fc.integer({ min: 0, max: 2 }), since: date, until: date }), {
        minLength: 1,
        maxLength: n + 2,
      }),
      holdings: fc.array(fc.tuple(person, fc.integer({ min: 0, max: 3 })), { maxLength: 2 * n }),
      needs: fc.uniqueArray(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 3 }),
    })
    .map((raw) => toData(n, raw));
});

const pid = (i: number) => `p${i}`;

type Opt = string | undefined;
interface Raw {
  hidden: boolean[];
  ties: { a: number; b: number; strength: number; lastContact: Opt; private: boolean }[];
  projects: { start: Opt; people: number[] }[];
  memberships: { person: number; org: number; since: Opt; until: Opt }[];
  holdings: [number, number][];
  needs: number[];
}

function toData(n: number, raw: Raw): AssetsData {
  return {
    today: TODAY,
    people: Array.from({ length: n }, (_, i) => ({ id: pid(i), discoverable: !(raw.hidden[i] && i % 3 === 0) })),
    fields: {},
    ties: TieTable.from(
      raw.ties
        .filter((t) => !t.private)
        .map((t) => ({
          a: pid(t.a),
          b: pid(t.b),
          strength: t.strength,
          visibility: 'public' as const,
          ...(t.lastContact ? { lastContact: t.lastContact } : {}),
        })),
    ),
    projects: raw.projects.map((p, i) => ({
      id: `j${i}`,
      participants: p.people.map(pid),
      ...(p.start ? { start: p.start } : {}),
    })),
    organisations: [0, 1, 2].map((o) => ({ id: `o${o}`, sector: ['npo', 'company', 'government'][o]! })),
    memberships: raw.memberships.map((m) => ({
      personId: pid(m.person),
      organisationId: `o${m.org}`,
      ...(m.since ? { since: m.since } : {}),
      ...(m.until && (!m.since || m.until >= m.since) ? { until: m.until } : {}),
    })),
    skills: [{ id: 's0' }, { id: 's1', broader: 's0' }, { id: 's2' }, { id: 's3' }],
    holdings: raw.holdings.map(([p, s]): [string, string, number] => [pid(p), `s${s}`, 3]),
    needs: raw.needs.map((s, i) => ({ organisationId: 'o0', skillId: `s${s}`, priority: 5 - i })),
  };
}

/** The warm graph by the rules of docs/introductions.md, from scratch (hidden people dropped). */
function bruteAdjacency(data: AssetsData, date: string): Set<number>[] {
  const n = data.people.length;
  const adj = Array.from({ length: n }, () => new Set<number>());
  const idx = (id: string) => Number(id.slice(1));
  const link = (a: number, b: number) => {
    if (a === b) return;
    adj[a]!.add(b);
    adj[b]!.add(a);
  };
  for (const t of data.ties) if (!t.lastContact || t.lastContact <= date) link(idx(t.a), idx(t.b));
  for (const p of data.projects) {
    if (p.start && p.start > date) continue;
    for (const a of p.participants) for (const b of p.participants) link(idx(a), idx(b));
  }
  for (const o of data.organisations) {
    const current = data.memberships
      .filter((m) => m.organisationId === o.id && memberOn(m, date))
      .map((m) => idx(m.personId));
    for (const a of current) for (const b of current) link(a, b);
  }
  data.people.forEach((p, i) => {
    if (p.discoverable) return;
    for (const x of adj[i]!) adj[x]!.delete(i);
    adj[i]!.clear();
  });
  return adj;
}

function bruteMembers(data: AssetsData, date: string): number[] {
  const ids = data.memberships
    .filter((m) => m.organisationId === 'o0' && memberOn(m, date))
    .map((m) => Number(m.personId.slice(1)));
  return [...new Set(ids)].filter((i) => data.people[i]!.discoverable).sort((a, b) => a - b);
}

/** Shortest hops from any member to each person over simple paths avoiding `blocked`, by DFS. */
function bruteHops(adj: Set<number>[], members: number[], blocked: Set<number>, maxHops: number): Map<number, number> {
  const best = new Map<number, number>();
  const walk = (at: number, hops: number, seen: Set<number>) => {
    if (!best.has(at) || best.get(at)! > hops) best.set(at, hops);
    if (hops === maxHops) return;
    for (const x of adj[at]!) {
      if (seen.has(x) || blocked.has(x) || members.includes(x)) continue;
      seen.add(x);
      walk(x, hops + 1, seen);
      seen.delete(x);
    }
  };
  for (const m of members) if (!blocked.has(m)) walk(m, 0, new Set([m]));
  return best;
}

const holdersOf = (data: AssetsData, skill: string): number[] => {
  const family = new Set([skill, ...data.skills.filter((s) => s.broader === skill).map((s) => s.id)]);
  return [...new Set(data.holdings.filter(([, s]) => family.has(s)).map(([p]) => Number(p.slice(1))))].filter(
    (p) => data.people[p]!.discoverable,
  );
};

/** Menger by brute force: the fewest people whose removal leaves no member–holder path inside `area`. */
function bruteRoutes(adj: Set<number>[], members: number[], holders: number[], area: Set<number>): number {
  const nodes = [...area];
  const connected = (removed: Set<number>) => {
    const start = members.filter((m) => !removed.has(m));
    const seen = new Set(start);
    const stack = [...start];
    while (stack.length) {
      const u = stack.pop()!;
      if (holders.includes(u)) return true;
      for (const x of adj[u]!) {
        if (area.has(x) && !removed.has(x) && !seen.has(x)) {
          seen.add(x);
          stack.push(x);
        }
      }
    }
    return false;
  };
  for (let size = 0; size <= nodes.length; size++) {
    if (subsets(nodes, size).some((s) => !connected(new Set(s)))) return size;
  }
  return nodes.length;
}

function subsets<T>(items: T[], size: number): T[][] {
  if (size === 0) return [[]];
  return items.flatMap((x, i) => subsets(items.slice(i + 1), size - 1).map((rest) => [x, ...rest]));
}

const run = (property: fc.IProperty<[[AssetsData, number, number]]>) => fc.assert(property, { numRuns: 300, seed: 7 });

const input = fc.tuple(dataArb, fc.integer({ min: 1, max: 3 }), fc.integer({ min: 0, max: 3 }));

describe('assets against brute force on random small networks', () => {
  it('reach per hop equals simple-path enumeration, at every date', () => {
    run(
      fc.property(input, ([data, hops, d]) => {
        const date = [...DATES, TODAY][d]!;
        const net = buildNetwork(data, date);
        const view = orgView(net, 0);
        const adj = bruteAdjacency(data, date);
        const members = bruteMembers(data, date);
        expect(view.members).toEqual(members);
        const best = bruteHops(adj, members, new Set(), hops);
        const people = [...best].filter(([, h]) => h >= 1).length;
        expect(reachSummary(net, view).byHops[hops - 1]!.people).toBe(people);
      }),
    );
  });

  it('key-person risks stop at their deadline, checked once per member with the progress made', () => {
    run(
      fc.property(input, ([data, hops]) => {
        const net = buildNetwork(data);
        const view = orgView(net, 0);
        const progress: [number | undefined, number | undefined][] = [];
        keyPersonRisks(net, view, hops, (done, total) => void progress.push([done, total]));
        // Once per member, saying how many of how many are done (for the deadline's projection).
        expect(progress).toEqual(view.members.map((_, i) => [i, view.members.length]));
        if (view.members.length === 0) return;
        const expired = deadline(-1, 'too long');
        expect(() => keyPersonRisks(net, view, hops, expired)).toThrow(DeadlineExceeded);
      }),
    );
  });

  it('key-person loss equals reach before minus reach without that person', () => {
    run(
      fc.property(input, ([data, hops]) => {
        const net = buildNetwork(data);
        const view = orgView(net, 0);
        const adj = bruteAdjacency(data, TODAY);
        const members = bruteMembers(data, TODAY);
        const before = bruteHops(adj, members, new Set(), hops);
        for (const risk of keyPersonRisks(net, view, hops)) {
          const after = bruteHops(
            adj,
            members.filter((m) => m !== risk.person),
            new Set([risk.person]),
            hops,
          );
          const lost = [...before.keys()].filter((p) => before.get(p)! >= 1 && !after.has(p) && p !== risk.person);
          expect(risk.people.sort((a, b) => a - b)).toEqual(lost.sort((a, b) => a - b));
          const reachedOrgs = (hopsOf: Map<number, number>, gone: number) =>
            new Set(
              data.memberships
                .filter((m) => m.organisationId !== 'o0' && memberOn(m, TODAY))
                .map((m) => [Number(m.personId.slice(1)), m.organisationId] as const)
                .filter(([p]) => p !== gone && hopsOf.has(p))
                .map(([, o]) => o),
            );
          const heldSkills = (hopsOf: Map<number, number>, gone: number) =>
            new Set(
              data.holdings
                .filter(([p]) => Number(p.slice(1)) !== gone && hopsOf.has(Number(p.slice(1))))
                .map(([, s]) => s),
            );
          const [orgsBefore, orgsAfter] = [reachedOrgs(before, -1), reachedOrgs(after, risk.person)];
          expect(risk.organisations.map((o) => net.orgIds[o]).sort()).toEqual(
            [...orgsBefore].filter((o) => !orgsAfter.has(o)).sort(),
          );
          const [skillsBefore, skillsAfter] = [heldSkills(before, -1), heldSkills(after, risk.person)];
          expect(risk.skills.map((x) => net.skillIds[x]).sort()).toEqual(
            [...skillsBefore].filter((x) => !skillsAfter.has(x)).sort(),
          );
          for (const [s] of net.orgNeeds[0]!) {
            const holders = holdersOf(data, net.skillIds[s]!);
            const had = holders.some((p) => before.has(p));
            const has = holders.some((p) => p !== risk.person && after.has(p));
            expect(risk.needs.includes(s), `need ${net.skillIds[s]}`).toBe(had && !has);
          }
        }
      }),
    );
  });

  it('independent routes equal Menger’s minimum separator; single points really cut the need off', () => {
    run(
      fc.property(input, ([data, hops]) => {
        const net = buildNetwork(data);
        const view = orgView(net, 0);
        const adj = bruteAdjacency(data, TODAY);
        const members = bruteMembers(data, TODAY);
        const reach = bruteHops(adj, members, new Set(), hops);
        const area = new Set(reach.keys());
        for (const c of coverage(net, view, hops)) {
          const holders = holdersOf(data, net.skillIds[c.skill]!).filter((p) => area.has(p));
          expect(c.holders).toBe(holders.length);
          expect(c.routes).toBe(holders.length === 0 ? 0 : bruteRoutes(adj, members, holders, area));
          expect(c.paths).toHaveLength(c.routes);
          const used = c.paths.flat();
          expect(new Set(used).size, 'routes share a person').toBe(used.length);
          const cutting = [...area].filter((x) => {
            const without = bruteHops(
              adj,
              members.filter((m) => m !== x),
              new Set([x]),
              hops,
            );
            return holders.length > 0 && !holders.some((p) => p !== x && without.has(p));
          });
          expect(c.singlePoints).toEqual(c.routes === 1 ? cutting.sort((a, b) => a - b) : []);
        }
      }),
    );
  });

  it('a handover plan restores everything lost, and an exact plan has no smaller alternative', () => {
    run(
      fc.property(input, ([data, hops]) => {
        const net = buildNetwork(data);
        const view = orgView(net, 0);
        const adj = bruteAdjacency(data, TODAY);
        const members = bruteMembers(data, TODAY);
        const before = bruteHops(adj, members, new Set(), hops);
        for (const m of view.members) {
          const plan = handoverPlan(net, view, m, hops);
          if (plan.successor === null) continue;
          const restores = (contacts: number[]) => {
            const added = adj.map((s) => new Set(s));
            for (const c of contacts) {
              added[c]!.add(plan.successor!);
              added[plan.successor!]!.add(c);
            }
            const rest = members.filter((x) => x !== m);
            const after = bruteHops(added, rest, new Set([m]), hops);
            return plan.loss.people.every((p) => after.has(p));
          };
          const chosen = plan.introductions.map((i) => i.contact);
          expect(restores(chosen)).toBe(true);
          expect(plan.introductions.flatMap((i) => i.restores.people).sort()).toEqual([...plan.loss.people].sort());
          if (plan.method === 'exact' && chosen.length > 0) {
            const contacts = [...adj[m]!].filter((c) => !members.includes(c));
            expect(subsets(contacts, chosen.length - 1).some(restores)).toBe(false);
          }
          expect(before.size).toBeGreaterThanOrEqual(plan.loss.people.length);
        }
      }),
    );
  });

  it('a trend point on today equals the dashboard figures of today', () => {
    run(
      fc.property(input, ([data, hops]) => {
        const net = buildNetwork(data);
        const point = trendPoint(net, 0, hops);
        const summary = reachSummary(net, orgView(net, 0));
        expect(point.people).toEqual(summary.byHops.map((h) => h.people));
        expect(point.members).toBe(summary.members);
      }),
    );
  });
});
