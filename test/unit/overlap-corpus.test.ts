/**
 * The overlap corpus (test/fixtures/import/overlap/) measures entity resolution on import. It is
 * generated, so the committed files must be exactly what its generator writes, and its truth must
 * cover the whole true world: every person, organisation and skill, each person in some list.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_FILES, writeOverlapCorpus } from '../fixtures/import/overlap/make-overlap-corpus.ts';
import type { TruthJson } from '../fixtures/import/overlap/truth-book.ts';

const REGENERATE = 'npx tsx test/fixtures/import/overlap/make-overlap-corpus.ts';
const truth = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'truth.json'), 'utf8')) as TruthJson;

const trueIds = (prefix: string, n: number, width: number) =>
  new Set(Array.from({ length: n }, (_, i) => `${prefix}${String(i + 1).padStart(width, '0')}`));
const listOf = (importedId: string) => /^(kintone|sf|xl)-/.exec(importedId)?.[1];

function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [path.relative(base, full)];
  });
}

let fresh: string;
beforeAll(async () => {
  fresh = fs.mkdtempSync(path.join(os.tmpdir(), 'overlap-corpus-'));
  await writeOverlapCorpus(fresh);
}, 60_000);
afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));

describe('overlap corpus: committed files are generated', () => {
  it.each(CORPUS_FILES)('%s is byte for byte what the generator writes', (file) => {
    const committed = fs.readFileSync(path.join(CORPUS_DIR, file));
    const regenerated = fs.readFileSync(path.join(fresh, file));
    expect(committed.equals(regenerated), `${file} is stale: run ${REGENERATE}`).toBe(true);
  });

  it('the folder holds no other data file', () => {
    const data = filesUnder(CORPUS_DIR).filter((f) => !f.endsWith('.ts'));
    expect(data.sort()).toEqual([...CORPUS_FILES].sort());
  });
});

describe('overlap corpus: truth', () => {
  it('covers exactly 200 people, 30 organisations and every skill', () => {
    expect(truth.counts.people).toBe(200);
    expect(truth.counts.organisations).toBe(30);
    expect(truth.counts.skills).toBeGreaterThanOrEqual(15);
    expect(new Set(Object.values(truth.people))).toEqual(trueIds('P', 200, 3));
    expect(new Set(Object.values(truth.organisations))).toEqual(trueIds('O', 30, 2));
    expect(new Set(Object.values(truth.skills))).toEqual(trueIds('S', truth.counts.skills, 2));
  });

  it('puts every true person in at least one list, and many in two or three', () => {
    const lists = new Map<string, Set<string>>();
    for (const [imported, person] of Object.entries(truth.people))
      lists.set(person, (lists.get(person) ?? new Set()).add(listOf(imported)!));
    expect(lists.size).toBe(200);
    expect([...lists.values()].filter((l) => l.size >= 2).length).toBeGreaterThanOrEqual(60);
    expect([...lists.values()].filter((l) => l.size === 3).length).toBeGreaterThanOrEqual(20);
  });

  it('has homonyms and similar organisations to test precision, and notes only imported ids', () => {
    const homonyms = new Set<string>();
    for (const [imported, note] of Object.entries(truth.notes)) {
      const other = /homonym of (P\d{3})/.exec(note)?.[1];
      if (other) homonyms.add([truth.people[imported], other].sort().join('/'));
    }
    expect(homonyms.size).toBeGreaterThanOrEqual(4);
    const similar = Object.entries(truth.notes).filter(([, note]) => note.includes('similar name to'));
    expect(new Set(similar.map(([id]) => truth.organisations[id])).size).toBeGreaterThanOrEqual(4);
    const imported = new Set([truth.people, truth.organisations, truth.skills].flatMap((m) => Object.keys(m)));
    expect(Object.keys(truth.notes).filter((id) => !imported.has(id))).toEqual([]);
  });
});
