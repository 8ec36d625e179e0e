/**
 * Applies change-log entries (changes.ts) to a snapshot: the named people's rows are read again
 * and replace theirs (ties touching them in either direction, memberships, holdings, fields), the
 * small shared tables are read again when an entry says so, and the network is recompiled.
 * Pure apart from readDelta, so tests can check "delta then compile" against "read everything".
 */
import type { Db } from '../db/driver.ts';
import type { ChangesSince } from './changes.ts';
import { loadPersonRows, loadSharedRows, peopleRows, type PersonRows, type SharedPart } from './load.ts';
import { dayCache } from './compile.ts';
import { compileNetwork, memberOn, memberSteps, projectOn, tableSteps, tieOn, type Network } from './network.ts';
import { recompileSteps, withNewcomers, type RecompileInput } from './recompile.ts';
import { finish, inSlices, type Steps } from '../shared/turns.ts';
import type { PeopleGraph } from './people-graph.ts';
import { toShared } from './shared-memory.ts';
import type { Snapshot } from './snapshot.ts';

export interface Delta {
  /** People whose rows are replaced (absent from `rows.people`: deleted). */
  people: ReadonlySet<string>;
  rows: PersonRows;
  shared?: SharedPart;
}

export async function readDelta(db: Db, changes: NonNullable<ChangesSince['changes']>): Promise<Delta> {
  const people = new Set(changes.flatMap((c) => c.people));
  const ids = [...people];
  const personRows = ids.length
    ? await db.read((tx) => tx.run('graph-people-by-id', { personIds: ids }))
    : ([] as { person: unknown }[]);
  const rows = {
    ...peopleRows(personRows.map((r) => r.person as unknown[])),
    ...(await loadPersonRows(db, ids, 'graph-ties-touching')),
  };
  const shared = changes.some((c) => c.scope === 'shared') ? await loadSharedRows(db) : undefined;
  return { people, rows, ...(shared ? { shared } : {}) };
}

/**
 * Whose each row is, as numbers (the tie table's dictionary numbers, shared along a line of
 * patched snapshots): a write finds its people's rows in typed arrays instead of reading every row
 * object. The ties' owners are the tie table's own `a` and `b` columns; these are the other
 * tables'. Built at a snapshot's first write, then carried from patch to patch.
 */
interface RowOwners {
  people: Int32Array;
  memberships: Int32Array;
  holdings: Int32Array;
}

const owners = new WeakMap<Snapshot, RowOwners>();

function* ownersOf(snapshot: Snapshot): Steps<RowOwners> {
  const known = owners.get(snapshot);
  if (known) return known;
  const number = snapshot.ties.dictionary.code;
  const column = function* <T>(rows: readonly T[], id: (row: T) => string): Steps<Int32Array> {
    const out = new Int32Array(rows.length);
    for (let i = 0; i < rows.length; i++) {
      if (i % 50_000 === 49_999) yield;
      out[i] = number(id(rows[i]!));
    }
    return out;
  };
  const { people, memberships, holdings } = snapshot;
  const built: RowOwners = {
    people: yield* column(people, (p) => p.id),
    memberships: yield* column(memberships, (m) => m.personId),
    holdings: yield* column(holdings, (h) => h[0]),
  };
  owners.set(snapshot, built);
  return built;
}

/**
 * Builds a snapshot's owner columns ahead of its first write, between turns of the event loop
 * (the store calls it after a full load), so that write does not pay for them (~300 ms at 100k).
 */
export async function prepareWrites(snapshot: Snapshot): Promise<void> {
  await inSlices(ownersOf(snapshot));
}

/** Rows of `owner` whose owner is marked. */
function hitsOf(owner: Int32Array, mark: Uint8Array): Int32Array {
  let count = 0;
  for (let i = 0; i < owner.length; i++) count += mark[owner[i]!]!;
  const hits = new Int32Array(count);
  for (let i = 0, j = 0; j < count; i++) if (mark[owner[i]!] === 1) hits[j++] = i;
  return hits;
}

/** `owner` without the rows `mine`, then `added`: what replace does to the rows themselves. */
function replaceOwners(owner: Int32Array, mine: Int32Array, added: Int32Array): Int32Array {
  if (mine.length === 0 && added.length === 0) return owner;
  const out = new Int32Array(owner.length - mine.length + added.length);
  let from = 0;
  let at = 0;
  for (const i of mine) {
    out.set(owner.subarray(from, i), at);
    at += i - from;
    from = i + 1;
  }
  out.set(owner.subarray(from), at);
  out.set(added, at + owner.length - from);
  return out;
}

/**
 * The snapshot with the delta's rows in place of the old ones (never mutating `snapshot`), and the
 * touched people's rows it replaced — but their ties, which nothing compares (`removed.ties` stays
 * empty: making a million-row table's removed rows into objects was work for nobody).
 */
function* patch(snapshot: Snapshot, delta: Delta): Steps<{ next: Snapshot; removed: PersonRows }> {
  const known = yield* ownersOf(snapshot);
  const { ties, people, memberships, holdings } = snapshot;
  const number = ties.dictionary.code;
  const touched = Array.from(delta.people, number);
  const mark = new Uint8Array(ties.dictionary.size);
  for (const code of touched) mark[code] = 1;
  const removed: PersonRows = { people: [], fields: {}, ties: [], memberships: [], holdings: [] };
  /**
   * The rows without the touched people's ones, then the new ones. A write touches a handful of
   * a million rows: the kept runs between them are copied whole (slice is a memory copy), where
   * pushing row by row into a new array took ~130 ms at a million ties.
   */
  const replace = <T>(rows: T[], mine: Int32Array, out: T[], added: T[]): T[] => {
    const runs: T[][] = [];
    let from = 0;
    for (const i of mine) {
      out.push(rows[i]!);
      if (i > from) runs.push(rows.slice(from, i));
      from = i + 1;
    }
    if (mine.length === 0) return added.length === 0 ? rows : rows.concat(added);
    runs.push(rows.slice(from), added);
    return ([] as T[]).concat(...runs);
  };
  const tieHits = Int32Array.from(new Set([...hitsOf(ties.columns.a, mark), ...hitsOf(ties.columns.b, mark)])).sort();
  const peopleHits = hitsOf(known.people, mark);
  const membershipHits = hitsOf(known.memberships, mark);
  const holdingHits = hitsOf(known.holdings, mark);
  // The fields are an object keyed by person (tens of thousands at 100k): copied only when they change.
  for (const id of delta.people) if (snapshot.fields[id]) removed.fields[id] = snapshot.fields[id];
  const fields =
    JSON.stringify(removed.fields) === JSON.stringify(delta.rows.fields)
      ? snapshot.fields
      : replaceFields(snapshot.fields, delta.people, delta.rows.fields);
  const { rows } = delta;
  yield;
  const newTies = yield* ties.replacedSteps(tieHits, rows.ties);
  yield;
  const next: Snapshot = {
    ...snapshot,
    ...(delta.shared ?? {}),
    people: replace(people, peopleHits, removed.people, rows.people),
    fields,
    ties: newTies,
    memberships: replace(memberships, membershipHits, removed.memberships, rows.memberships),
    holdings: replace(holdings, holdingHits, removed.holdings, rows.holdings),
  };
  yield;
  const moved = <T>(owner: Int32Array, hits: Int32Array, added: readonly T[], id: (row: T) => string) =>
    replaceOwners(
      owner,
      hits,
      Int32Array.from(added, (row) => number(id(row))),
    );
  owners.set(next, {
    people: moved(known.people, peopleHits, rows.people, (p) => p.id),
    memberships: moved(known.memberships, membershipHits, rows.memberships, (m) => m.personId),
    holdings: moved(known.holdings, holdingHits, rows.holdings, (h) => h[0]),
  });
  return { next, removed };
}

/** `fields` without the people's entries, then `added`'s, in a new object. */
function replaceFields(
  fields: Snapshot['fields'],
  people: ReadonlySet<string>,
  added: Snapshot['fields'],
): Snapshot['fields'] {
  const out: Snapshot['fields'] = {};
  for (const id in fields) if (!people.has(id)) out[id] = fields[id]!;
  return Object.assign(out, added);
}

const same = (a: unknown[], b: unknown[]) =>
  a.length === b.length &&
  JSON.stringify(a.map((x) => JSON.stringify(x)).sort()) === JSON.stringify(b.map((x) => JSON.stringify(x)).sort());

/**
 * The patched snapshot and its network. When no person was deleted and the same organisations
 * remain, only the touched pairs are recomputed (recompile.ts; newcomers first get their places,
 * withNewcomers) and the organisation and skill tables are kept unless the touched people's
 * rows, memberships, holdings or fields changed; otherwise the network is compiled in full.
 */
export function applyDelta(
  snapshot: Snapshot,
  network: Network,
  delta: Delta,
): { snapshot: Snapshot; network: Network; incremental: boolean } {
  const applied = applyIncrementally(snapshot, network, delta);
  return applied.network
    ? { snapshot: applied.snapshot, network: applied.network, incremental: true }
    : { snapshot: applied.snapshot, network: compileNetwork(applied.snapshot, network.date), incremental: false };
}

/** The patched snapshot, and its network when a partial rebuild could make it (else undefined). */
export function applyIncrementally(
  snapshot: Snapshot,
  network: Network,
  delta: Delta,
): { snapshot: Snapshot; network: Network | undefined; touched?: number[] } {
  return finish(applySteps(snapshot, network, delta));
}

/**
 * The same, yielding where the event loop may take a turn: the store runs it in slices, so a
 * write at a national network never holds every other question for its whole recompile.
 */
export function* applySteps(
  snapshot: Snapshot,
  network: Network,
  delta: Delta,
): Steps<{ snapshot: Snapshot; network: Network | undefined; touched?: number[] }> {
  const { next, removed } = yield* patch(snapshot, delta);
  yield;
  const date = network.date;
  const full = () => ({ snapshot: next, network: undefined });
  // People deleted (a touched person with no row now) need a full compile; people added get their
  // places in the old graph first (withNewcomers).
  const now = new Set(delta.rows.people.map((p) => p.id));
  const gone = removed.people.some((p) => !now.has(p.id));
  const sameOrganisations =
    next.organisations.length === network.graph.sources.organisationIds.length &&
    next.organisations.every((o, i) => o.id === network.graph.sources.organisationIds[i]);
  if (gone || !sameOrganisations) return full();
  const old = withNewcomers(
    network.graph,
    delta.rows.people.flatMap((p) => (network.graph.indexOf.has(p.id) ? [] : [p.id])),
  );
  const sameVisibility = same(removed.people, delta.rows.people);
  const sameMemberships = !delta.shared && same(removed.memberships, delta.rows.memberships);
  const sameHoldings = !delta.shared && same(removed.holdings, delta.rows.holdings);
  const sameTables =
    sameVisibility &&
    sameMemberships &&
    sameHoldings &&
    JSON.stringify(removed.fields) === JSON.stringify(delta.rows.fields);
  const discoverable = sameVisibility ? old.discoverable : toShared(old.discoverable);
  for (const p of delta.rows.people) discoverable[old.indexOf.get(p.id)!] = p.discoverable ? 1 : 0;
  // With nobody added, the parts of the tables whose rows did not change are kept as they are.
  const samePeople = old === network.graph;
  const members = samePeople && sameMemberships ? network : yield* memberSteps(next, date, old);
  const index = (id: string) => old.indexOf.get(id);
  const day = dayCache();
  const touched = [...delta.people].flatMap((id) => (index(id) === undefined ? [] : [index(id)!]));
  const groups =
    sameMemberships && !delta.shared
      ? []
      : changedGroups(snapshot, next, delta.people, date).map((ids) =>
          ids.flatMap((id) => (index(id) === undefined ? [] : [index(id)!])),
        );
  yield;
  const graph = yield* recompileSteps({
    old,
    discoverable,
    touched,
    ties: delta.rows.ties.flatMap((t) => {
      const [a, b] = [index(t.a), index(t.b)];
      if (a === undefined || b === undefined || t.visibility !== 'public' || !tieOn(t, date)) return [];
      return [{ a, b, strength: t.strength, contactDay: day(t.lastContact), context: t.context }];
    }),
    projects: dayProjects(next.projects, old, date),
    organisations: memo(organisationInputs, members.orgCurrent, [], () =>
      members.orgCurrent.map((list) => Int32Array.from(list, ([p]) => p)),
    ),
    groups,
  });
  yield;
  const updated = sameTables
    ? { ...network, graph, visible: graph.discoverable, restricted: restrictedAfter(network, delta, date) }
    : yield* tableSteps(next, date, graph, {
        members,
        ...(samePeople && sameVisibility && sameHoldings ? { skills: network } : {}),
        ...(samePeople ? { restricted: restrictedAfter(network, delta, date) } : {}),
      });
  // Only the touched people's pairs changed (no group's members did): overlays can be carried.
  return { snapshot: next, network: updated, ...(samePeople && groups.length === 0 ? { touched } : {}) };
}

/**
 * What `make` gave for `key` when `also` was the same (by identity), else `make` again. The
 * project and organisation inputs of a write are the same as the last write's unless projects,
 * people or the day changed, and building them walks every membership (~50 ms at 100k people).
 */
function memo<K extends object, V>(
  cache: WeakMap<K, { also: unknown[]; value: V }>,
  key: K,
  also: unknown[],
  make: () => V,
): V {
  const hit = cache.get(key);
  if (hit && hit.also.length === also.length && hit.also.every((x, i) => x === also[i])) return hit.value;
  const value = make();
  cache.set(key, { also, value });
  return value;
}

const projectInputs = new WeakMap<Snapshot['projects'], { also: unknown[]; value: RecompileInput['projects'] }>();
const organisationInputs = new WeakMap<Network['orgCurrent'], { also: unknown[]; value: Int32Array[] }>();

/** The day's projects with their distinct members' indices in `graph`. */
function dayProjects(projects: Snapshot['projects'], graph: PeopleGraph, date: string): RecompileInput['projects'] {
  return memo(projectInputs, projects, [graph.ids, date], () => {
    const day = dayCache();
    const index = (id: string) => graph.indexOf.get(id);
    return projects
      .filter((p) => p.participants.length > 0 && projectOn(p, date))
      .map((p) => ({
        id: p.id,
        endDay: day(p.end),
        members: Int32Array.from(
          new Set(p.participants.flatMap((id) => (index(id) === undefined ? [] : [index(id)!]))),
        ),
      }));
  });
}

/**
 * The restricted ties of the patched snapshot, as `restrictedSteps` (network.ts) would list them: the old ones not
 * touching a touched person (their order kept, as patch keeps the kept rows' order), then the
 * delta's (appended, as patch appends them). A scan of a million ties per write took ~140 ms.
 */
function restrictedAfter(network: Network, delta: Delta, date: string): Network['restricted'] {
  const { people } = delta;
  const { indexOf } = network.graph;
  const kept = network.restricted.filter(({ row }) => !people.has(row.a) && !people.has(row.b));
  for (const row of delta.rows.ties) {
    if (row.visibility === 'public' || row.a === row.b || !tieOn(row, date)) continue;
    const [a, b] = [indexOf.get(row.a), indexOf.get(row.b)];
    if (a !== undefined && b !== undefined) kept.push({ a, b, row });
  }
  return kept;
}

/**
 * Member ids (old and new) of every project and organisation whose members, dates or size may
 * differ between the two snapshots on `date`: projects compared row by row, organisations that a
 * touched person belongs to before or after.
 */
function changedGroups(before: Snapshot, after: Snapshot, people: ReadonlySet<string>, date: string): string[][] {
  const groups: string[][] = [];
  if (before.projects !== after.projects) {
    const projectKey = (p: Snapshot['projects'][number]) =>
      JSON.stringify([projectOn(p, date), p.end ?? null, [...p.participants].sort()]);
    const oldProjects = new Map(before.projects.map((p) => [p.id, p]));
    const newProjects = new Map(after.projects.map((p) => [p.id, p]));
    for (const id of new Set([...oldProjects.keys(), ...newProjects.keys()])) {
      const [a, b] = [oldProjects.get(id), newProjects.get(id)];
      if (a && b && projectKey(a) === projectKey(b)) continue;
      groups.push([...(a?.participants ?? []), ...(b?.participants ?? [])]);
    }
  }
  const orgs = new Set<string>();
  for (const rows of [before.memberships, after.memberships])
    for (const m of rows) if (people.has(m.personId)) orgs.add(m.organisationId);
  const members = new Map<string, string[]>([...orgs].map((o) => [o, []]));
  for (const rows of [before.memberships, after.memberships])
    for (const m of rows) if (memberOn(m, date)) members.get(m.organisationId)?.push(m.personId);
  groups.push(...members.values());
  return groups;
}
