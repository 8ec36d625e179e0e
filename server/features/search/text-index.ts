/**
 * What search matches, held beside the in-memory network (graph/network.ts `rows`): each record's
 * names, normalised (shared/text.ts), and the other words search finds it by — a project's
 * description and English description, a skill's category. Built once per network, in slices that
 * give the event loop a turn; a record whose row object is unchanged since the last network (a
 * delta keeps every untouched row) keeps its entry, so a write costs the rows it touched.
 */
import type { Network } from '../../graph/network.ts';
import { normalise } from '../../shared/text.ts';
import { turn } from '../../shared/turns.ts';

export interface Entry {
  /** The record's names, normalised, none empty. */
  names: readonly string[];
  /** Names and other words, normalised, separated by '|' so that no match spans two. */
  words: string;
  /** Sorts hits of equal score: the kana reading (or the name), normalised. */
  order: string;
}

export interface TextIndex {
  /** By person index (graph/network.ts `personIds`). */
  people: readonly Entry[];
  /** By organisation index. */
  organisations: readonly Entry[];
  /** By skill index. */
  skills: readonly Entry[];
  projects: readonly (readonly [string, Entry])[];
}

/** Rows per slice: normalising one row's names takes a few microseconds. */
const SLICE = 2_000;

/** Entries by row object: rows survive from one network to the next unless their record changed. */
const entries = new WeakMap<object, Entry>();
const indexes = new WeakMap<Network, Promise<TextIndex>>();

/** `more`: the record's other words, normalised (called only when the row has no entry yet). */
function entry(row: object, names: (string | undefined)[], order: string, more = (): string => ''): Entry {
  const known = entries.get(row);
  if (known) return known;
  const normalised = names.flatMap((name) => {
    const n = name === undefined ? '' : normalise(name);
    return n ? [n] : [];
  });
  const others = more();
  const made = {
    names: normalised,
    words: (others ? [...normalised, others] : normalised).join('|'),
    order: normalise(order),
  };
  entries.set(row, made);
  return made;
}

/** The text index of a network, built on first use. */
export function textIndex(net: Network): Promise<TextIndex> {
  let index = indexes.get(net);
  if (!index) {
    index = build(net);
    indexes.set(net, index);
    // A failed build is not kept (it cannot fail but for a bug; the next search tries again).
    index.catch(() => indexes.delete(net));
  }
  return index;
}

async function build(net: Network): Promise<TextIndex> {
  const { rows } = net;
  const sliced = async <T, E>(items: readonly T[], make: (item: T) => E): Promise<E[]> => {
    const out: E[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i % SLICE === SLICE - 1) await turn();
      out.push(make(items[i]!));
    }
    return out;
  };
  const people = await sliced(rows.people, (p) =>
    entry(p, [p.name ?? p.id, p.nameKana, p.nameLatin], p.nameKana ?? p.name ?? p.id),
  );
  const organisations = await sliced(rows.organisations, (o) =>
    entry(o, [o.name ?? o.id, o.nameKana, o.nameEn], o.nameKana ?? o.name ?? o.id),
  );
  const skills = await sliced(rows.skills, (s) =>
    entry(s, [s.nameJa, s.nameEn], s.nameJa ?? s.nameEn ?? s.id, () => normalise(s.category ?? '')),
  );
  // A project's words come normalised (graph/load.ts).
  const projects = await sliced([...rows.projects.values()], (j) => {
    return [j.id, entry(j, [j.name ?? j.id, j.nameEn], j.name ?? j.id, () => j.words ?? '')] as const;
  });
  return { people, organisations, skills, projects };
}

/** Scores how well normalised names match the query variants: exact > prefix > partial. */
export function scoreNames(names: readonly string[], variants: readonly string[]): number {
  let best = 0;
  for (const name of names) {
    for (const q of variants) {
      if (name === q) best = Math.max(best, 100);
      else if (name.startsWith(q)) best = Math.max(best, 60 + 20 * (q.length / name.length));
      else if (name.includes(q)) best = Math.max(best, 30 + 10 * (q.length / name.length));
    }
  }
  return best;
}

/**
 * Scores a record found by the words of the query (in any order) in its names or other words,
 * below every name match: 10–20, higher the more of the query's words it holds (all of them:
 * at least 15) and the more of its text they cover. A record holding none scores 0.
 */
export function scoreWords(words: string, terms: readonly string[]): number {
  let found = 0;
  let covered = 0;
  for (const term of terms) {
    if (!words.includes(term)) continue;
    found++;
    covered += term.length;
  }
  if (found === 0) return 0;
  return 10 + 5 * (found / terms.length) + 5 * Math.min(1, covered / words.length);
}
