/**
 * The snapshot as it crosses to worker threads. Structured cloning a million row objects takes
 * seconds on the API's event loop and a copy per worker. The ties are already typed arrays on
 * SharedArrayBuffer (tie-table.ts) and cross as they are, with their dictionary's strings; the
 * skill holdings are packed the same way once per snapshot and shared by every worker. The rest
 * crosses as it is, without the labels
 * (names, roles, search words, organisations of projects) that no computation reads — tie contexts do cross, as the compiled
 * graph carries them. A worker unpacks the rows only when it needs another day's network (trend);
 * today's compiled network is shared as is (network.ts `forWorkers`).
 */
import { finish, inSlices, type Steps } from '../shared/turns.ts';
import { sharedArray } from './shared-memory.ts';
import type { Snapshot } from './snapshot.ts';
import { Dictionary, TieTable, type TieColumns } from './tie-table.ts';

export interface WireData extends Omit<Snapshot, 'ties' | 'holdings'> {
  skillIds: string[];
  /** The tie table's columns (shared) and its dictionary's strings (copied). */
  ties: { columns: TieColumns; strings: string[] };
  holdings: { person: Int32Array; skill: Int32Array; level: Uint8Array };
}

function dictionary() {
  const index = new Map<string, number>();
  const values: string[] = [];
  const of = (value: string) => index.get(value) ?? (index.set(value, values.push(value) - 1), values.length - 1);
  return { of, values };
}

const packed = new WeakMap<Snapshot, WireData>();

/** Packs once per snapshot; every worker gets the same shared arrays. */
export function pack(data: Snapshot): WireData {
  let wire = packed.get(data);
  if (!wire) packed.set(data, (wire = finish(packRows(data))));
  return wire;
}

/** Rows packed between two chances to give the event loop a turn. */
const SLICE = 20_000;

/**
 * The same, between turns of the event loop: packing a million ties in one go held the API's
 * event loop for ~600 ms during a background reload (docs/benchmarks.md). The ties are columns
 * now and cross as they are; the skill holdings (a few hundred thousand at 100k people) still pack.
 */
export async function packInSlices(data: Snapshot, sliceMs?: number): Promise<WireData> {
  const done = packed.get(data);
  if (done) return done;
  const wire = await inSlices(packRows(data), sliceMs);
  packed.set(data, wire);
  return wire;
}

function* packRows(data: Snapshot): Steps<WireData> {
  const personIndex = new Map(data.people.map((p, i) => [p.id, i]));
  const person = (id: string) => personIndex.get(id) ?? -1;
  const skills = dictionary();
  // The strings as they are now, all this table's numbers reach (later writes append to the dictionary).
  const ties = { columns: data.ties.columns, strings: data.ties.dictionary.values.slice() };
  const m = data.holdings.length;
  const holdings = {
    person: sharedArray(Int32Array, m),
    skill: sharedArray(Int32Array, m),
    level: sharedArray(Uint8Array, m),
  };
  for (let i = 0; i < m; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const [p, s, level] = data.holdings[i]!;
    holdings.person[i] = person(p);
    holdings.skill[i] = skills.of(s);
    holdings.level[i] = level;
  }
  const rest = {
    today: data.today,
    fields: data.fields,
    memberships: data.memberships,
    needs: data.needs,
    people: data.people.map(({ id, discoverable }) => ({ id, discoverable })),
    projects: data.projects.map(
      ({ name: _name, roles: _roles, words: _words, organisations: _organisations, ...project }) => project,
    ),
    organisations: data.organisations.map(({ id, sector }) => ({ id, sector })),
    skills: data.skills.map(({ id, broader }) => (broader === undefined ? { id } : { id, broader })),
  };
  return { ...rest, skillIds: skills.values, ties, holdings };
}

/** Back to rows; a row naming a person unknown when packing (index −1) is dropped. */
export function unpack(wire: WireData): Snapshot {
  const id = (i: number) => wire.people[i]?.id;
  const ties = new TieTable(wire.ties.columns, Dictionary.of(wire.ties.strings));
  const holdings: Snapshot['holdings'] = [];
  for (let i = 0; i < wire.holdings.person.length; i++) {
    const p = id(wire.holdings.person[i]!);
    if (p !== undefined) holdings.push([p, wire.skillIds[wire.holdings.skill[i]!]!, wire.holdings.level[i]!]);
  }
  const { skillIds: _skillIds, ...rest } = wire;
  void _skillIds;
  return { ...rest, ties, holdings };
}
