/**
 * Matching on import, measured on the overlapping-lists corpus (test/fixtures/import/overlap/: a
 * kintone member list, an NPSP export and a hand-made staff sheet describing the same 200 people
 * and 30 organisations, with their true identities in truth.json). The three lists are imported
 * one after another as a user would: a dry run, every possible match decided (here by the truth,
 * as a careful user would), then the import. Figures are printed for docs/import-format.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { importBundle, type ImportOptions, type InputFile } from '../../server/features/data/import/index.ts';
import { dbMatchLookup } from '../../server/features/data/match/lookup.ts';
import type { MatchDecision, MatchKind, MatchProposal } from '../../server/features/data/match/resolve.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

const ROOT = path.join(import.meta.dirname, '../fixtures/import/overlap');
const truth = JSON.parse(fs.readFileSync(path.join(ROOT, 'truth.json'), 'utf8')) as {
  people: Record<string, string>;
  organisations: Record<string, string>;
  skills: Record<string, string>;
  counts: { people: number; organisations: number; skills: number };
};
const TRUTH: Record<MatchKind, Record<string, string>> = {
  Person: truth.people,
  Organisation: truth.organisations,
  Skill: truth.skills,
};

const read = (...parts: string[]): InputFile => {
  const file = path.join(ROOT, ...parts);
  return { name: path.basename(file), bytes: new Uint8Array(fs.readFileSync(file)) };
};
const LISTS: { name: string; files: InputFile[]; options: ImportOptions }[] = [
  { name: 'kintone', files: [read('kintone', '会員名簿.csv')], options: { preset: 'kintone' } },
  {
    name: 'npsp',
    files: ['Contacts.csv', 'Accounts.csv', 'Affiliations.csv'].map((f) => read('npsp', f)),
    options: { preset: 'salesforce' },
  },
  {
    name: 'excel',
    files: [read('excel', '名簿.xlsx')],
    options: {
      mapping: {
        file: 'mapping.json',
        value: JSON.parse(fs.readFileSync(path.join(ROOT, 'excel', 'mapping.json'), 'utf8')),
      },
    },
  },
];

let db: Db;
beforeAll(async () => {
  db = await testDb();
  return () => db.close();
});

const sameThing = (p: MatchProposal) => TRUTH[p.kind][p.importedId] === TRUTH[p.kind][p.targetId];

/** The record each imported id ended up as: itself, or the record its alias points at. */
async function finalRecords(kind: MatchKind): Promise<Map<string, string>> {
  const lookup = dbMatchLookup(db);
  const ids = Object.keys(TRUTH[kind]);
  const stored = await lookup.existing(kind, ids);
  const aliases = await lookup.aliases(kind, ids);
  return new Map(ids.map((id) => [id, stored.has(id) ? id : (aliases.get(id) ?? `missing:${id}`)]));
}

/** Pairwise precision and recall of "these two imported ids are one record" against the truth. */
function pairwise(kind: MatchKind, final: Map<string, string>) {
  const ids = [...final.keys()];
  let truePairs = 0;
  let predicted = 0;
  let correct = 0;
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const same = TRUTH[kind][ids[i]!] === TRUTH[kind][ids[j]!];
      const merged = final.get(ids[i]!) === final.get(ids[j]!);
      if (same) truePairs++;
      if (merged) predicted++;
      if (same && merged) correct++;
    }
  return { precision: predicted === 0 ? 1 : correct / predicted, recall: truePairs === 0 ? 1 : correct / truePairs };
}

describe('matching three overlapping lists', () => {
  const proposals: MatchProposal[] = [];

  it('imports kintone, NPSP and the staff sheet into one record per real thing', async () => {
    await wipe(db);
    for (const list of LISTS) {
      // As in the import page: preview, decide what is asked, preview again (a confirmed
      // organisation can make a person's match possible), until nothing waits.
      const before = await snapshot(db);
      const decisions: MatchDecision[] = [];
      for (let round = 0; round < 5; round++) {
        const preview = await importBundle(db, list.files, { ...list.options, dryRun: true, match: 'ask', decisions });
        const undecided = preview.matches.filter((m) => m.status === 'undecided');
        if (undecided.length === 0) break;
        expect(preview.issues.map((i) => i.code)).toContain('undecided-match');
        for (const m of undecided)
          decisions.push({ kind: m.kind, importedId: m.importedId, targetId: m.targetId, same: sameThing(m) });
      }
      expect(await snapshot(db), list.name).toEqual(before);
      const report = await importBundle(db, list.files, { ...list.options, match: 'ask', decisions });
      expect(
        report.issues.filter((i) => i.severity === 'error'),
        list.name,
      ).toEqual([]);
      expect(report.committed, list.name).toBe(true);
      proposals.push(...report.matches);
    }
    const [stats] = await db.read((tx) => tx.run('stats'));
    const figures = {
      people: Number(stats!.people),
      organisations: Number(stats!.organisations),
      skills: Number(stats!.skills),
    };
    console.log('records after three lists:', figures, 'true:', truth.counts);
    expect(figures).toEqual(truth.counts);
  });

  it('is right about every sure match (precision ≥ 0.99) and finds ≥ 95 % of true matches with confirmations', async () => {
    const sure = proposals.filter((p) => p.status === 'sure');
    const sureRight = sure.filter(sameThing).length;
    const asked = proposals.filter((p) => p.status === 'confirmed' || p.status === 'rejected');
    const lines: string[] = [];
    const wrong = sure.filter((p) => !sameThing(p));
    for (const p of wrong) lines.push(`wrong sure: ${p.kind} ${p.name} → ${p.targetName} ${p.reasons.join('+')}`);
    const results: Record<string, unknown> = {};
    for (const kind of ['Organisation', 'Skill', 'Person'] as const) {
      const final = await finalRecords(kind);
      results[kind] = pairwise(kind, final);
      const byTrue = new Map<string, Set<string>>();
      for (const [id, rec] of final) {
        const t = TRUTH[kind][id]!;
        byTrue.set(t, (byTrue.get(t) ?? new Set()).add(rec));
      }
      for (const [t, recs] of byTrue)
        if (recs.size > 1) {
          const names = await db.read((tx) =>
            tx.runText(
              `MATCH (n:${kind}) WHERE n.id IN $ids RETURN n.id AS id, coalesce(n.name, n.nameJa, n.nameEn) AS name, n.nameEn AS en, n.prefecture AS pref`,
              { ids: [...recs] },
            ),
          );
          lines.push(`split ${t}: ${names.map((r) => `${r.id}=${r.name}/${r.en ?? ''}/${r.pref ?? ''}`).join(' | ')}`);
        }
    }
    console.log(
      JSON.stringify(
        {
          sure: sure.length,
          surePrecision: sureRight / Math.max(1, sure.length),
          asked: asked.length,
          confirmed: asked.filter((p) => p.status === 'confirmed').length,
          pairwise: results,
        },
        null,
        1,
      ),
      lines.join('\n'),
    );
    expect(sureRight / sure.length).toBeGreaterThanOrEqual(0.99);
    for (const kind of ['Organisation', 'Skill', 'Person'] as const) {
      const { precision, recall } = results[kind] as { precision: number; recall: number };
      expect(recall, kind).toBeGreaterThanOrEqual(0.95);
      expect(precision, kind).toBeGreaterThanOrEqual(0.99);
    }
  });

  it('importing a list again matches by the aliases it left: nothing to decide, no new record', async () => {
    const [before] = await db.read((tx) => tx.run('stats'));
    for (const list of LISTS) {
      const again = await importBundle(db, list.files, { ...list.options, match: 'ask' });
      expect(
        again.issues.filter((i) => i.severity === 'error'),
        list.name,
      ).toEqual([]);
      expect(again.matches.filter((m) => m.status !== 'sure')).toEqual([]);
    }
    expect((await db.read((tx) => tx.run('stats')))[0]).toEqual(before);
    // The last list again changes nothing at all (an earlier one would set its own roles and
    // levels on the relationships the later lists changed: the latest import wins).
    const last = await snapshot(db);
    await importBundle(db, LISTS[2]!.files, { ...LISTS[2]!.options, match: 'ask' });
    expect(await snapshot(db)).toEqual(last);
  });
});
