/**
 * Test access to the run's Neo4j: connect, wipe (only a database that is empty or the tests'
 * own), load data, and take a full snapshot to prove that a rejected request changed nothing.
 */
import { inject } from 'vitest';
import { connect, type Db } from '../../server/db/driver.ts';
import { applySchema } from '../../server/db/schema.ts';

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
