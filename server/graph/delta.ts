/**
 * Applies change-log entries (changes.ts) to a snapshot: the named people's rows are read again
 * and replace theirs (ties touching them in either direction, memberships, holdings, fields), the
 * small shared tables are read again when an entry says so, and the network is recompiled.
 * Pure apart from readDelta, so tests can check "delta then compile" against "read everything".
 */
import type { Db } from '../db/driver.ts';
import type { ChangesSince } from './changes.ts';
import { loadPersonRows, loadSharedRows, peopleRows, type SharedPart } from './load.ts';
import { compileNetwork, inputOn, memberOn, projectOn, withTables, type Network } from './network.ts';
import { recompilePeopleGraph } from './recompile.ts';
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

/** The snapshot with the delta's rows in place of the old ones; never mutates `snapshot`. */
export function patchSnapshot(snapshot: Snapshot, delta: Delta): Snapshot {
  const touched = (id: string) => delta.people.has(id);
  const fields = { ...snapshot.fields };
  for (const id of delta.people) delete fields[id];
  Object.assign(fields, delta.rows.fields);
  return {
    ...snapshot,
    ...(delta.shared ?? {}),
    people: [...snapshot.people.filter((p) => !touched(p.id)), ...delta.rows.people],
    fields,
    ties: [...snapshot.ties.filter((t) => !touched(t.a) && !touched(t.b)), ...delta.rows.ties],
    memberships: [...snapshot.memberships.filter((m) => !touched(m.personId)), ...delta.rows.memberships],
    holdings: [...snapshot.holdings.filter(([p]) => !touched(p)), ...delta.rows.holdings],
  };
}

/**
 * The patched snapshot and its network: only the touched pairs are recomputed (recompile.ts) when
 * the people and organisations stay the same; otherwise the network is compiled in full.
 */
export function applyDelta(
  snapshot: Snapshot,
  network: Network,
  delta: Delta,
): { snapshot: Snapshot; network: Network; incremental: boolean } {
  const next = patchSnapshot(snapshot, delta);
  const date = network.date;
  const graph = recompilePeopleGraph(network.graph, inputOn(next, date), {
    people: delta.people,
    groups: changedGroups(snapshot, next, delta.people, date),
  });
  if (!graph) return { snapshot: next, network: compileNetwork(next, date), incremental: false };
  return { snapshot: next, network: withTables(next, date, graph), incremental: true };
}

/**
 * Member ids (old and new) of every project and organisation whose members, dates or size may
 * differ between the two snapshots on `date`: projects compared row by row, organisations that a
 * touched person belongs to before or after.
 */
export function changedGroups(
  before: Snapshot,
  after: Snapshot,
  people: ReadonlySet<string>,
  date: string,
): string[][] {
  const groups: string[][] = [];
  const projectKey = (p: Snapshot['projects'][number]) =>
    JSON.stringify([projectOn(p, date), p.end ?? null, [...p.participants].sort()]);
  const oldProjects = new Map(before.projects.map((p) => [p.id, p]));
  const newProjects = new Map(after.projects.map((p) => [p.id, p]));
  for (const id of new Set([...oldProjects.keys(), ...newProjects.keys()])) {
    const [a, b] = [oldProjects.get(id), newProjects.get(id)];
    if (a && b && projectKey(a) === projectKey(b)) continue;
    groups.push([...(a?.participants ?? []), ...(b?.participants ?? [])]);
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
