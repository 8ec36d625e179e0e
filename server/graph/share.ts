/**
 * The rows as they cross to a worker thread. Structured cloning a million tie objects takes
 * seconds on the API's event loop; the same ties as typed arrays of person and date indices copy
 * in milliseconds and are transferred, not copied. Only ties and skill holdings (the bulk) are
 * packed; the rest crosses as it is.
 */
import type { AssetsData } from './network.ts';

export interface WireData extends Omit<AssetsData, 'ties' | 'holdings'> {
  dates: string[];
  skillIds: string[];
  ties: { a: Int32Array; b: Int32Array; strength: Float64Array; contact: Int32Array; organisation: Uint8Array };
  holdings: { person: Int32Array; skill: Int32Array; level: Int8Array };
}

function dictionary() {
  const index = new Map<string, number>();
  const values: string[] = [];
  const of = (value: string) => index.get(value) ?? (index.set(value, values.push(value) - 1), values.length - 1);
  return { of, values };
}

export function pack(data: AssetsData): { wire: WireData; transfer: ArrayBuffer[] } {
  const personIndex = new Map(data.people.map((p, i) => [p.id, i]));
  const person = (id: string) => personIndex.get(id) ?? -1;
  const dates = dictionary();
  const skills = dictionary();
  const n = data.ties.length;
  const ties = {
    a: new Int32Array(n),
    b: new Int32Array(n),
    strength: new Float64Array(n),
    contact: new Int32Array(n),
    organisation: new Uint8Array(n),
  };
  data.ties.forEach((t, i) => {
    ties.a[i] = person(t.a);
    ties.b[i] = person(t.b);
    ties.strength[i] = t.strength;
    ties.contact[i] = t.lastContact === undefined ? -1 : dates.of(t.lastContact);
    ties.organisation[i] = t.visibility === 'organisation' ? 1 : 0;
  });
  const m = data.holdings.length;
  const holdings = { person: new Int32Array(m), skill: new Int32Array(m), level: new Int8Array(m) };
  data.holdings.forEach(([p, s, level], i) => {
    holdings.person[i] = person(p);
    holdings.skill[i] = skills.of(s);
    holdings.level[i] = level;
  });
  const { ties: _ties, holdings: _holdings, ...rest } = data;
  void _ties;
  void _holdings;
  const wire: WireData = { ...rest, dates: dates.values, skillIds: skills.values, ties, holdings };
  const transfer = [...Object.values(ties), ...Object.values(holdings)].map((a) => a.buffer as ArrayBuffer);
  return { wire, transfer };
}

/** Back to rows; a row naming a person unknown when packing (index −1) is dropped. */
export function unpack(wire: WireData): AssetsData {
  const id = (i: number) => wire.people[i]?.id;
  const ties: AssetsData['ties'] = [];
  for (let i = 0; i < wire.ties.a.length; i++) {
    const [a, b] = [id(wire.ties.a[i]!), id(wire.ties.b[i]!)];
    if (a === undefined || b === undefined) continue;
    const contact = wire.ties.contact[i]!;
    ties.push({
      a,
      b,
      strength: wire.ties.strength[i]!,
      visibility: wire.ties.organisation[i] === 1 ? 'organisation' : 'public',
      ...(contact < 0 ? {} : { lastContact: wire.dates[contact]! }),
    });
  }
  const holdings: AssetsData['holdings'] = [];
  for (let i = 0; i < wire.holdings.person.length; i++) {
    const p = id(wire.holdings.person[i]!);
    if (p !== undefined) holdings.push([p, wire.skillIds[wire.holdings.skill[i]!]!, wire.holdings.level[i]!]);
  }
  const { dates: _dates, skillIds: _skillIds, ...rest } = wire;
  void _dates;
  void _skillIds;
  return { ...rest, ties, holdings };
}
