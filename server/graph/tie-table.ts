/**
 * The snapshot's declared ties, column by column: a million tie objects held ~80 MB of the API's
 * heap at 100k people and were most of what every major garbage collection had to mark. Here each
 * tie is a place in six typed arrays on SharedArrayBuffer (~25 bytes; worker threads share them,
 * share.ts) with its ids, dates and contexts as numbers into a dictionary of strings.
 *
 * A table never changes. A write makes a new table (`replaced`) that shares the dictionary, which
 * only ever grows, so the person numbers of every table along a line of writes agree; delta.ts
 * uses them to find a write's rows (its owner columns are the `a` and `b` columns themselves).
 * Rows are made on demand (`at`, iteration) for the few places that want objects.
 */
import { finish, type Steps } from '../shared/turns.ts';
import { sharedArray } from './shared-memory.ts';
import type { TieRow } from './snapshot.ts';

const VISIBILITIES: readonly TieRow['visibility'][] = ['public', 'organisation', 'private'];

/** Strings as numbers, append-only: a number once given always means the same string. */
export class Dictionary {
  readonly values: string[] = [];
  /** Made on the first lookup: a worker's copy only ever turns numbers into strings. */
  private index: Map<string, number> | undefined;

  /** A dictionary of these strings, numbered in this order (they must be distinct). */
  static of(values: readonly string[]): Dictionary {
    const dictionary = new Dictionary();
    for (const value of values) dictionary.values.push(value); // a spread overflows the stack at 100k
    return dictionary;
  }

  private get codes(): Map<string, number> {
    return (this.index ??= new Map(this.values.map((value, i) => [value, i])));
  }

  /** The string's number, given it when new. */
  code = (value: string): number => {
    const { codes } = this;
    let code = codes.get(value);
    if (code === undefined) codes.set(value, (code = this.values.push(value) - 1));
    return code;
  };

  /** The string's number, or −1 when it has none. */
  find(value: string): number {
    return this.codes.get(value) ?? -1;
  }

  get size(): number {
    return this.values.length;
  }
}

export interface TieColumns {
  /** Person ids as dictionary numbers. */
  a: Int32Array;
  b: Int32Array;
  strength: Float64Array;
  /** The last contact's date as a dictionary number; −1 when none. */
  contact: Int32Array;
  /** Index into VISIBILITIES. */
  visibility: Uint8Array;
  /** The context text as a dictionary number; −1 when none. */
  context: Int32Array;
}

function columns(n: number): TieColumns {
  return {
    a: sharedArray(Int32Array, n),
    b: sharedArray(Int32Array, n),
    strength: sharedArray(Float64Array, n),
    contact: sharedArray(Int32Array, n),
    visibility: sharedArray(Uint8Array, n),
    context: sharedArray(Int32Array, n),
  };
}

const NAMES = ['a', 'b', 'strength', 'contact', 'visibility', 'context'] as const;

function put(c: TieColumns, i: number, t: TieRow, code: (value: string) => number): void {
  c.a[i] = code(t.a);
  c.b[i] = code(t.b);
  c.strength[i] = t.strength;
  c.contact[i] = t.lastContact === undefined ? -1 : code(t.lastContact);
  const visibility = VISIBILITIES.indexOf(t.visibility);
  if (visibility < 0) throw new RangeError(`ties: unknown visibility "${String(t.visibility)}"`);
  c.visibility[i] = visibility;
  c.context[i] = t.context === undefined ? -1 : code(t.context);
}

export class TieTable implements Iterable<TieRow> {
  readonly length: number;

  constructor(
    readonly columns: TieColumns,
    readonly dictionary: Dictionary,
  ) {
    this.length = columns.a.length;
  }

  static from(rows: readonly TieRow[], dictionary = new Dictionary()): TieTable {
    const c = columns(rows.length);
    rows.forEach((t, i) => put(c, i, t, dictionary.code));
    return new TieTable(c, dictionary);
  }

  a(i: number): string {
    return this.dictionary.values[this.columns.a[i]!]!;
  }

  b(i: number): string {
    return this.dictionary.values[this.columns.b[i]!]!;
  }

  visibility(i: number): TieRow['visibility'] {
    return VISIBILITIES[this.columns.visibility[i]!]!;
  }

  lastContact(i: number): string | undefined {
    const code = this.columns.contact[i]!;
    return code < 0 ? undefined : this.dictionary.values[code];
  }

  /** Tie i as a row (a new object each time). */
  at(i: number): TieRow {
    const { strength, context } = this.columns;
    const lastContact = this.lastContact(i);
    const text = context[i]!;
    return {
      a: this.a(i),
      b: this.b(i),
      strength: strength[i]!,
      visibility: this.visibility(i),
      ...(lastContact === undefined ? {} : { lastContact }),
      ...(text < 0 ? {} : { context: this.dictionary.values[text]! }),
    };
  }

  *[Symbol.iterator](): Iterator<TieRow> {
    for (let i = 0; i < this.length; i++) yield this.at(i);
  }

  isPublic(i: number): boolean {
    return this.columns.visibility[i] === 0;
  }

  /** The rows that pass `keep`, as objects; `first` may turn rows away before any object is made. */
  filter(keep: (tie: TieRow, i: number) => boolean, first?: (i: number) => boolean): TieRow[] {
    const out: TieRow[] = [];
    for (let i = 0; i < this.length; i++) {
      if (first && !first(i)) continue;
      const t = this.at(i);
      if (keep(t, i)) out.push(t);
    }
    return out;
  }

  /**
   * The table without the rows `mine` (ascending), then `added`: the kept runs between removed rows
   * are copied whole, column by column (a write touches a handful of a million rows).
   */
  replaced(mine: Int32Array, added: readonly TieRow[]): TieTable {
    return finish(this.replacedSteps(mine, added));
  }

  /**
   * The same, yielding after each column: a column's copy touches megabytes of fresh memory, and
   * the first touch of fresh pages costs far more than the copy itself on some machines.
   */
  *replacedSteps(mine: Int32Array, added: readonly TieRow[]): Steps<TieTable> {
    if (mine.length === 0 && added.length === 0) return this;
    const kept = this.length - mine.length;
    const out = columns(kept + added.length);
    for (const name of NAMES) {
      const [from, to] = [this.columns[name], out[name]];
      let start = 0;
      let at = 0;
      for (const i of mine) {
        to.set(from.subarray(start, i) as never, at);
        at += i - start;
        start = i + 1;
      }
      to.set(from.subarray(start) as never, at);
      yield;
    }
    added.forEach((t, i) => put(out, kept + i, t, this.dictionary.code));
    return new TieTable(out, this.dictionary);
  }
}

/** Builds a table row by row (the full load), growing its columns as rows come. */
export class TieTableBuilder {
  private c = columns(1024);
  private n = 0;

  constructor(readonly dictionary = new Dictionary()) {}

  push(t: TieRow): void {
    if (this.n === this.c.a.length) {
      const bigger = columns(this.n * 2);
      for (const name of NAMES) bigger[name].set(this.c[name] as never);
      this.c = bigger;
    }
    put(this.c, this.n++, t, this.dictionary.code);
  }

  /** The table of the rows pushed (columns cut to their exact length). */
  done(): TieTable {
    const exact = columns(this.n);
    for (const name of NAMES) exact[name].set(this.c[name].subarray(0, this.n) as never);
    return new TieTable(exact, this.dictionary);
  }
}
