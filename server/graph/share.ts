/**
 * The snapshot as it crosses to worker threads. Structured cloning a million row objects takes
 * seconds on the API's event loop and a copy per worker. The ties are already typed arrays on
 * SharedArrayBuffer (tie-table.ts) and cross as they are, with their dictionary's strings; the
 * skill holdings are packed the same way once per snapshot and shared by every worker. The rest
 * crosses as UTF-8 JSON on SharedArrayBuffer, without the labels (names, roles, search words,
 * organisations of projects) that no computation reads — tie contexts do cross, as the compiled
 * graph carries them. A worker unpacks the rows only when it needs another day's network (trend);
 * today's compiled network is shared as is (network.ts `forWorkers`).
 */
import { finish, inSlices, type Steps } from '../shared/turns.ts';
import { sharedArray } from './shared-memory.ts';
import type { Snapshot } from './snapshot.ts';
import { Dictionary, TieTable, type TieColumns } from './tie-table.ts';

/** The rows that cross as they are (without labels). */
type PlainRows = Omit<Snapshot, 'ties' | 'holdings'>;

export interface WireData {
  /**
   * The plain rows as one JSON text in UTF-8 on SharedArrayBuffer, written in slices: structured
   * cloning ~250,000 membership and people objects held the event loop ~90 ms at 100k people, and
   * so did cloning the same 17 MB as one string; shared bytes cross without a copy, and the worker
   * decodes and parses them.
   */
  rows: Uint8Array;
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
  const personIndex = new Map<string, number>();
  for (let i = 0; i < data.people.length; i++) {
    if (i % SLICE === SLICE - 1) yield;
    personIndex.set(data.people[i]!.id, i);
  }
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
  yield;
  const rows = yield* jsonSteps(data, {
    people: ({ id, discoverable }: Snapshot['people'][number]) => ({ id, discoverable }),
    projects: ({
      name: _name,
      roles: _roles,
      words: _words,
      organisations: _organisations,
      ...project
    }: Snapshot['projects'][number]) => project,
    organisations: ({ id, sector }: Snapshot['organisations'][number]) => ({ id, sector }),
    skills: ({ id, broader }: Snapshot['skills'][number]) => (broader === undefined ? { id } : { id, broader }),
  });
  return { rows, skillIds: skills.values, ties, holdings };
}

const PLAIN_KEYS = [
  'today',
  'fields',
  'memberships',
  'needs',
  'people',
  'projects',
  'organisations',
  'skills',
] as const;

/**
 * JSON.stringify of the plain rows (each table's rows through `trim`, which drops labels), long
 * lists and objects written SLICE entries at a time, then encoded part by part.
 */
function* jsonSteps(data: Snapshot, trim: Record<string, (row: never) => unknown>): Steps<Uint8Array> {
  const parts: string[] = [];
  let size = 0;
  // Each part's UTF-8 size is taken as it is made (measuring 18 MB of parts at the end took ~90 ms).
  const add = (part: string) => {
    parts.push(part);
    size += Buffer.byteLength(part);
  };
  for (const key of PLAIN_KEYS satisfies readonly (keyof PlainRows)[]) {
    const value: unknown = data[key];
    add(`${parts.length === 0 ? '{' : ','}${JSON.stringify(key)}:`);
    if (Array.isArray(value)) {
      const each = trim[key] as ((row: unknown) => unknown) | undefined;
      add('[');
      for (let i = 0; i < value.length; i += SLICE) {
        const slice = value.slice(i, i + SLICE);
        add(`${i === 0 ? '' : ','}${JSON.stringify(each ? slice.map(each) : slice).slice(1, -1)}`);
        yield;
      }
      add(']');
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value);
      add('{');
      for (let i = 0; i < entries.length; i += SLICE) {
        const text = JSON.stringify(Object.fromEntries(entries.slice(i, i + SLICE)));
        add(`${i === 0 ? '' : ','}${text.slice(1, -1)}`);
        yield;
      }
      add('}');
    } else add(JSON.stringify(value));
  }
  add('}');
  const bytes = sharedArray(Uint8Array, size);
  const encoder = new TextEncoder();
  let at = 0;
  for (const part of parts) {
    at += encoder.encodeInto(part, bytes.subarray(at)).written;
    if (part.length > 1_000) yield;
  }
  return bytes;
}

/** Back to rows; a row naming a person unknown when packing (index −1) is dropped. */
export function unpack(wire: WireData): Snapshot {
  const { rows } = wire;
  const rest = JSON.parse(Buffer.from(rows.buffer, rows.byteOffset, rows.byteLength).toString('utf8')) as PlainRows;
  const id = (i: number) => rest.people[i]?.id;
  const ties = new TieTable(wire.ties.columns, Dictionary.of(wire.ties.strings));
  const holdings: Snapshot['holdings'] = [];
  for (let i = 0; i < wire.holdings.person.length; i++) {
    const p = id(wire.holdings.person[i]!);
    if (p !== undefined) holdings.push([p, wire.skillIds[wire.holdings.skill[i]!]!, wire.holdings.level[i]!]);
  }
  return { ...rest, ties, holdings };
}
