/**
 * Watching the in-memory network catch up (graph-refresh.int, hand-writes.int): the people on each
 * introduction path between two people, and polling until a condition holds.
 */
import type { ApiSuite } from './api-suite.ts';

export const PATHS = `query($from: ID!, $to: ID!) { introductions(from: { personId: $from }, to: { personId: $to }) {
  reach paths { people { id } } } }`;

/** The ids along each path the API suggests from `from` to `to`. */
export async function route(suite: ApiSuite, from: string, to: string): Promise<string[][]> {
  const data = await suite.ok(PATHS, { from, to });
  return data.introductions.paths.map((p: { people: { id: string }[] }) => p.people.map((x) => x.id));
}

/** Polls until `check` holds; returns how long it took (ms), or throws after `ms`. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`not seen within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return Date.now() - start;
}
