/**
 * Applies change-log entries (changes.ts) to a snapshot: the named people's rows are read again
 * and replace theirs (ties touching them in either direction, memberships, holdings, fields), the
 * small shared tables are read again when an entry says so, and the network is recompiled.
 * Pure apart from readDelta, so tests can check "delta then compile" against "read everything".
 */
import type { Db } from '../db/driver.ts';
import type { ChangesSince } from './changes.ts';
import { loadPersonRows, loadSharedRows, peopleRows, type SharedPart } from './load.ts';
import { dayCache } from './compile.ts';
import { compileNetwork, memberOn, projectOn, tieOn, withTables, type Network } from './network.ts';
import { recompilePeopleGraph, withNewcomers } from './recompile.ts';
import { toShared } from './shared-memory.ts';
import type { Snapshot } from './snapshot.ts';

export interface Delta {
  /** People whose rows are replaced (absent from `rows.people`: deleted). */
  people: ReadonlySet<string>;
  rows: Pick<Snapshot, 'people' | 'fields' | 'ties' | 'memberships' | 'holdings'>;
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

type PersonRows = Delta['rows'];

/** The snapshot with the delta's rows in place of the old ones (never mutating `snapshot`), and the touched people's rows it replaced. */
function patch(snapshot: Snapshot, delta: Delta): { next: Snapshot; removed: PersonRows } {
  // A write touches one or two people: comparing with a short list beats hashing a million ids.
  const [x, y, ...more] = [...delta.people];
  const few = more.length === 0;
  const touched = (id: string) => (few ? id === x || id === y : delta.people.has(id));
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
  // One monomorphic loop per table (a shared generic loop over four row shapes ran ~100 ns a row).
  const hits: number[] = [];
  const found = () => Int32Array.from(hits.splice(0));
  const { ties, people, memberships, holdings } = snapshot;
  for (let i = 0; i < ties.length; i++) if (touched(ties[i]!.a) || touched(ties[i]!.b)) hits.push(i);
  const tieHits = found();
  for (let i = 0; i < people.length; i++) if (touched(people[i]!.id)) hits.push(i);
  const peopleHits = found();
  for (let i = 0; i < memberships.length; i++) if (touched(memberships[i]!.personId)) hits.push(i);
  const membershipHits = found();
  for (let i = 0; i < holdings.length; i++) if (touched(holdings[i]![0])) hits.push(i);
  const holdingHits = found();
  const fields = { ...snapshot.fields };
  for (const id of delta.people) {
    if (fields[id]) removed.fields[id] = fields[id];
    delete fields[id];
  }
  Object.assign(fields, delta.rows.fields);
  const next: Snapshot = {
    ...snapshot,
    ...(delta.shared ?? {}),
    people: replace(people, peopleHits, removed.people, delta.rows.people),
    fields,
    ties: replace(ties, tieHits, removed.ties, delta.rows.ties),
    memberships: replace(memberships, membershipHits, removed.memberships, delta.rows.memberships),
    holdings: replace(holdings, holdingHits, removed.holdings, delta.rows.holdings),
  };
  return { next, removed };
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
): { snapshot: Snapshot; network: Network | undefined } {
  const { next, removed } = patch(snapshot, delta);
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
  const sameTables =
    sameVisibility &&
    sameMemberships &&
    same(removed.holdings, delta.rows.holdings) &&
    JSON.stringify(removed.fields) === JSON.stringify(delta.rows.fields);
  const discoverable = sameVisibility ? old.discoverable : toShared(old.discoverable);
  for (const p of delta.rows.people) discoverable[old.indexOf.get(p.id)!] = p.discoverable ? 1 : 0;
  // Tables of the new day around the old graph: same people, new visibility (only indices are read).
  const tables = sameTables ? network : withTables(next, date, { ...old, discoverable });
  const index = (id: string) => old.indexOf.get(id);
  const day = dayCache();
  const graph = recompilePeopleGraph({
    old,
    discoverable,
    touched: [...delta.people].flatMap((id) => (index(id) === undefined ? [] : [index(id)!])),
    ties: delta.rows.ties.flatMap((t) => {
      const [a, b] = [index(t.a), index(t.b)];
      if (a === undefined || b === undefined || t.visibility !== 'public' || !tieOn(t, date)) return [];
      return [{ a, b, strength: t.strength, contactDay: day(t.lastContact), context: t.context }];
    }),
    projects: next.projects
      .filter((p) => p.participants.length > 0 && projectOn(p, date))
      .map((p) => ({
        id: p.id,
        endDay: day(p.end),
        members: Int32Array.from(
          new Set(p.participants.flatMap((id) => (index(id) === undefined ? [] : [index(id)!]))),
        ),
      })),
    organisations: tables.orgCurrent.map((members) => Int32Array.from(members, ([p]) => p)),
    groups:
      sameMemberships && !delta.shared
        ? []
        : changedGroups(snapshot, next, delta.people, date).map((ids) =>
            ids.flatMap((id) => (index(id) === undefined ? [] : [index(id)!])),
          ),
  });
  const updated = sameTables
    ? { ...network, graph, visible: graph.discoverable, restricted: restrictedAfter(network, delta, date) }
    : withTables(next, date, graph);
  return { snapshot: next, network: updated };
}

/**
 * The restricted ties of the patched snapshot, as `restrictedOn` would list them: the old ones not
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
