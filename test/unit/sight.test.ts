/**
 * The per-viewer sight (server/graph/sight.ts, docs/decisions/0012-per-viewer-sight.md). On random
 * dated networks with PUBLIC, ORGANISATION and PRIVATE ties and random viewers (a person or none,
 * roles, administrator or not), searching the shared network with the viewer's overlay gives
 * exactly what a full compile of the ties that viewer may use gives — no more (nobody else's
 * private tie, no organisation tie of an organisation the viewer has nothing to do with) and no
 * less (the viewer's own private ties and their organisations' ties are used).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestPathsToPerson, bestTargets } from '../../server/features/introductions/engine/index.ts';
import { explainPath } from '../../server/graph/explain.ts';
import { compileNetwork, memberOn, tieOn } from '../../server/graph/network.ts';
import { overlayFor, overlayStats, prepareOverlays, sightOf, viewOf, SHARED_ONLY } from '../../server/graph/sight.ts';
import { applyIncrementally } from '../../server/graph/delta.ts';
import { finish } from '../../server/shared/turns.ts';
import type { Snapshot, TieRow } from '../../server/graph/snapshot.ts';
import { shortestPaths } from '../../server/graph/traverse.ts';
import type { Role, Viewer } from '../../server/shared/viewer.ts';
import { pid, snapshotArb } from '../reference/snapshot-arb.ts';
import { TieTable } from '../../server/graph/tie-table.ts';

const viewerArb = (n: number) =>
  fc.record({
    person: fc.option(fc.integer({ min: 0, max: n - 1 }).map(pid), { nil: null }),
    administrator: fc.boolean(),
    roles: fc.uniqueArray(
      fc.integer({ min: 0, max: 2 }).map((o) => `o${o}`),
      { maxLength: 2 },
    ),
  });

const viewerOf = (v: { person: string | null; administrator: boolean; roles: string[] }): Viewer => ({
  accountId: 'a1',
  email: 'someone@example.org',
  personId: v.person,
  administrator: v.administrator,
  roles: new Map(v.roles.map((o): [string, Role] => [o, 'viewer'])),
});

/** The ties this viewer may use, decided from the raw rows by the rule as written in the issue. */
function usableBy(s: Snapshot, viewer: Viewer): Snapshot {
  const orgsOf = (person: string) =>
    new Set(s.memberships.filter((m) => m.personId === person && memberOn(m, s.today)).map((m) => m.organisationId));
  const mine = new Set([...(viewer.personId ? orgsOf(viewer.personId) : []), ...viewer.roles.keys()]);
  const shares = (person: string) => [...orgsOf(person)].some((o) => mine.has(o));
  const ties = [...s.ties].flatMap((t) => {
    if (t.visibility === 'public') return [t];
    const ok =
      t.visibility === 'private'
        ? viewer.personId === t.a || viewer.personId === t.b
        : viewer.administrator || shares(t.a) || shares(t.b);
    return ok ? [{ ...t, visibility: 'public' as const }] : [];
  });
  return { ...s, ties: TieTable.from(ties) };
}

const round = (x: number) => x.toPrecision(11);

/** A write of one person's ties (their other rows as they are): the delta the store would read. */
const rewriteOf = (snapshot: Snapshot, id: string, ties: TieRow[]) => ({
  people: new Set([id]),
  rows: {
    people: snapshot.people.filter((p) => p.id === id),
    fields: {},
    ties,
    memberships: snapshot.memberships.filter((m) => m.personId === id),
    holdings: snapshot.holdings.filter((h) => h[0] === id),
  },
});

describe('overlays after a write', () => {
  it('are prepared for the sights that asked before, equal to overlays built from scratch', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 9 })
          .chain((n) => fc.tuple(snapshotArb(n, true), viewerArb(n), fc.integer({ min: 0, max: n - 1 }))),
        ([snapshot, raw, touched]) => {
          const viewer = viewerOf(raw);
          const before = compileNetwork(snapshot);
          const sight = sightOf(before, viewer);
          overlayFor(before, sight); // asked before the write
          // The write: every tie of one person changes strength.
          const id = pid(touched);
          const mine = (t: { a: string; b: string }) => t.a === id || t.b === id;
          const ties = [...snapshot.ties].filter(mine).map((t) => ({ ...t, strength: (t.strength % 5) + 1 }));
          const applied = applyIncrementally(snapshot, before, rewriteOf(snapshot, id, ties));
          const after = applied.network!;
          const built = finish(prepareOverlays(before, after));
          expect(built).toBe(after.restricted.length > 0 ? 1 : 0);
          // Built from scratch on a network compiled anew from the same rows.
          const fresh = compileNetwork(applied.snapshot);
          expect(overlayFor(after, sight)).toEqual(overlayFor(fresh, sight));
          expect(finish(prepareOverlays(before, after))).toBe(0); // nothing left to prepare
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('overlays carried across a write', () => {
  it('equal overlays built from scratch when the write changed one person’s ties, restricted ones included', () => {
    const visibilities = ['public', 'organisation', 'private'] as const;
    const before = overlayStats.carried;
    let asked = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 9 })
          .chain((n) =>
            fc.tuple(
              snapshotArb(n, true),
              fc.array(viewerArb(n), { minLength: 1, maxLength: 3 }),
              fc.integer({ min: 0, max: n - 1 }),
              fc.array(fc.tuple(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 5 })), { maxLength: 6 }),
              fc.option(fc.tuple(fc.integer({ min: 0, max: n - 1 }), fc.constantFrom(...visibilities))),
            ),
          ),
        ([snapshot, raws, touched, changes, added]) => {
          const network = compileNetwork(snapshot);
          const sights = raws.map((raw) => sightOf(network, viewerOf(raw)));
          for (const sight of sights) overlayFor(network, sight);
          asked += network.restricted.length > 0 ? 1 : 0;
          // The write: the touched person's ties change strength and visibility; perhaps one more.
          const id = pid(touched);
          const mine = [...snapshot.ties].filter((t) => t.a === id || t.b === id);
          const ties = mine.map((t, i) => {
            const [v, strength] = changes[i] ?? [visibilities.indexOf(t.visibility), t.strength];
            return { ...t, strength, visibility: visibilities[v]! };
          });
          if (added && pid(added[0]) !== id) ties.push({ a: id, b: pid(added[0]), strength: 4, visibility: added[1] });
          const applied = applyIncrementally(snapshot, network, rewriteOf(snapshot, id, ties));
          const after = applied.network!;
          expect(applied.touched).toEqual([network.personIndex.get(id)]);
          finish(prepareOverlays(network, after, applied.touched));
          const fresh = compileNetwork(applied.snapshot);
          for (const sight of sights) expect(overlayFor(after, sight)).toEqual(overlayFor(fresh, sight));
        },
      ),
      { numRuns: 300 },
    );
    // The overlays were carried, not built again, whenever there were restricted ties to carry.
    expect(overlayStats.carried - before).toBeGreaterThan(asked / 2);
  });
});

describe('overlays after a write that numbers people anew', () => {
  it('are prepared for the sights that asked before, moved by id, equal to overlays built from scratch', () => {
    let prepared = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 3, max: 9 })
          .chain((n) =>
            fc.tuple(
              snapshotArb(n, true),
              viewerArb(n),
              fc.integer({ min: 0, max: n - 1 }),
              fc.constantFrom('public', 'organisation', 'private'),
            ),
          ),
        ([snapshot, raw, other, visibility]) => {
          const viewer = viewerOf(raw);
          const before = compileNetwork(snapshot);
          overlayFor(before, sightOf(before, viewer)); // asked before the write
          // The write: a newcomer tied to someone; "p00a" sorts right after p00, so everyone after moves up.
          const id = 'p00a';
          const delta = {
            people: new Set([id]),
            rows: {
              people: [{ id, discoverable: true }],
              fields: {},
              ties: [{ a: id, b: pid(other), strength: 4, visibility }],
              memberships: [],
              holdings: [],
            },
          };
          const applied = applyIncrementally(snapshot, before, delta);
          const after = applied.network!;
          expect(after.personIds[1]).toBe(id);
          const made = finish(prepareOverlays(before, after));
          const sight = sightOf(after, viewer);
          // An overlay is kept only for a network with restricted ties (else there is nothing to prepare).
          if (before.restricted.length > 0 && after.restricted.length > 0) {
            expect(made).toBe(1);
            prepared++;
          }
          const onDemand = overlayStats.onDemand;
          const used = overlayFor(after, sight);
          // The viewer's question found the prepared overlay (none was built on its path).
          if (made === 1) expect(overlayStats.onDemand).toBe(onDemand);
          const fresh = compileNetwork(applied.snapshot);
          expect(used).toEqual(overlayFor(fresh, sightOf(fresh, viewer)));
          expect(finish(prepareOverlays(before, after))).toBe(0); // already there
        },
      ),
      { numRuns: 200 },
    );
    expect(prepared).toBeGreaterThan(50);
  });
});

describe('a viewer sees the shared network and their own restricted ties, exactly', () => {
  it('introductions, targets and shortest paths equal a compile of the usable ties', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }).chain((n) => fc.tuple(snapshotArb(n, true), viewerArb(n))),
        ([snapshot, raw]) => {
          const viewer = viewerOf(raw);
          const net = compileNetwork(snapshot);
          const reference = compileNetwork(usableBy(snapshot, viewer));
          const view = viewOf(net, viewer);
          const n = net.personIds.length;
          for (let source = 0; source < n; source++) {
            const own = overlayFor(net, sightOf(net, viewer));
            expect(own).toBe(view.overlay); // cached per network and sight
            const mine = shortestPaths(net.graph, [source], net.visible, 4, view.overlay).dist;
            const theirs = shortestPaths(reference.graph, [source], reference.visible, 4).dist;
            expect(Array.from(mine, round)).toEqual(Array.from(theirs, round));
            for (let target = 0; target < n; target++) {
              if (target === source) continue;
              const options = { k: 3, maxHops: 4 };
              const a = bestPathsToPerson(net.graph, source, target, { ...options, overlay: view.overlay });
              const b = bestPathsToPerson(reference.graph, source, target, options);
              expect(a.reach).toBe(b.reach);
              expect(a.paths.map((p) => round(p.score))).toEqual(b.paths.map((p) => round(p.score)));
              for (const path of a.paths) {
                expect(explainPath(net.graph, path.people, view.explain).score).toBe(path.score);
              }
            }
            const everyone = Array.from({ length: n }, (_, i) => i);
            const t1 = bestTargets(net.graph, source, everyone, { k: n, maxHops: 3, overlay: view.overlay });
            const t2 = bestTargets(reference.graph, source, everyone, { k: n, maxHops: 3 });
            expect(t1.targets.map((t) => round(t.score)).sort()).toEqual(t2.targets.map((t) => round(t.score)).sort());
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('uses a private tie for its two people only, and an organisation tie for its organisations', () => {
    const snapshot: Snapshot = {
      today: '2026-12-04',
      people: ['p0', 'p1', 'p2', 'p3'].map((id) => ({ id, discoverable: true })),
      fields: {},
      ties: TieTable.from([
        { a: 'p0', b: 'p1', strength: 5, visibility: 'private' },
        { a: 'p2', b: 'p3', strength: 4, visibility: 'organisation' },
      ]),
      projects: [],
      organisations: [
        { id: 'o0', sector: 'npo' },
        { id: 'o1', sector: 'npo' },
      ],
      memberships: [
        { personId: 'p3', organisationId: 'o0' },
        { personId: 'p1', organisationId: 'o1' },
      ],
      skills: [],
      holdings: [],
      needs: [],
    };
    const net = compileNetwork(snapshot);
    expect(tieOn(snapshot.ties.at(0), snapshot.today)).toBe(true);
    const reach = (v: Viewer | null, from: number, to: number) =>
      bestPathsToPerson(net.graph, from, to, { k: 1, maxHops: 2, overlay: viewOf(net, v).overlay }).reach;
    const p1 = viewerOf({ person: 'p1', administrator: false, roles: [] });
    const p2 = viewerOf({ person: 'p2', administrator: false, roles: [] });
    const member = viewerOf({ person: null, administrator: false, roles: ['o0'] });
    const admin = viewerOf({ person: null, administrator: true, roles: [] });
    expect(reach(p1, 1, 0)).toBe('found'); // their own private tie
    expect(reach(p2, 1, 0)).toBe('unreachable'); // someone else's
    expect(reach(admin, 1, 0)).toBe('unreachable'); // administrators use only their own private ties
    expect(reach(p1, 2, 3)).toBe('unreachable'); // p1's organisation is not p2's or p3's
    expect(reach(member, 2, 3)).toBe('found'); // a role in p3's organisation
    expect(reach(admin, 2, 3)).toBe('found');
    expect(reach(null, 2, 3)).toBe('unreachable');
    expect(overlayFor(net, SHARED_ONLY).offsets.length).toBe(0);
  });
});
