/**
 * Merging duplicate records, on random graphs in the real database: after a merge no relationship
 * is lost (each lands on the kept record, parallel ones combined), the merged ids are aliases of
 * the kept record; after the undo the database is exactly what it was, types of values included.
 * An undo after the kept record changed is refused.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { mergeRecords, undoMerge } from '../../server/features/data/duplicates/merge.ts';
import { findDuplicates } from '../../server/features/data/duplicates/report.ts';
import { dbMatchLookup } from '../../server/features/data/match/lookup.ts';
import { testDb, wipe } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  return () => db.close();
});

/** Everything but bookkeeping (the merge's own, the network's change counter), with value types spelled out. */
async function state(): Promise<unknown> {
  const nodes = await db.read((tx) =>
    tx.runText(
      `MATCH (n) WHERE NOT n:Merge AND NOT n:MergeArchive AND NOT n:TsunagariTestDatabase AND NOT n:GraphChange AND NOT n:GraphVersion
       RETURN labels(n) AS labels, [k IN keys(n) | [k, toString(n[k]), valueType(n[k])]] AS props ORDER BY coalesce(n.key, n.email, n.id)`,
    ),
  );
  const rels = await db.read((tx) =>
    tx.runText(
      `MATCH (a)-[r]->(b) WHERE NOT a:Merge AND NOT b:MergeArchive
       RETURN coalesce(a.key, a.email, a.id) AS from, type(r) AS type, coalesce(b.key, b.email, b.id) AS to,
              [k IN keys(r) | [k, toString(r[k]), valueType(r[k])]] AS props`,
    ),
  );
  const sortProps = (rows: Record<string, unknown>[]) =>
    rows.map((r) => JSON.stringify({ ...r, props: [...(r.props as string[][])].sort() })).sort();
  return { nodes: sortProps(nodes), rels: sortProps(rels) };
}

interface World {
  people: number;
  ties: [number, number, number, string, string][];
  memberships: [number, number, string | null, string | null][];
  skills: [number, number, number][];
}

const world = fc.record({
  people: fc.integer({ min: 3, max: 7 }),
  ties: fc.array(
    fc.tuple(
      fc.nat(6),
      fc.nat(6),
      fc.integer({ min: 1, max: 5 }),
      fc.constantFrom('2019-10-01', '2024-05-05', '2026-01-20'),
      fc.constantFrom('public', 'organisation', 'private'),
    ),
    { maxLength: 12 },
  ),
  memberships: fc.array(
    fc.tuple(
      fc.nat(6),
      fc.nat(2),
      fc.constantFrom(null, '2015-04-01', '2020-01-01'),
      fc.constantFrom(null, '2025-03-31'),
    ),
    { maxLength: 8 },
  ),
  skills: fc.array(fc.tuple(fc.nat(6), fc.nat(1), fc.integer({ min: 1, max: 5 })), { maxLength: 8 }),
});

async function build(w: World): Promise<void> {
  await wipe(db);
  const person = (i: number) => `m${i % w.people}`;
  await db.write(async (tx) => {
    // wipe() keeps accounts: this test's own goes explicitly.
    await tx.runText(`MATCH (a:Account {id: 'acc-merge'}) DETACH DELETE a`);
    await tx.runText(
      `UNWIND range(0, $n - 1) AS i
       CREATE (:Entity:Person {id: 'm' + i, key: 'Person:m' + i, name: '山田 太郎', nameKana: 'やまだ たろう',
               email: CASE WHEN i % 2 = 0 THEN 'm' + i + '@example.jp' END, discoverable: true, takingRequests: true,
               searchText: 'やまだたろう', hoursPerMonth: i})`,
      { n: w.people },
    );
    await tx.runText(
      `UNWIND range(0, 2) AS i CREATE (:Entity:Organisation {id: 'g' + i, key: 'Organisation:g' + i, name: '団体' + i, sector: 'npo', searchText: 'g'})`,
    );
    await tx.runText(
      `UNWIND range(0, 1) AS i CREATE (:Entity:Skill {id: 's' + i, key: 'Skill:s' + i, nameJa: 'スキル' + i, searchText: 's'})`,
    );
    for (const [a, b, strength, last, visibility] of w.ties) {
      if (person(a) === person(b)) continue;
      await tx.runText(
        `MATCH (a:Person {id: $a}), (b:Person {id: $b}) WHERE NOT (a)-[:KNOWS]-(b)
         CREATE (a)-[:KNOWS {strength: $strength, lastContact: date($last), context: 'ctx ' + $a, visibility: $visibility, source: 'test'}]->(b)`,
        { a: person(a), b: person(b), strength, last, visibility },
      );
    }
    for (const [p, o, since, until] of w.memberships)
      await tx.runText(
        `MATCH (p:Person {id: $p}), (o:Organisation {id: $o}) WHERE NOT (p)-[:MEMBER_OF]->(o)
         CREATE (p)-[m:MEMBER_OF {role: 'role ' + $p}]->(o)
         SET m.since = CASE WHEN $since IS NULL THEN null ELSE date($since) END,
             m.until = CASE WHEN $until IS NULL THEN null ELSE date($until) END`,
        { p: person(p), o: `g${o}`, since, until },
      );
    for (const [p, s, level] of w.skills)
      await tx.runText(
        `MATCH (p:Person {id: $p}), (s:Skill {id: $s}) WHERE NOT (p)-[:HAS_SKILL]->(s) CREATE (p)-[:HAS_SKILL {level: $level}]->(s)`,
        { p: person(p), s: `s${s}`, level },
      );
    // An account that is the second person, with a role (a datetime), and an alias of the third.
    await tx.runText(
      `MATCH (p:Person {id: 'm1'}), (o:Organisation {id: 'g0'})
       CREATE (a:Account {id: 'acc-merge', email: 'acc@example.jp'})-[:IS]->(p)
       CREATE (a)-[:HAS_ROLE {role: 'editor', grantedAt: datetime('2026-01-02T03:04:05.123456789Z')}]->(o)
       WITH p MATCH (q:Person {id: 'm2'}) CREATE (:Alias {key: 'Person:kintone-9', kind: 'Person', id: 'kintone-9'})-[:ALIAS_OF]->(q)`,
    );
  });
}

/** Every relationship of these people to anyone else: type, other end, direction (ties: none). */
async function ends(ids: string[]): Promise<Set<string>> {
  const rows = await db.read((tx) =>
    tx.runText(
      `MATCH (p:Person)-[r]-(o) WHERE p.id IN $ids AND NOT (o:Person AND o.id IN $ids) AND o.createdByMerge IS NULL
       RETURN type(r) AS type, coalesce(o.key, o.email, o.id) AS other, type(r) = 'KNOWS' OR startNode(r) = p AS out`,
      { ids },
    ),
  );
  return new Set(rows.map((r) => `${r.type} ${r.other} ${r.out}`));
}

describe('merge and undo', () => {
  it('on random graphs: nothing is lost by a merge, and an undo gives back exactly the database before', async () => {
    await fc.assert(
      fc.asyncProperty(world, fc.integer({ min: 1, max: 2 }), async (w, extra) => {
        await build(w);
        const merged = Array.from({ length: Math.min(extra, w.people - 1) }, (_, i) => `m${i + 1}`);
        const before = await state();
        const around = await ends(['m0', ...merged]);
        const summary = await mergeRecords(db, {
          kind: 'Person',
          keepId: 'm0',
          mergeIds: merged,
          choices: { hoursPerMonth: merged[0]! },
          by: 'test',
        });
        // Nothing lost: every relationship to someone outside the merge is now the kept record's.
        expect(await ends(['m0'])).toEqual(around);
        const [kept] = await db.read((tx) =>
          tx.runText(
            `MATCH (p:Person) WHERE p.id IN $ids RETURN collect(p.id) AS ids, collect(p.hoursPerMonth) AS hours`,
            {
              ids: ['m0', ...merged],
            },
          ),
        );
        expect(kept).toEqual({ ids: ['m0'], hours: [1] });
        const aliases = await dbMatchLookup(db).aliases('Person', merged);
        expect([...aliases.values()]).toEqual(merged.map(() => 'm0'));
        await undoMerge(db, summary.id);
        expect(await state()).toEqual(before);
      }),
      { numRuns: 12 },
    );
  }, 180_000);

  it('combines parallel ties (the stronger, the latest contact, both contexts, the most private) and refuses a stale undo', async () => {
    await build({
      people: 3,
      ties: [
        [0, 2, 2, '2019-10-01', 'public'],
        [1, 2, 4, '2024-05-05', 'private'],
      ],
      memberships: [],
      skills: [],
    });
    const { id, combined } = await mergeRecords(db, {
      kind: 'Person',
      keepId: 'm0',
      mergeIds: ['m1'],
      choices: {},
      by: 'test',
    });
    expect(combined).toBe(1);
    const [tie] = await db.read((tx) =>
      tx.runText(
        `MATCH (:Person {id: 'm0'})-[r:KNOWS]-(:Person {id: 'm2'}) RETURN properties(r) AS props, count(*) AS n`,
      ),
    );
    expect(tie).toMatchObject({
      n: 1,
      props: { strength: 4, lastContact: '2024-05-05', context: 'ctx m0 / ctx m1', visibility: 'private' },
    });
    await db.write((tx) => tx.runText(`MATCH (p:Person {id: 'm0'}) SET p.bio = 'changed after the merge'`));
    await expect(undoMerge(db, id)).rejects.toThrow(/changed since the merge/);
    await expect(undoMerge(db, 'no-such-merge')).rejects.toThrow(/no merge/);
  });

  it('refuses bad requests and changes nothing', async () => {
    await build({ people: 3, ties: [], memberships: [], skills: [] });
    const before = await state();
    const bad: { keepId: string; mergeIds: string[]; choices?: Record<string, string> }[] = [
      { keepId: 'm0', mergeIds: [] },
      { keepId: 'm0', mergeIds: ['m0'] },
      { keepId: 'm0', mergeIds: ['nobody'] },
      { keepId: 'nobody', mergeIds: ['m1'] },
      { keepId: 'm0', mergeIds: ['m1'], choices: { secret: 'm1' } },
      { keepId: 'm0', mergeIds: ['m1'], choices: { name: 'm2' } },
    ];
    for (const b of bad)
      await expect(
        mergeRecords(db, { kind: 'Person', choices: {}, by: 'test', ...b }),
        JSON.stringify(b),
      ).rejects.toThrow(/keepId|mergeIds|choices/);
    expect(await state()).toEqual(before);
  });

  it('the duplicates report lists stored records the import matcher takes for one', async () => {
    await build({
      people: 3,
      ties: [],
      memberships: [
        [0, 0, null, null],
        [1, 0, null, null],
      ],
      skills: [],
    });
    const pairs = await findDuplicates(db, 'Person', 50);
    expect(pairs[0]).toMatchObject({ kind: 'Person', id: 'm1', otherId: 'm0', score: 0.99 });
    expect(pairs[0]!.reasons).toEqual(['same-name', 'same-reading', 'same-organisation']);
    expect(pairs.map((p) => p.id)).toEqual(['m1', 'm2']);
  });
});
