/**
 * The in-memory introduction graph, built from Neo4j and kept while it is fresh: rebuilt after any
 * write through this process, and at most STALE_AFTER_MS after a build (writes by other processes
 * or servers). One build at a time; requests during a build share it.
 * See docs/introductions.md ("Staleness").
 */
import { dateParam } from '../db/convert.ts';
import type { Db } from '../db/driver.ts';
import {
  buildIntroductionGraph,
  makeConfig,
  type IntroductionConfig,
  type IntroductionGraph,
  type IntroductionInput,
} from './introductions/index.ts';

export const STALE_AFTER_MS = 60_000;

interface Cached {
  graph: Promise<IntroductionGraph>;
  writes: number;
  builtAt: number;
}

const cache = new WeakMap<Db, Cached>();

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Reads what the engine needs; private ties never leave the database. */
export async function loadIntroductionInput(db: Db, day: string): Promise<IntroductionInput> {
  return db.read(async (tx) => {
    const [people] = await tx.run('projection-people');
    const ties = await tx.run('projection-ties');
    const projects = await tx.run('projection-projects');
    const organisations = await tx.run('projection-organisations', { today: dateParam(day) });
    return {
      today: day,
      people: (people!.people as [string, boolean][]).map(([id, discoverable]) => ({ id, discoverable })),
      knows: ties.map(({ tie }) => {
        const [a, b, strength, lastContact, visibility] = tie as [string, string, number, string | null, string];
        return { a, b, strength, visibility: visibility as 'public', ...(lastContact ? { lastContact } : {}) };
      }),
      projects: projects.map((p) => ({
        id: String(p.id),
        participants: p.participants as string[],
        ...(p.end ? { end: String(p.end) } : {}),
      })),
      organisations: organisations.map((o) => ({ id: String(o.id), currentMembers: o.currentMembers as string[] })),
    };
  });
}

export function introductionGraph(db: Db, config: IntroductionConfig = makeConfig()): Promise<IntroductionGraph> {
  const cached = cache.get(db);
  const fresh = cached && cached.writes === db.writeCount() && Date.now() - cached.builtAt < STALE_AFTER_MS;
  if (fresh) return cached.graph;
  const entry: Cached = { writes: db.writeCount(), builtAt: Date.now(), graph: build(db, config) };
  // A failed build must not stay cached.
  entry.graph.catch(() => cache.get(db) === entry && cache.delete(db));
  cache.set(db, entry);
  return entry.graph;
}

async function build(db: Db, config: IntroductionConfig): Promise<IntroductionGraph> {
  return buildIntroductionGraph(await loadIntroductionInput(db, today()), config);
}
