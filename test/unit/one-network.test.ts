/**
 * One network, one date rule (docs/decisions/0010-one-network.md). On random dated datasets and
 * random days:
 * - the compiled warm graph equals an independent oracle that applies the date rule to the raw
 *   rows by hand (a tie from its last contact, a project from its start, a membership from
 *   `since` to the day before `until`) and the documented strength formulas;
 * - introductions (pair strengths), the team composer and STO matching (hop costs −ln s + α) and
 *   connection assets (the visible weighted graph) see exactly the same pairs with the same
 *   strengths — there is only one compile, and this proves what each engine reads from it;
 * - applying a delta (the rows of the people a write touched) and compiling gives exactly the
 *   network that reading everything again gives.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assetsNetwork } from '../../server/features/assets/engine/warm-network.ts';
import { DEFAULT_CONFIG } from '../../server/graph/config.ts';
import { compilePeopleGraph } from '../../server/graph/compile.ts';
import { compileOffThread, OFF_THREAD_TIES } from '../../server/graph/compile-worker.ts';
import { applyDelta } from '../../server/graph/delta.ts';
import { explainHop } from '../../server/graph/explain.ts';
import type { PeopleGraphInput } from '../../server/graph/evidence.ts';
import { compileNetwork, inputOn, type Network } from '../../server/graph/network.ts';
import { fingerprint } from '../../server/graph/snapshot.ts';
import { pack, packInSlices, type WireData } from '../../server/graph/share.ts';
import type { Snapshot } from '../../server/graph/snapshot.ts';
import { generateSynthetic } from '../../seed/synthetic/index.ts';
import { bruteStrengths } from '../reference/introductions-brute-force.ts';
import { pid, snapshotArb } from '../reference/snapshot-arb.ts';
import { snapshotFromDataset } from '../reference/snapshot.ts';
import { Dictionary, TieTable } from '../../server/graph/tie-table.ts';

const DAYS = ['2018-01-01', '2020-01-01', '2021-01-01', '2023-03-14', '2023-03-15', '2025-12-31', '2027-01-01'];

/** The date rule written again, by hand, straight from its definition. */
function oracleInput(s: Snapshot, day: string): PeopleGraphInput {
  const existed = (from: string | undefined) => from === undefined || from <= day;
  const members = (org: string) =>
    s.memberships
      .filter((m) => m.organisationId === org && existed(m.since) && (m.until === undefined || day < m.until))
      .map((m) => m.personId);
  return {
    today: day,
    people: s.people,
    knows: s.ties.filter((t) => existed(t.lastContact)),
    projects: s.projects.filter((p) => existed(p.start)).map(({ start: _start, ...p }) => p),
    organisations: s.organisations.map((o) => ({ id: o.id, currentMembers: members(o.id) })),
  };
}

/** Pair → strength as each engine reads it from the compiled network. */
function views(net: Network) {
  const g = net.graph;
  const introductions = new Map<string, number>();
  const teams = new Map<string, number>();
  for (let p = 0; p < g.ids.length; p++) {
    for (let e = g.offsets[p]!; e < g.offsets[p + 1]!; e++) {
      const q = g.neighbours[e]!;
      if (p >= q) continue;
      const key = `${g.ids[p]}|${g.ids[q]}`;
      introductions.set(key, g.pairStrength[g.edgePair[e]!]!);
      // The team composer and STO matching walk hop costs: s = e^(α − cost).
      teams.set(key, Math.exp(g.config.alpha - g.costs[e]!));
    }
  }
  const warm = assetsNetwork(net).graph;
  const assets = new Map<string, number>();
  for (let p = 0; p < warm.n; p++) {
    for (let e = warm.offsets[p]!; e < warm.offsets[p + 1]!; e++) {
      const q = warm.neighbours[e]!;
      if (p < q) assets.set(`${g.ids[p]}|${g.ids[q]}`, warm.weights![e]!);
    }
  }
  return { introductions, teams, assets };
}

const close = (a: Map<string, number>, b: Map<string, number>) => {
  expect([...a.keys()].sort()).toEqual([...b.keys()].sort());
  for (const [key, s] of a) expect(b.get(key)).toBeCloseTo(s, 12);
};

describe('one network: every engine sees the same warm graph on every day', () => {
  it('matches the date rule applied by hand, and introductions, teams, matching and assets agree', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 9 }).chain((n) => snapshotArb(n)),
        fc.constantFrom(...DAYS),
        (snapshot, day) => {
          const net = compileNetwork(snapshot, day);
          const { introductions, teams, assets } = views(net);
          const oracle = new Map(
            [...bruteStrengths(oracleInput(snapshot, day), DEFAULT_CONFIG)].map(([key, s]) => [
              key.replace(' ', '|'),
              s,
            ]),
          );
          close(introductions, oracle);
          close(teams, introductions);
          // Assets drop hidden people and nothing else.
          const visible = new Set(snapshot.people.filter((p) => p.discoverable).map((p) => p.id));
          const visibleOnly = new Map(
            [...introductions].filter(([key]) => key.split('|').every((id) => visible.has(id))),
          );
          close(assets, visibleOnly);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('counts a membership from its start and not on its end day, a project from its start, a tie from its last contact', () => {
    const snapshot: Snapshot = {
      today: '2026-12-04',
      people: ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, discoverable: true })),
      fields: {},
      ties: TieTable.from([{ a: 'e', b: 'f', strength: 5, lastContact: '2027-01-01', visibility: 'public' }]),
      projects: [{ id: 'j', participants: ['c', 'd'], start: '2027-02-01' }],
      organisations: [{ id: 'o', sector: 'npo' }],
      memberships: [
        { personId: 'a', organisationId: 'o', since: '2027-01-01' },
        { personId: 'b', organisationId: 'o', until: '2027-06-01' },
      ],
      skills: [],
      holdings: [],
      needs: [],
    };
    const pairs = (day: string) => [...views(compileNetwork(snapshot, day)).introductions.keys()].sort();
    expect(pairs('2026-12-04')).toEqual([]); // a joins next month: no warm hop today
    expect(pairs('2027-01-01')).toEqual(['a|b', 'e|f']);
    expect(pairs('2027-02-01')).toEqual(['a|b', 'c|d', 'e|f']);
    expect(pairs('2027-06-01')).toEqual(['c|d', 'e|f']); // b's membership ended that day
  });
});

/** Every pair's explanation (evidence, in order, and strength): what an answer would show. */
function explanations(net: Network): string[] {
  const g = net.graph;
  const out: string[] = [];
  for (let p = 0; p < g.ids.length; p++)
    for (let e = g.offsets[p]!; e < g.offsets[p + 1]!; e++)
      if (p < g.neighbours[e]!) out.push(JSON.stringify(explainHop(g, p, g.neighbours[e]!)));
  return out;
}

/** What every engine reads: pairs, explanations, visibility, members, restricted ties (in order). */
function expectSameNetwork(patched: Network, reloaded: Network): void {
  expect(patched.graph.ids).toEqual(reloaded.graph.ids);
  // The adjacency itself, pair numbers included (tie references differ: a delta appends its ties).
  for (const key of ['offsets', 'neighbours', 'edgePair'] as const)
    expect(Array.from(patched.graph[key]), key).toEqual(Array.from(reloaded.graph[key]));
  for (const key of ['costs', 'pairStrength'] as const) {
    expect(patched.graph[key].length, key).toBe(reloaded.graph[key].length);
    patched.graph[key].forEach((x, i) => expect(x, key).toBeCloseTo(reloaded.graph[key][i]!, 12));
  }
  const evidenceCounts = (g: Network['graph']) =>
    Array.from(g.pairEvidence, (x, i) => x - (g.pairEvidence[i - 1] ?? 0));
  expect(evidenceCounts(patched.graph)).toEqual(evidenceCounts(reloaded.graph));
  close(views(patched).introductions, views(reloaded).introductions);
  expect(explanations(patched)).toEqual(explanations(reloaded));
  expect(Array.from(patched.visible)).toEqual(Array.from(reloaded.visible));
  expect(patched.orgMembers).toEqual(reloaded.orgMembers);
  const restricted = (n: Network) => n.restricted.map(({ a, b, row }) => [a, b, row.a, row.b, row.visibility]);
  expect(restricted(patched)).toEqual(restricted(reloaded));
}

/**
 * "After the write": the touched people's rows (and `newcomers`) come from `other`, everyone
 * else's stay; and the delta that says so (with the projects, when they changed too).
 */
function rewrite(
  before: Snapshot,
  other: Pick<Snapshot, 'people' | 'ties' | 'memberships'>,
  touched: ReadonlySet<string>,
  newcomers: readonly string[],
  projects?: Snapshot['projects'],
) {
  const mine = (id: string) => touched.has(id);
  const after: Snapshot = {
    ...before,
    people: [
      ...before.people.map((p) => (mine(p.id) ? other.people.find((q) => q.id === p.id)! : p)),
      ...other.people.filter((p) => newcomers.includes(p.id)),
    ],
    ties: TieTable.from([
      ...[...before.ties].filter((t) => !mine(t.a) && !mine(t.b)),
      ...[...other.ties].filter((t) => mine(t.a) || mine(t.b)),
    ]),
    memberships: [
      ...before.memberships.filter((m) => !mine(m.personId)),
      ...other.memberships.filter((m) => mine(m.personId)),
    ],
    projects: projects ?? before.projects,
  };
  const delta = {
    people: touched,
    rows: {
      people: after.people.filter((p) => mine(p.id)),
      fields: {},
      ties: [...after.ties].filter((t) => mine(t.a) || mine(t.b)),
      memberships: after.memberships.filter((m) => mine(m.personId)),
      holdings: [],
    },
    ...(projects ? { shared: { ...before, projects } } : {}),
  };
  return { after, delta };
}

describe('a delta gives the network a full reload gives', () => {
  it('replacing the touched people’s rows (and projects) and recompiling only what they touch equals reading everything again', () => {
    let incremental = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) =>
            fc.tuple(
              snapshotArb(n, true),
              snapshotArb(n, true),
              fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
            ),
          ),
        fc.constantFrom(...DAYS),
        fc.boolean(),
        ([before, other, touchedIndices], day, projectsChanged) => {
          const touched = new Set(touchedIndices.map(pid));
          const { after, delta } = rewrite(before, other, touched, [], projectsChanged ? other.projects : undefined);
          const applied = applyDelta(before, compileNetwork(before, day), delta);
          if (applied.incremental) incremental++;
          const patched = applied.network;
          const reloaded = compileNetwork(after, day);
          expectSameNetwork(patched, reloaded);
        },
      ),
      { numRuns: 300 },
    );
    expect(incremental).toBeGreaterThan(250); // the partial rebuild ran, not only the full compile
  });

  it('deltas one after another (each finding its rows from the last one’s) equal reading everything again', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) =>
            fc.tuple(
              snapshotArb(n, true),
              fc.array(
                fc.tuple(snapshotArb(n, true), fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n })),
                { minLength: 2, maxLength: 4 },
              ),
            ),
          ),
        fc.constantFrom(...DAYS),
        ([first, writes], day) => {
          let snapshot = first;
          let network = compileNetwork(first, day);
          for (const [other, touchedIndices] of writes) {
            const { after, delta } = rewrite(snapshot, other, new Set(touchedIndices.map(pid)), []);
            const applied = applyDelta(snapshot, network, delta);
            expect([...applied.snapshot.ties], 'ties').toEqual([...after.ties]);
            for (const table of ['memberships', 'holdings'] as const)
              expect(applied.snapshot[table], table).toEqual(after[table]);
            const byId = (rows: Snapshot['people']) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
            expect(byId(applied.snapshot.people)).toEqual(byId(after.people)); // moved to the end, as rewrite does not
            expectSameNetwork(applied.network, compileNetwork(after, day));
            ({ snapshot, network } = applied);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a delta that adds people (placed among the others in id order) equals reading everything again', () => {
    let incremental = 0;
    fc.assert(
      fc.property(
        fc
          .integer({ min: 2, max: 8 })
          .chain((n) =>
            fc.tuple(
              snapshotArb(n, true),
              snapshotArb(n + 2, true),
              fc.uniqueArray(fc.integer({ min: 0, max: n - 1 }), { maxLength: n }),
              fc.integer({ min: 0, max: n - 1 }),
              fc.integer({ min: 0, max: n - 1 }),
            ),
          ),
        fc.constantFrom(...DAYS),
        ([before, wider, touchedIndices, at, at2], day) => {
          const n = before.people.length;
          // The two extra people of `wider` get ids that sort among the others ("p03+" after "p03").
          const names = new Map([
            [pid(n), `${pid(at)}+`],
            [pid(n + 1), `${pid(at2)}-`],
          ]);
          const rename = (id: string) => names.get(id) ?? id;
          const newcomers = [...names.values()];
          const touched = new Set([...touchedIndices.map(pid), ...newcomers]);
          const other = {
            people: wider.people.map((p) => ({ ...p, id: rename(p.id) })),
            ties: TieTable.from([...wider.ties].map((t) => ({ ...t, a: rename(t.a), b: rename(t.b) }))),
            memberships: wider.memberships.map((m) => ({ ...m, personId: rename(m.personId) })),
          };
          const { after, delta } = rewrite(before, other, touched, newcomers);
          const applied = applyDelta(before, compileNetwork(before, day), delta);
          if (applied.incremental) incremental++;
          const patched = applied.network;
          const reloaded = compileNetwork(after, day);
          expectSameNetwork(patched, reloaded);
        },
      ),
      { numRuns: 200 },
    );
    expect(incremental).toBe(200); // never a full compile: newcomers are placed, not recompiled
  });
});

describe('a compile off the event loop', () => {
  it('gives the same network as compiling in the calling thread, on shared memory', async () => {
    const snapshot = snapshotFromDataset(generateSynthetic({ people: 7000, seed: 3 }), '2026-12-04');
    expect(snapshot.ties.length).toBeGreaterThan(OFF_THREAD_TIES); // really on a worker thread
    const { graph, print } = await compileOffThread(snapshot, '2025-06-01');
    const here = compilePeopleGraph(inputOn(snapshot, '2025-06-01'));
    expect(print).toBe(fingerprint(snapshot));
    expect(graph.ids).toEqual(here.ids);
    expect(graph.indexOf.get(here.ids[123]!)).toBe(123);
    for (const key of [
      'offsets',
      'neighbours',
      'costs',
      'pairStrength',
      'pairEvidence',
      'evidence',
      'discoverable',
    ] as const) {
      expect(graph[key].buffer).toBeInstanceOf(SharedArrayBuffer);
      expect(Array.from(graph[key])).toEqual(Array.from(here[key]));
    }
    expect(Array.from(graph.sources.tieStrength)).toEqual(Array.from(here.sources.tieStrength));
  }, 60_000);

  it('packs the rows in slices (between turns of the event loop) exactly as in one go', async () => {
    // The ties are columns already and cross as they are; the skill holdings are packed.
    const make = () => snapshotFromDataset(generateSynthetic({ people: 12_000, seed: 5 }), '2026-12-04');
    const [sliced, whole] = [make(), make()];
    expect(sliced.holdings.length).toBeGreaterThan(20_000); // more than one slice
    let turns = 0;
    let counting = true;
    const count = () => counting && (turns++, setImmediate(count));
    setImmediate(count);
    const packed = await packInSlices(sliced, 0); // a turn at every slice, however fast
    counting = false;
    const rows = ({ ties, rows: json, ...rest }: WireData) => ({
      ...rest,
      rows: Buffer.from(json).toString('utf8'),
      ties: [...new TieTable(ties.columns, Dictionary.of(ties.strings))],
    });
    expect(rows(packed)).toEqual(rows(pack(whole)));
    expect(turns).toBeGreaterThan(0); // the loop took turns while it packed
  });
});
