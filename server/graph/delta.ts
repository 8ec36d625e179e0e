/**
 * Applies change-log entries (changes.ts) to a snapshot: the named people's rows are read again
 * and replace theirs (ties touching them in either direction, memberships, holdings, fields), the
 * small shared tables are read again when an entry says so, and the network is recompiled.
 * Pure apart from readDelta, so tests can check "delta then compile" against "read everything".
 */
import type { Db } from '../db/driver.ts';
import type { ChangesSince } from './changes.ts';
import { loadPersonRows, loadSharedRows, peopleRows, type SharedPart } from './load.ts';
import { compileNetwork, type Network } from './network.ts';
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

export function applyDelta(
  snapshot: Snapshot,
  _network: Network,
  delta: Delta,
): { snapshot: Snapshot; network: Network } {
  const next = patchSnapshot(snapshot, delta);
  return { snapshot: next, network: compileNetwork(next, _network.date) };
}
