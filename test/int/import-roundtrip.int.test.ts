/**
 * Export → import into an empty database reproduces the graph exactly (every node, relationship
 * and property), through the CSV bundle, the zip and the JSON document; a re-import changes
 * nothing; a dry run writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { loadDemo } from '../../server/demo.ts';
import { collectExport, toCsvFiles, toJsonText, toZip } from '../../server/features/data/export/index.ts';
import { importBundle } from '../../server/features/data/import/index.ts';
import { loadDataset } from '../../server/features/data/dataset.ts';
import type { Dataset } from '../../server/shared/dataset.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';
import { INJECTION_CORPUS } from '../reference/injection-corpus.ts';
import { parse } from 'csv-parse/sync';

const emptyDataset = (): Dataset => ({
  people: [],
  organisations: [],
  skills: [],
  projects: [],
  memberships: [],
  skillHoldings: [],
  participations: [],
  ties: [],
  projectOrganisations: [],
  needs: [],
});

let db: Db;
let demo: unknown;

beforeAll(async () => {
  db = await testDb();
  await wipe(db);
  await loadDemo(db);
  demo = await snapshot(db);
  return () => db.close();
});

const encoder = new TextEncoder();

describe('round trip of the demo network', () => {
  it('reproduces every node, relationship and property from the CSV bundle', async () => {
    const files = toCsvFiles(await collectExport(db, { visibility: 'full' }));
    await wipe(db);
    const report = await importBundle(db, files);
    expect(report.issues).toEqual([]);
    expect(report.committed).toBe(true);
    expect(await snapshot(db)).toEqual(demo);
  });

  it('re-importing the same bundle changes nothing, reports every row unchanged and writes nothing', async () => {
    const files = toCsvFiles(await collectExport(db, { visibility: 'full' }));
    const report = await importBundle(db, files);
    expect(report.ok).toBe(true);
    const people = report.counts.find((c) => c.section === 'people')!;
    expect(people).toMatchObject({ rows: 160, created: 0, updated: 0, unchanged: 160 });
    // Relationships too: each section's valid rows are all unchanged, and none is written again.
    for (const c of report.counts) expect(c, c.section).toMatchObject({ created: 0, updated: 0, unchanged: c.valid });
    expect(report.writes).toBe(0);
    expect(await snapshot(db)).toEqual(demo);
  });

  it('a tie given the other way round updates the stored tie, never a second one', async () => {
    const data = await collectExport(db, { visibility: 'full' });
    const ties = data.sections.ties;
    const reversed = ties.map((t, i) => ({
      ...t,
      personId: t.otherPersonId,
      otherPersonId: t.personId,
      ...(i < 5 ? { strength: (Number(t.strength) % 5) + 1 } : {}),
    }));
    const file = {
      name: 'bundle.json',
      bytes: encoder.encode(toJsonText({ ...data, sections: { ...data.sections, ties: reversed } })),
    };
    const report = await importBundle(db, [file]);
    expect(report.counts.find((c) => c.section === 'ties')).toMatchObject({ created: 0, updated: 5 });
    expect(report.writes).toBe(5);
    const after = (await collectExport(db, { visibility: 'full' })).sections.ties;
    expect(after.length).toBe(ties.length);
    const pair = (t: Record<string, unknown>) => [t.personId, t.otherPersonId].sort().join('|');
    const strengthOf = new Map(after.map((t) => [pair(t), t.strength]));
    for (const t of reversed.slice(0, 5)) expect(strengthOf.get(pair(t))).toBe(t.strength);
    // Back to the demo as it was: the same five ties, the other way round again, updated in place.
    await importBundle(db, toCsvFiles(data));
    expect(await snapshot(db)).toEqual(demo);
  });

  it('reproduces it from a zip and from the JSON document', async () => {
    const data = await collectExport(db, { visibility: 'full' });
    const zip = { name: 'bundle.zip', bytes: toZip(toCsvFiles(data)) };
    const json = { name: 'bundle.json', bytes: encoder.encode(toJsonText(data)) };
    for (const file of [zip, json]) {
      await wipe(db);
      const report = await importBundle(db, [file]);
      expect(report.issues, file.name).toEqual([]);
      expect(await snapshot(db), file.name).toEqual(demo);
    }
  });

  it('defuses formula-like text in the CSV bundle and imports it back exactly', async () => {
    await wipe(db);
    const corpus = INJECTION_CORPUS.map((text, i) => ({ id: `inj${i}`, name: text, bio: text }));
    const data: Dataset = { ...emptyDataset(), people: corpus };
    await loadDataset(db, 'injection', data);
    const before = await snapshot(db);
    const files = toCsvFiles(await collectExport(db, { visibility: 'full' }));
    const people = new TextDecoder().decode(files.find((f) => f.name === 'people.csv')!.bytes);
    const cells = (parse(people, { bom: true }) as string[][]).slice(1).flat();
    expect(cells.filter((c) => c.startsWith("'")).length).toBe(2 * INJECTION_CORPUS.length); // name and bio
    for (const cell of cells) expect(/^[=+\-@\t\r]/.test(cell), cell).toBe(false);
    await wipe(db);
    const report = await importBundle(db, files);
    // The corpus people have no ties: the import says so, and imports them.
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['unreachable', 'warning']]);
    expect(await snapshot(db)).toEqual(before);
    await wipe(db);
    await loadDemo(db);
  });

  it('a dry run validates and counts but writes nothing', async () => {
    const files = toCsvFiles(await collectExport(db, { visibility: 'full' }));
    await wipe(db);
    const empty = await snapshot(db);
    const report = await importBundle(db, files, { dryRun: true });
    expect(report).toMatchObject({ ok: true, committed: false, dryRun: true });
    expect(report.counts.find((c) => c.section === 'ties')!.valid).toBeGreaterThan(100);
    expect(await snapshot(db)).toEqual(empty);
    await importBundle(db, files);
    expect(await snapshot(db)).toEqual(demo);
  });
});
