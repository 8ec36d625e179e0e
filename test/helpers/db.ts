/**
 * Test access to the run's Neo4j: connect, wipe (only a database that is empty or the tests'
 * own), load data, and take a full snapshot to prove that a rejected request changed nothing.
 */
import { inject } from 'vitest';
import { connect, type Db } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';
import { installChangeTrigger, TRIGGER_NAME } from '../../server/graph/hand-writes.ts';

export async function testDb(): Promise<Db> {
  const target = inject('neo4j');
  if (!target.uri) throw new Error('this test needs Neo4j, but TSUNAGARI_TEST_NO_DB=1 was set');
  const db = await connect(target);
  const [guard] = await db.read((tx) => tx.run('test-database-guard'));
  if (!guard?.marked && Number(guard?.others) > 0) {
    await db.close();
    throw new Error(
      `NEO4J_URI (${target.uri}) holds data that is not the tests' own; the tests wipe their database, so point NEO4J_URI at an empty one.`,
    );
  }
  await db.write((tx) => tx.run('test-database-mark'));
  await applySchema(db);
  await installChangeTrigger(db);
  return db;
}

export async function wipe(db: Db): Promise<void> {
  await db.autoCommit('test-wipe');
}

/** Everything stored, in a stable order: equal snapshots mean nothing changed. */
export async function snapshot(db: Db): Promise<unknown> {
  return db.read(async (tx) => ({
    nodes: await tx.run('test-snapshot-nodes'),
    rels: await tx.run('test-snapshot-rels'),
  }));
}

/** The change-log entries after `seq`, oldest first (server/graph/changes.ts). */
export async function changeEntries(db: Db, since = 0): Promise<{ seq: number; scope: string; people: string[] }[]> {
  const [row] = await db.read((tx) => tx.run('graph-changes-since', { since }));
  return (row!.changes as [number, string, string[]][]).map(([seq, scope, people]) => ({ seq, scope, people }));
}

/** Whether a commit made by hand now gets a change-log entry from the trigger (server/graph/hand-writes.ts). */
async function triggerRecords(db: Db): Promise<boolean> {
  const before = await changeEntries(db);
  await db.write((tx) => tx.runText('MATCH (m:TsunagariTestDatabase) SET m.probed = timestamp()'));
  return (await changeEntries(db)).length > before.length;
}

/**
 * Whether the run's Neo4j has the change-log trigger. The tests' own Neo4j always does (a failure
 * there is an error); a server of yours (NEO4J_URI) may lack APOC triggers, and then the tests
 * that need one are reported as skipped.
 */
export async function changeTriggerAvailable(db: Db): Promise<boolean> {
  if ((await installChangeTrigger(db)) !== 'unavailable') return true;
  if (!inject('neo4j').external) throw new Error("the tests' local Neo4j should have APOC triggers enabled");
  return false;
}

/**
 * Waits until the change-log trigger records (or, with `false`, no longer records) commits made
 * by hand: APOC picks up installed, paused and resumed triggers within a second (apoc.trigger.refresh).
 */
export async function changeTriggerRecording(db: Db, recording = true): Promise<void> {
  for (let i = 0; (await triggerRecords(db)) !== recording; i++) {
    if (i > 50) throw new Error(`the change-log trigger did not ${recording ? 'start' : 'pause'}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/**
 * Runs `work` with the change-log trigger paused, as on a Neo4j without APOC triggers: a commit
 * made by hand then records nothing. Waits until the pause (and afterwards the resume) has taken effect.
 */
export async function withoutChangeTrigger<T>(db: Db, work: () => Promise<T>): Promise<T> {
  if (!(await changeTriggerAvailable(db))) return work();
  const [info] = await db.read((tx) => tx.run('database-name'));
  const params = { database: info!.name, name: TRIGGER_NAME };
  await db.system('test-trigger-pause', params);
  try {
    await changeTriggerRecording(db, false);
    return await work();
  } finally {
    await db.system('test-trigger-resume', params);
    await changeTriggerRecording(db, true);
  }
}
