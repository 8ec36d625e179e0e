/**
 * Commits made outside the app (Cypher by hand, another tool, a script) get a change-log entry
 * of their own, so every process applies them as a delta within about a second instead of reading
 * the whole network again (decision 0010). An APOC trigger does it: phase 'before', so the entry
 * commits with the transaction it describes, and it names the people whose rows changed from
 * Neo4j's own record of the transaction (cypher/statements/graph-change-trigger.cypher).
 *
 * The trigger needs APOC core with `apoc.trigger.enabled=true` and `apoc.trigger.*` unrestricted,
 * and an account that may write to the system database: the local Neo4j is configured so
 * (server/db/neo4j-conf.ts). Where that is not so (Aura, a locked-down server), nothing breaks:
 * such a commit is still noticed by counting transactions against entries (bookmark.ts) and read
 * in full, as before.
 */
import { cypher } from '../../cypher/loader.ts';
import type { Db } from '../db/driver.ts';
import { log } from '../log.ts';

export const TRIGGER_NAME = 'tsunagari-change-log';

export type TriggerState = 'installed' | 'current' | 'paused' | 'unavailable';

/**
 * Installs the trigger on the app's database unless the same text is there already. A trigger an
 * operator paused stays paused. Never throws: without the trigger the app still works (slower to
 * see hand-made commits), so the reason is logged once and start-up goes on.
 */
export async function installChangeTrigger(db: Db): Promise<TriggerState> {
  const statement = cypher('graph-change-trigger');
  try {
    const [info] = await db.read((tx) => tx.run('database-name'));
    const database = String(info!.name);
    const shown = await db.system('graph-trigger-show', { database });
    const ours = shown.find((t) => t.name === TRIGGER_NAME);
    if (ours && ours.query === statement) return ours.paused ? 'paused' : 'current';
    await db.system('graph-trigger-install', { database, name: TRIGGER_NAME, statement });
    return 'installed';
  } catch (error) {
    log.info(
      { event: 'change-trigger-unavailable', code: codeOf(error) },
      'APOC triggers are not available: commits made outside the app are noticed by counting transactions and read in full (docs/deployment.md)',
    );
    return 'unavailable';
  }
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : 'unknown';
}
