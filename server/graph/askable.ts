/**
 * Who may be asked for an introduction now (issue 13): not people whose account says "do not ask
 * me", nor people asked (as an introducer or the person to meet) their own monthly limit of times
 * in the last 30 days. The path search, the team composer and the requests themselves leave them
 * out. Read from Neo4j (every instance sees the same) and reused for 30 seconds; a request or a
 * preference changed through this process makes the next question read it again.
 */
import type { Db } from '../db/driver.ts';

const TTL_MS = 30_000;
let cache: { at: number; ids: ReadonlySet<string> } | null = null;

export async function unavailablePeople(db: Db, now = Date.now()): Promise<ReadonlySet<string>> {
  if (cache && now - cache.at < TTL_MS) return cache.ids;
  const [row] = await db.read((tx) => tx.run('request-unavailable'));
  cache = { at: now, ids: new Set((row?.unavailable as string[] | undefined) ?? []) };
  return cache.ids;
}

/** After a request or a preference changed here: the next question reads the list again. */
export function forgetUnavailable(): void {
  cache = null;
}
