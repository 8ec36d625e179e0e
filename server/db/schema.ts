import { schemaStatements } from '../../cypher/loader.ts';
import type { Db } from './driver.ts';

/** Applies cypher/schema/*.cypher in order; every statement is idempotent, so this runs at each start. */
export async function applySchema(db: Db): Promise<number> {
  const statements = schemaStatements();
  for (const { statement } of statements) {
    await db.write((tx) => tx.runText(statement));
  }
  await db.write((tx) => tx.runText('CALL db.awaitIndexes(300)'));
  return statements.length;
}
