/**
 * The in-memory network stays current (server/graph/store.ts): a write through this API is used
 * by the very next question; a write through another connection (another API instance, the import
 * CLI) is seen within a second or two through the change log; a commit made by hand is seen
 * within 5 s — through the change-log trigger's entry, or without the trigger through the
 * database's bookmark — including a tie made private, which must stop being usable.
 */
import { describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { deleteRel, REL_SPECS, updateRel } from '../../server/features/catalogue/relationships.ts';
import { loadDataset } from '../../server/features/data/dataset.ts';
import { bookkeeping, recordChange } from '../../server/graph/changes.ts';
import { GraphStore, type Current } from '../../server/graph/store.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { startApi } from '../helpers/api.ts';
import { apiSuite } from '../helpers/api-suite.ts';
import { PATHS, route as routeOf, within } from '../helpers/refresh.ts';
import { testDb, wipe, withoutChangeTrigger } from '../helpers/db.ts';

const person = (id: string) => ({ id, name: `人 ${id}` });
const DATA: Dataset = {
  people: [...['a', 'b', 'c', 'd', 'f'].map(person), { ...person('e'), bio: 'e の紹介' }],
  organisations: [],
  skills: [],
  projects: [],
  memberships: [],
  skillHoldings: [],
  participations: [],
  ties: [
    { personId: 'a', otherPersonId: 'b', strength: 4 },
    { personId: 'b', otherPersonId: 'c', strength: 4 },
    { personId: 'c', otherPersonId: 'd', strength: 4 },
    { personId: 'e', otherPersonId: 'f', strength: 4, context: '防災ネットワーク' },
  ],
  projectOrganisations: [],
  needs: [],
};

const suite = apiSuite(async (db) => {
  await wipe(db);
  await loadDataset(db, 'refresh', DATA);
});

const route = (from: string, to: string) => routeOf(suite, from, to);

async function withOtherInstance<T>(work: (db: Db) => Promise<T>): Promise<T> {
  const other = await testDb();
  try {
    return await work(other);
  } finally {
    await other.close();
  }
}

describe('the in-memory network stays current', () => {
  it('uses a write through this API in the very next question', async () => {
    expect(await route('a', 'd')).toEqual([['a', 'b', 'c', 'd']]);
    await suite.ok(`mutation { createTie(input: { personId: "a", otherPersonId: "d", strength: 5 }) { strength } }`);
    expect((await route('a', 'd'))[0]).toEqual(['a', 'd']);
    await suite.ok(`mutation { deleteTie(personId: "a", otherPersonId: "d") { id } }`);
    expect(await route('a', 'd')).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('sees a write made by another instance within 2 s (change log)', async () => {
    expect(await route('a', 'c')).toEqual([['a', 'b', 'c']]);
    await withOtherInstance((other) => deleteRel(other, REL_SPECS.tie, { personId: 'b', otherPersonId: 'c' }));
    const ms = await within(2_000, async () => (await route('a', 'c')).length === 0);
    expect(ms).toBeLessThan(2_000);
  });

  it('answers a write through another API instance at once when the client says it has seen it', async () => {
    const other = await testDb();
    const otherApi = await startApi(other);
    try {
      // The other instance warmed up (its network loaded, a write made), so its next write is quick.
      await otherApi.post(JSON.stringify({ query: PATHS, variables: { from: 'a', to: 'e' } }));
      await otherApi.post(
        JSON.stringify({ query: 'mutation { createSkill(input: { id: "warm-up", nameJa: "準備" }) { id } }' }),
      );
      expect(await route('a', 'e')).toEqual([]);
      // This instance has just synced: without the header it could answer from before the write for up to 1 s.
      const written = await otherApi.post(
        JSON.stringify({
          query: 'mutation { createTie(input: { personId: "a", otherPersonId: "e", strength: 5 }) { strength } }',
        }),
      );
      const version = written.headers.get('tsunagari-version');
      expect(version).toMatch(/^\d+$/);
      const asked = await suite.api.post(
        JSON.stringify({ query: PATHS, variables: { from: 'a', to: 'e' } }),
        undefined,
        {
          'tsunagari-after': version!,
        },
      );
      const answer = (await asked.json()) as { data: { introductions: { paths: { people: { id: string }[] }[] } } };
      expect(answer.data.introductions.paths[0]!.people.map((p) => p.id)).toEqual(['a', 'e']);
      // A read writes nothing, so it names no version; a header that is not a number is ignored.
      expect(asked.headers.get('tsunagari-version')).toBeNull();
      const odd = await suite.api.post(JSON.stringify({ query: PATHS, variables: { from: 'a', to: 'e' } }), undefined, {
        'tsunagari-after': 'soon',
      });
      expect(odd.status).toBe(200);
      await otherApi.post(
        JSON.stringify({ query: 'mutation { deleteTie(personId: "a", otherPersonId: "e") { id } }' }),
      );
      await within(2_000, async () => (await route('a', 'e')).length === 0);
    } finally {
      await otherApi.close();
      await other.close();
    }
  });

  it('sees Cypher by hand within 5 s, and stops using a tie made private', async () => {
    await withOtherInstance((other) =>
      other.write((tx) =>
        tx.runText(`MATCH (b:Person {id: 'b'}), (c:Person {id: 'c'}) CREATE (b)-[:KNOWS {strength: 3}]->(c)`),
      ),
    );
    await within(5_000, async () => JSON.stringify(await route('a', 'c')) === JSON.stringify([['a', 'b', 'c']]));
    await withOtherInstance((other) =>
      other.write((tx) =>
        tx.runText(`MATCH (:Person {id: 'a'})-[r:KNOWS]-(:Person {id: 'b'}) SET r.visibility = 'private'`),
      ),
    );
    await within(5_000, async () => (await route('a', 'c')).length === 0);
  });
});

describe('without the change-log trigger, a commit made by hand is not hidden by a later logged write', () => {
  it('drops a tie made private by hand even when the next question comes after a logged write', async () => {
    await withoutChangeTrigger(suite.db, async () => {
      expect((await route('c', 'd'))[0]).toEqual(['c', 'd']);
      await withOtherInstance((other) =>
        other.write((tx) =>
          tx.runText(`MATCH (:Person {id: 'c'})-[r:KNOWS]-(:Person {id: 'd'}) SET r.visibility = 'private'`),
        ),
      );
      // No question for a while; then a logged write moves the bookmark past the unlogged commit.
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      // The logged write touches neither c nor d, so its delta reads none of their rows again.
      await withOtherInstance((other) =>
        updateRel(other, REL_SPECS.tie, { personId: 'a', otherPersonId: 'b' }, { strength: 2 }),
      );
      await within(3_000, async () => (await route('c', 'd')).length === 0);
    });
  });
});

describe('an introduction touches Neo4j at most once, and only for what was asked', () => {
  it('names people and tie contexts from memory, reads only a selected bio, and shows a rename at once', async () => {
    let reads = 0;
    const counting: Db = { ...suite.db, read: (work) => (reads++, suite.db.read(work)) };
    const api = await startApi(counting);
    try {
      const ask = async (fields: string) => {
        const res = await api.gql(
          `query { introductions(from: { personId: "e" }, to: { personId: "f" }) { ${fields} } }`,
        );
        expect(res.errors).toBeUndefined();
        return res.data!.introductions;
      };
      await ask('reach'); // loads the network (many reads) once
      reads = 0;
      const bare = await ask('reach paths { score hopFactor }');
      expect(bare.paths.length).toBeGreaterThan(0);
      expect(reads).toBe(0);
      const named = await ask('paths { people { name nameKana } hops { evidence { kind context } } }');
      expect(named.paths[0].people.map((p: { name: string }) => p.name)).toEqual(['人 e', '人 f']);
      expect(named.paths[0].hops[0].evidence).toEqual([{ kind: 'DECLARED', context: '防災ネットワーク' }]);
      expect(reads).toBe(0);
      const bio = await ask('paths { people { name bio } }');
      expect(bio.paths[0].people.map((p: { bio: string | null }) => p.bio)).toEqual(['e の紹介', null]);
      expect(reads).toBe(1);

      const renamed = await api.gql(`mutation { updatePerson(id: "f", patch: { name: "人 f（新）" }) { name } }`);
      expect(renamed.errors).toBeUndefined();
      const after = await ask('paths { people { name } }');
      expect(after.paths[0].people[1].name).toBe('人 f（新）');
    } finally {
      await api.close();
    }
  });
});

describe('a question that comes while a sync is in flight', () => {
  it('waits for it when it started after this process’s last write, rather than answer from before the write', async () => {
    // The sync (here a question's; in production often the once-a-second check) is held at its
    // read of the change log, so that a question comes while it is in flight, as on a busy machine.
    let gate: Promise<void> | null = null;
    let arrived = () => {};
    const atGate = new Promise<void>((resolve) => (arrived = resolve));
    const db = suite.db;
    const held: Db = {
      ...db,
      readMarked: async (work) => {
        if (gate) {
          arrived();
          await gate;
        }
        return db.readMarked(work);
      },
    };
    const store = new GraphStore(held);
    const linked = ({ network: { graph: g } }: Current, x: string, y: string) => {
      const [i, j] = [g.indexOf.get(x)!, g.indexOf.get(y)!];
      for (let e = g.offsets[i]!; e < g.offsets[i + 1]!; e++) if (g.neighbours[e] === j) return true;
      return false;
    };
    expect(linked(await store.current(), 'a', 'd')).toBe(false);
    await suite.ok(`mutation { createTie(input: { personId: "a", otherPersonId: "d", strength: 5 }) { strength } }`);
    try {
      let open = () => {};
      gate = new Promise((resolve) => (open = resolve));
      const first = store.current();
      await atGate;
      const second = store.current();
      let early = false;
      void second.then(() => (early = true));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(early).toBe(false);
      gate = null;
      open();
      expect(linked(await second, 'a', 'd')).toBe(true);
      expect(linked(await first, 'a', 'd')).toBe(true);
    } finally {
      gate = null;
      await suite.ok(`mutation { deleteTie(personId: "a", otherPersonId: "d") { id } }`);
    }
  });
});

describe('bookkeeping (sessions, rate-limit budgets, the audit log)', () => {
  it('makes no question wait for a sync, while a write that also changes the network does', async () => {
    let reads = 0;
    const db = suite.db;
    const counted: Db = { ...db, readMarked: (work) => (reads++, db.readMarked(work)) };
    const store = new GraphStore(counted);
    await store.current();
    // Just synced (the load read the log): the next question within a second reads nothing more,
    // unless a write through this process may have changed the network.
    const before = db.writeCount();
    await bookkeeping(db, async () => undefined);
    expect(db.writeCount()).toBe(before);
    reads = 0;
    await store.current();
    expect(reads).toBe(0);
    // An entry that says `none` and is then widened to people is a write like any other.
    await db.write(async (tx) => {
      await recordChange(tx, { scope: 'none' });
      await recordChange(tx, { scope: 'people', people: ['a'] });
    });
    expect(db.writeCount()).toBe(before + 1);
    await store.current();
    expect(reads).toBeGreaterThan(0);
  });
});

describe('a database wiped and filled again under a running API', () => {
  // Last in the file: it replaces the suite's data.
  it('answers from the new data at once, even when the new change log has climbed past the old one', async () => {
    expect(await route('e', 'f')).toEqual([['e', 'f']]); // the network as of the old log
    const version = async () => Number((await suite.db.read((tx) => tx.run('graph-version')))[0]!.version);
    const old = await version();
    await wipe(suite.db); // the change log goes with everything else
    await loadDataset(suite.db, 'refresh', {
      ...DATA,
      people: [person('p'), person('q')],
      ties: [{ personId: 'p', otherPersonId: 'q', strength: 4 }],
    });
    // Writes that touch nothing the network holds, until the new log's numbers pass the old one's.
    while ((await version()) <= old + 1) await bookkeeping(suite.db, async () => undefined);
    expect(await route('p', 'q')).toEqual([['p', 'q']]);
    const gone = await suite.api.gql(PATHS, { from: 'e', to: 'f' });
    expect(gone.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
