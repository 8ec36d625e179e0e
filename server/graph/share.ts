/**
 * The snapshot as it crosses to worker threads. Structured cloning a million tie objects takes
 * seconds on the API's event loop and a copy per worker; the same ties as typed arrays of person
 * and date indices on SharedArrayBuffer are packed once per snapshot and shared by every worker.
 * Only ties and skill holdings (the bulk) are packed; the rest crosses as it is, without the labels
 * (names, roles, search words, organisations of projects) that no computation reads — tie contexts do cross, as the compiled
 * graph carries them. A worker unpacks the rows only when it needs another day's network (trend);
 * today's compiled network is shared as is (network.ts `forWorkers`).
 */
import { finish, inSlices, type Steps } from '../shared/turns.ts';
import { sharedArray } from './shared-memory.ts';
import type { Snapshot, TieRow } from './snapshot.ts';

const VISIBILITIES: readonly TieRow['visibility'][] = ['public', 'organisation', 'private'];

export interface WireData extends Omit<Snapshot, 'ties' | 'holdings'> {
  dates: string[];
  skillIds: string[];
  contexts: string[];
  ties: {
    a: Int32Array;
    b: Int32Array;
    strength: Float64Array;
    contact: Int32Array;
    /** Index into VISIBILITIES. */
    visibility: Uint8Array;
    context: Int32Array;
  };
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
 * event loop for ~600 ms during a background reload (docs/benchmarks.md).
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
  const dates = dictionary();
  const skills = dictionary();
  const contexts = dictionary();
  const n = data.ties.length;
  const ties = {
    a: sharedArray(Int32Array, n),
    b: sharedArray(Int32Array, n),
    strength: sharedArray(Float64Array, n),
    contact: sharedArray(Int32Array, n),
    visibility: sharedArray(Uint8Array, n),
    context: sharedArray(Int32Array, n),
  };
  for (let i = 0; i < n; i++) {
    if (i % SLICE === SLICE - 1) yield;
    const t = data.ties[i]!;
    ties.a[i] = person(t.a);
    ties.b[i] = person(t.b);
    ties.strength[i] = t.strength;
    ties.contact[i] = t.lastContact === undefined ? -1 : dates.of(t.lastContact);
    ties.visibility[i] = VISIBILITIES.indexOf(t.visibility);
    ties.context[i] = t.context === undefined ? -1 : contexts.of(t.context);
  }
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
  return { ...rest, dates: dates.values, skillIds: skills.values, contexts: contexts.values, ties, holdings };
}

/** Back to rows; a row naming a person unknown when packing (index −1) is dropped. */
export function unpack(wire: WireData): Snapshot {
  const id = (i: number) => wire.people[i]?.id;
  const ties: Snapshot['ties'] = [];
  for (let i = 0; i < wire.ties.a.length; i++) {
    const [a, b] = [id(wire.ties.a[i]!), id(wire.ties.b[i]!)];
    if (a === undefined || b === undefined) continue;
    const contact = wire.ties.contact[i]!;
    const context = wire.ties.context[i]!;
    ties.push({
      a,
      b,
      strength: wire.ties.strength[i]!,
      visibility: VISIBILITIES[wire.ties.visibility[i]!]!,
      ...(contact < 0 ? {} : { lastContact: wire.dates[contact]! }),
      ...(context < 0 ? {} : { context: wire.contexts[context]! }),
    });
  }
  const holdings: Snapshot['holdings'] = [];
  for (let i = 0; i < wire.holdings.person.length; i++) {
    const p = id(wire.holdings.person[i]!);
    if (p !== undefined) holdings.push([p, wire.skillIds[wire.holdings.skill[i]!]!, wire.holdings.level[i]!]);
  }
  const { dates: _dates, skillIds: _skillIds, contexts: _contexts, ...rest } = wire;
  void _dates;
  void _skillIds;
  void _contexts;
  return { ...rest, ties, holdings };
}
