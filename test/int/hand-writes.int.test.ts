/**
 * Commits made outside the app get a change-log entry from the APOC trigger
 * (server/graph/hand-writes.ts): one per commit, naming the people whose rows changed or the
 * shared tables, never a second one for the app's own writes, never failing the commit. The store
 * then applies such a commit as a delta instead of reading the whole network again.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { updateRel, REL_SPECS } from '../../server/features/catalogue/relationships.ts';
import { loadDataset } from '../../server/features/data/dataset.ts';
import { graphStore } from '../../server/graph/store.ts';
import { installChangeTrigger } from '../../server/graph/hand-writes.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { route as routeOf, within } from '../helpers/refresh.ts';
import {
  changeEntries,
  changeTriggerAvailable,
  changeTriggerRecording,
  withoutChangeTrigger,
  wipe,
} from '../helpers/db.ts';

const person = (id: string) => ({ id, name: `人 ${id}` });
const DATA: Dataset = {
  people: ['a', 'b', 'c', 'd', 'e', 'f', 'x'].map(person),
  organisations: [{ id: 'o', name: '団体 o', sector: 'npo' }],
  skills: [{ id: 's', nameJa: '技能 s' }],
  projects: [{ id: 'j', name: '事業 j' }],
  memberships: [{ personId: 'a', organisationId: 'o' }],
  skillHoldings: [],
  participations: [],
  ties: [
    { personId: 'a', otherPersonId: 'b', strength: 4 },
    { personId: 'b', otherPersonId: 'c', strength: 4 },
    { personId: 'e', otherPersonId: 'f', strength: 4 },
  ],
  projectOrganisations: [],
  needs: [],
};

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDataset(db, 'hand-writes', DATA);
});

let available = false;
beforeAll(async () => {
  available = await changeTriggerAvailable(suite.db);
  if (available) await changeTriggerRecording(suite.db);
});
beforeEach((context) => {
  if (!available) context.skip('this Neo4j (NEO4J_URI) has no APOC triggers');
});

/** Runs Cypher as a person at the console would, and answers the entries it made. */
async function byHand(text: string) {
  const [last] = (await changeEntries(suite.db)).slice(-1);
  await suite.db.write((tx) => tx.runText(text));
  return (await changeEntries(suite.db, last?.seq ?? 0)).map(({ scope, people }) => ({
    scope,
    people: [...people].sort(),
  }));
}

describe('the change-log trigger', () => {
  it('is installed once and left alone when it is current', async () => {
    expect(await installChangeTrigger(suite.db)).toBe('current');
  });

  it.each([
    [
      'a new tie names both people',
      `MATCH (a:Person {id: 'a'}), (d:Person {id: 'd'}) CREATE (a)-[:KNOWS {strength: 2}]->(d)`,
      'people',
      ['a', 'd'],
    ],
    [
      'a tie made private names both people',
      `MATCH (:Person {id: 'b'})-[r:KNOWS]-(:Person {id: 'c'}) SET r.visibility = 'private'`,
      'people',
      ['b', 'c'],
    ],
    [
      'a deleted tie names both people',
      `MATCH (:Person {id: 'a'})-[r:KNOWS]-(:Person {id: 'd'}) DELETE r`,
      'people',
      ['a', 'd'],
    ],
    ['a renamed person', `MATCH (p:Person {id: 'x'}) SET p.name = '人 x（新）'`, 'people', ['x']],
    ['a person hidden from search', `MATCH (p:Person {id: 'x'}) SET p.discoverable = false`, 'people', ['x']],
    ['a person whose id changed, by both ids', `MATCH (p:Person {id: 'x'}) SET p.id = 'y'`, 'people', ['x', 'y']],
    [
      'a membership names its person',
      `MATCH (p:Person {id: 'y'}), (o:Organisation {id: 'o'}) CREATE (p)-[:MEMBER_OF]->(o)`,
      'people',
      ['y'],
    ],
    ['a person who lost the Person label', `MATCH (p:Person {id: 'y'}) REMOVE p:Person`, 'people', ['y']],
    ['… and got it back', `MATCH (p {id: 'y'}) SET p:Person`, 'people', ['y']],
    [
      'a renamed organisation reads the shared tables',
      `MATCH (o:Organisation {id: 'o'}) SET o.name = '団体 o（新）'`,
      'shared',
      [],
    ],
    [
      'a project member reads the shared tables too',
      `MATCH (p:Person {id: 'c'}), (j:Project {id: 'j'}) CREATE (p)-[:WORKED_ON]->(j)`,
      'shared',
      ['c'],
    ],
    ['a new skill', `CREATE (:Skill {id: 's2', nameJa: '技能 s2'})`, 'shared', []],
    ['something the network does not hold', `CREATE (:Note {text: 'メモ'})`, 'none', []],
    [
      'a change too large to name (more than 20,000 things)',
      `UNWIND range(1, 20001) AS i CREATE (:Note {i: i})`,
      'all',
      [],
    ],
    ['a deleted node (no longer readable) means everything', `MATCH (p:Person {id: 'y'}) DETACH DELETE p`, 'all', []],
  ])('records one entry for %s', async (_, text, scope, people) => {
    expect(await byHand(text)).toEqual([{ scope, people }]);
  });

  it('never fails the commit it describes', async () => {
    // Entities created and removed again in the same commit, or changed and then deleted.
    const odd = [
      `CREATE (n:Person {id: 'tmp'}) WITH n DELETE n`,
      `MATCH (a:Person {id: 'a'}), (b:Person {id: 'b'}) CREATE (a)-[r:KNOWS]->(b) WITH r DELETE r`,
      `CREATE (n:Person {id: 'tmp2'})-[:KNOWS]->(:Person {id: 'tmp3'}) WITH n DETACH DELETE n`,
      `MATCH (p:Person {id: 'd'}) SET p.name = '人 d（仮）' WITH p DETACH DELETE p`,
      `MATCH (:Person {id: 'e'})-[r:KNOWS]-(:Person {id: 'f'}) SET r.strength = 1 WITH r DELETE r`,
    ];
    for (const text of odd) {
      const entries = await byHand(text);
      expect(entries.length).toBeLessThanOrEqual(1);
    }
    const [tmp] = await suite.db.read((tx) =>
      tx.runText(`MATCH (p:Person) WHERE p.id STARTS WITH 'tmp' RETURN count(p) AS n`),
    );
    expect(tmp!.n).toBe(1); // tmp3: its creation and tie's deletion committed with an entry
  });

  it('makes no second entry for a write through the app', async () => {
    const [last] = (await changeEntries(suite.db)).slice(-1);
    await updateRel(suite.db, REL_SPECS.tie, { personId: 'a', otherPersonId: 'b' }, { strength: 3 });
    expect((await changeEntries(suite.db, last!.seq)).map((e) => e.scope)).toEqual(['people']);
  });

  it('leaves schema changes and reads alone', async () => {
    expect(await byHand('CREATE INDEX hand_write_probe IF NOT EXISTS FOR (n:Probe) ON (n.x)')).toEqual([]);
    expect(await byHand('DROP INDEX hand_write_probe IF EXISTS')).toEqual([]);
    expect(await byHand('MATCH (n:Person) RETURN count(n)')).toEqual([]);
  });
});

const route = (from: string, to: string) => routeOf(suite, from, to);

describe('the store applies a commit made by hand as a delta', () => {
  it('stops using a tie made private by hand without reading the whole network again', async () => {
    await byHand(`MATCH (:Person {id: 'b'})-[r:KNOWS]-(:Person {id: 'c'}) SET r.visibility = 'public'`);
    await within(5_000, async () => (await route('a', 'c')).length > 0);
    // Earlier commits that left no trace (created and deleted again, schema changes) each cause one
    // needless full reload: let those finish first.
    await graphStore(suite.db).reloadNow();
    const counts = { ...graphStore(suite.db).counts };
    await byHand(`MATCH (:Person {id: 'a'})-[r:KNOWS]-(:Person {id: 'b'}) SET r.visibility = 'private'`);
    await within(3_000, async () => (await route('a', 'c')).length === 0);
    expect(graphStore(suite.db).counts.fullLoads).toBe(counts.fullLoads);
    expect(graphStore(suite.db).counts.deltas).toBeGreaterThan(counts.deltas);
  });

  it('without the trigger, still notices the commit and reads everything', async () => {
    await byHand(`MATCH (:Person {id: 'a'})-[r:KNOWS]-(:Person {id: 'b'}) SET r.visibility = 'public'`);
    await within(5_000, async () => (await route('a', 'c')).length > 0);
    await withoutChangeTrigger(suite.db, async () => {
      await within(5_000, async () => (await route('a', 'c')).length > 0);
      // The pause's own probe commits recorded nothing either: let the reload they cause finish.
      await graphStore(suite.db).reloadNow();
      const loads = graphStore(suite.db).counts.fullLoads;
      expect(
        await byHand(`MATCH (:Person {id: 'a'})-[r:KNOWS]-(:Person {id: 'b'}) SET r.visibility = 'private'`),
      ).toEqual([]);
      await within(5_000, async () => (await route('a', 'c')).length === 0);
      expect(graphStore(suite.db).counts.fullLoads).toBeGreaterThan(loads);
    });
  });
});
