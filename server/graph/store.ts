/**
 * The in-memory introduction graph and the target lookups it needs (skill holders, organisation
 * members), built from Neo4j with plain Cypher reads (works on Aura and clusters). Staleness rule
 * (docs/introductions.md):
 * - after a committed write through this process, the next question waits for a rebuild, so an
 *   edit is used at once;
 * - otherwise a projection older than REFRESH_AFTER_MS is rebuilt in the background while
 *   questions keep using the previous one (writes by other processes show up within about a minute).
 * One build at a time; a failed build is not kept.
 */
import { dateParam } from '../db/convert.ts';
import type { Db } from '../db/driver.ts';
import {
  buildIntroductionGraph,
  makeConfig,
  type IntroductionConfig,
  type IntroductionGraph,
  type IntroductionInput,
} from '../features/introductions/engine/index.ts';

export const REFRESH_AFTER_MS = 60_000;

export interface Projection {
  graph: IntroductionGraph;
  /** Skill id → narrower skill ids (direct children). */
  narrower: Map<string, string[]>;
  /** Skill id → [personId, level] of every holder, hidden people included (filter with graph.discoverable). */
  holders: Map<string, [string, number][]>;
  /** Organisation id → [personId, role] of every current member. */
  members: Map<string, [string, string | null][]>;
}

interface Cached {
  projection: Promise<Projection>;
  writes: number;
  builtAt: number;
  refreshing?: Promise<Projection>;
}

const cache = new WeakMap<Db, Cached>();

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Everything the projection reads, in one read transaction; private ties never leave the database. */
async function load(db: Db, day: string) {
  return db.read(async (tx) => {
    const [people] = await tx.run('projection-people');
    return {
      people: people!.people as [string, boolean][],
      ties: await tx.run('projection-ties'),
      projects: await tx.run('projection-projects'),
      organisations: await tx.run('projection-organisations', { today: dateParam(day) }),
      skills: await tx.run('projection-skills'),
      holdings: await tx.run('projection-skill-holdings'),
    };
  });
}

type Loaded = Awaited<ReturnType<typeof load>>;

function toInput(loaded: Loaded, day: string): IntroductionInput {
  return {
    today: day,
    people: loaded.people.map(([id, discoverable]) => ({ id, discoverable })),
    knows: loaded.ties.map(({ tie }) => {
      const [a, b, strength, lastContact, visibility] = tie as [string, string, number, string | null, string];
      return { a, b, strength, visibility: visibility as 'public', ...(lastContact ? { lastContact } : {}) };
    }),
    projects: loaded.projects.map((p) => ({
      id: String(p.id),
      participants: p.participants as string[],
      ...(p.end ? { end: String(p.end) } : {}),
    })),
    organisations: loaded.organisations.map((o) => ({
      id: String(o.id),
      currentMembers: (o.members as [string, string | null][]).map(([id]) => id),
    })),
  };
}

async function build(db: Db, config: IntroductionConfig): Promise<Projection> {
  const day = today();
  const loaded = await load(db, day);
  const narrower = new Map<string, string[]>();
  for (const { id, broader } of loaded.skills) {
    if (broader) narrower.set(String(broader), [...(narrower.get(String(broader)) ?? []), String(id)]);
  }
  const holders = new Map<string, [string, number][]>();
  for (const { holding } of loaded.holdings) {
    const [person, skill, level] = holding as [string, string, number];
    const list = holders.get(skill) ?? [];
    list.push([person, level]);
    holders.set(skill, list);
  }
  const members = new Map(loaded.organisations.map((o) => [String(o.id), o.members as [string, string | null][]]));
  return { graph: buildIntroductionGraph(toInput(loaded, day), config), narrower, holders, members };
}

function start(db: Db, config: IntroductionConfig): Cached {
  const entry: Cached = { writes: db.writeCount(), builtAt: Date.now(), projection: build(db, config) };
  entry.projection.catch(() => cache.get(db) === entry && cache.delete(db));
  return entry;
}

export async function introductionProjection(db: Db, config: IntroductionConfig = makeConfig()): Promise<Projection> {
  const cached = cache.get(db);
  if (!cached || cached.writes !== db.writeCount()) {
    const entry = start(db, config);
    cache.set(db, entry);
    return entry.projection;
  }
  if (Date.now() - cached.builtAt >= REFRESH_AFTER_MS && !cached.refreshing) {
    const next = start(db, config);
    cached.refreshing = next.projection;
    // Swap in when ready, unless a write replaced the entry meanwhile.
    next.projection.then(
      () => cache.get(db) === cached && cache.set(db, next),
      () => (cached.refreshing = undefined),
    );
  }
  return cached.projection;
}

export const introductionGraph = async (db: Db): Promise<IntroductionGraph> => (await introductionProjection(db)).graph;
