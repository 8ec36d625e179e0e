/**
 * Every class of problem an import reports, each with file, line (header = line 1), column and a
 * message in both languages; with any error nothing is written. Encodings, workbooks, skipping
 * invalid rows, and one bad row among 10,000.
 */
import ExcelJS from 'exceljs';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { importBundle, type InputFile } from '../../server/features/data/import/index.ts';
import type { Issue, IssueCode } from '../../server/features/data/import/issues.ts';
import { ISSUE_CODES } from '../../server/features/data/import/issues.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

let db: Db;
beforeAll(async () => {
  db = await testDb();
  return () => db.close();
});

const BASE = {
  'people.csv': 'id,name,name_kana,email\np1,山田 太郎,やまだ たろう,taro@example.jp\np2,Jane Doe,,jane@example.org\n',
  'organisations.csv': 'id,name,sector,prefecture\no1,NPO法人 みらい,npo,Tokyo\n',
  'skills.csv': 'id,name_ja,name_en,broader\nit,IT,IT,\ncrm,CRM,CRM,it\n',
};
const csv = (files: Record<string, string>): InputFile[] =>
  Object.entries(files).map(([name, text]) => ({ name, bytes: new TextEncoder().encode(text) }));

const seen = new Set<IssueCode>();

/** The issues but the warning that people without ties will not be reachable (tested on its own). */
const besidesUnreachable = (report: { issues: Issue[] }) => report.issues.filter((i) => i.code !== 'unreachable');

/** Imports, expects exactly the problems matching `expected`, and that nothing was written. */
async function rejects(files: InputFile[], expected: Partial<Issue> & { code: IssueCode }, options = {}) {
  const before = await snapshot(db);
  const report = await importBundle(db, files, options);
  const errors = report.issues.filter((i) => i.severity === 'error');
  expect(report.ok, JSON.stringify(report.issues)).toBe(false);
  expect(errors, JSON.stringify(errors)).toContainEqual(expect.objectContaining(expected));
  const found = errors.find((i) => i.code === expected.code)!;
  expect(found.message.ja).not.toBe('');
  expect(found.message.ja).not.toBe(found.message.en);
  expect(await snapshot(db)).toEqual(before);
  seen.add(expected.code);
  return report;
}

beforeEach(async () => {
  await wipe(db);
});

describe('problems in files', () => {
  it('unreadable files: not text, not a zip, not JSON, not a workbook', async () => {
    await rejects([{ name: 'people.csv', bytes: new Uint8Array([0x82, 0xff, 0xfe, 0x80, 0xa0]) }], {
      code: 'unreadable-file',
      file: 'people.csv',
    });
    await rejects([{ name: 'bundle.zip', bytes: strToU8('not a zip') }], {
      code: 'unreadable-file',
      file: 'bundle.zip',
    });
    await rejects([{ name: 'bundle.json', bytes: strToU8('{\n  "people": [\n    {"id": "p1",}\n  ]\n}') }], {
      code: 'unreadable-file',
      file: 'bundle.json',
      line: 3,
    });
    await rejects([{ name: 'bundle.xlsx', bytes: strToU8('PK nope') }], {
      code: 'unreadable-file',
      file: 'bundle.xlsx',
    });
  });

  it('malformed CSV: an unclosed quote, and a record with more fields than the header', async () => {
    await rejects(csv({ 'people.csv': 'id,name\np1,"Taro\n' }), { code: 'malformed-csv', file: 'people.csv' });
    await rejects(csv({ 'people.csv': 'id,name\np1,Taro\np2,Jiro,extra\n' }), {
      code: 'malformed-csv',
      file: 'people.csv',
      line: 3,
    });
  });

  it('columns: missing, unknown (unless declared), duplicated', async () => {
    await rejects(csv({ 'people.csv': 'id,name_kana\np1,たろう\n' }), {
      code: 'missing-column',
      file: 'people.csv',
      line: 1,
      column: 'name',
    });
    await rejects(csv({ 'people.csv': 'id,name,nickname\np1,Taro,T\n' }), {
      code: 'unknown-column',
      line: 1,
      column: 'nickname',
    });
    await rejects(csv({ 'people.csv': 'id,name,name\np1,Taro,Taro\n' }), { code: 'duplicate-column', column: 'name' });
  });

  it('a declared extra column is kept with its type; a bad manifest is reported', async () => {
    const manifest = JSON.stringify({
      extraColumns: { people: { nickname: 'string', joined: 'date', age: 'integer' } },
    });
    const report = await importBundle(
      db,
      csv({ 'people.csv': 'id,name,nickname,joined,age\np1,Taro,T,2024-04-01,42\n', 'tsunagari.json': manifest }),
    );
    expect(besidesUnreachable(report)).toEqual([]);
    const [row] = await db.read((tx) =>
      tx.runText(
        "MATCH (p:Person {id: 'p1'}) RETURN p.nickname AS n, p.joined AS j, p.age AS a, valueType(p.joined) AS t",
      ),
    );
    expect(row).toEqual({ n: 'T', j: '2024-04-01', a: 42, t: 'DATE NOT NULL' });
    await wipe(db);
    await rejects(
      csv({ 'people.csv': 'id,name\np1,Taro\n', 'tsunagari.json': '{"extraColumns": {"people": {"x": "colour"}}}' }),
      { code: 'bad-manifest', column: 'extraColumns' },
    );
  });

  it('files that are not part of the format are warnings, not errors', async () => {
    const report = await importBundle(db, [
      ...csv(BASE),
      { name: 'logo.png', bytes: new Uint8Array([1, 2]) },
      ...csv({ 'notes.csv': 'a\nb\n' }),
    ]);
    expect(report.ok).toBe(true);
    expect(besidesUnreachable(report).map((i) => [i.code, i.severity, i.file])).toEqual([
      ['unknown-file', 'warning', 'logo.png'],
      ['unknown-file', 'warning', 'notes.csv'],
    ]);
    seen.add('unknown-file');
  });

  it('files that none of the format reads, without a preset or mapping: an error, not an empty import', async () => {
    const report = await rejects(csv({ '会員名簿.csv': '氏名,メール\n山田 太郎,taro@example.jp\n' }), {
      code: 'unreadable-file',
    });
    expect(report.issues.find((i) => i.code === 'unreadable-file')!.message.en).toContain('choose its preset');
  });
});

describe('problems in rows', () => {
  it('required values and invalid values name their line and column, in Japanese too', async () => {
    await rejects(csv({ 'people.csv': 'id,name\np1,\n' }), { code: 'required', line: 2, column: 'name' });
    const report = await rejects(
      csv({ ...BASE, 'people.csv': 'id,name,email\np1,Taro,taro@example.jp\np2,Jiro,not-an-email\n' }),
      {
        code: 'invalid-value',
        file: 'people.csv',
        line: 3,
        column: 'email',
      },
    );
    expect(report.issues[0]!.message).toEqual({
      en: 'must be an email address (it has no @)',
      ja: 'メールアドレスに @ がありません',
    });
    await rejects(csv({ ...BASE, 'ties.csv': 'person_id,other_person_id,strength\np1,p2,7\n' }), {
      code: 'invalid-value',
      line: 2,
      column: 'strength',
    });
    await rejects(csv({ ...BASE, 'organisations.csv': 'id,name,sector\no1,X,charity\n' }), {
      code: 'invalid-value',
      column: 'sector',
    });
    await rejects(csv({ 'projects.csv': 'id,name,start,end\nj1,X,2024-05-01,2024-04-01\n' }), {
      code: 'invalid-value',
      column: 'end',
    });
  });

  it('a multi-line quoted cell: later rows still report the line an editor shows', async () => {
    await rejects(csv({ 'people.csv': 'id,name,bio\np1,Taro,"line one\nline two"\np2,,x\n' }), {
      code: 'required',
      line: 4,
      column: 'name',
    });
  });

  it('duplicate ids and duplicate relationships (a tie in both directions is one tie)', async () => {
    await rejects(csv({ 'people.csv': 'id,name\np1,A\np1,B\n' }), { code: 'duplicate-row', line: 3, column: 'id' });
    await rejects(csv({ ...BASE, 'ties.csv': 'person_id,other_person_id\np1,p2\np2,p1\n' }), {
      code: 'duplicate-row',
      line: 3,
    });
  });

  it('references must resolve in the bundle or the database', async () => {
    await rejects(csv({ ...BASE, 'memberships.csv': 'person_id,organisation_id\np1,o9\n' }), {
      code: 'unknown-reference',
      line: 2,
      column: 'organisation_id',
    });
    await importBundle(db, csv(BASE));
    const report = await importBundle(db, csv({ 'memberships.csv': 'person_id,organisation_id,role\np1,o1,理事\n' }));
    expect(besidesUnreachable(report)).toEqual([]);
  });

  it('a tie to oneself, and a cycle in the skill hierarchy (with stored links)', async () => {
    await rejects(csv({ ...BASE, 'ties.csv': 'person_id,other_person_id\np1,p1\n' }), { code: 'self-tie', line: 2 });
    await importBundle(db, csv(BASE));
    await rejects(csv({ 'skills.csv': 'id,name_en,broader\nit,IT,crm\n' }), {
      code: 'broader-cycle',
      line: 2,
      column: 'broader',
    });
  });

  it("an import for one organisation: another organisation's record is not permitted", async () => {
    await importBundle(
      db,
      csv({ ...BASE, 'organisations.csv': 'id,name,sector\no1,NPO法人 みらい,npo\no2,別の団体,npo\n' }),
    );
    await importBundle(db, csv({ 'memberships.csv': 'person_id,organisation_id\np1,o1\n' }));
    await rejects(
      csv({ 'people.csv': 'id,name\np1,山田 太郎 (changed)\n' }),
      { code: 'not-permitted', file: 'people.csv', line: 2, column: 'id' },
      { organisation: { id: 'o2', personId: null } },
    );
    const own = await importBundle(db, csv({ 'people.csv': 'id,name\np1,山田 太郎 (changed)\n' }), {
      organisation: { id: 'o1', personId: null },
    });
    expect(own).toMatchObject({ ok: true, committed: true });
  });

  it('a bad mapping file is reported', async () => {
    await rejects(
      csv({ 'x.csv': 'a\n1\n' }),
      { code: 'bad-mapping' },
      { mapping: { file: 'm.json', value: { files: [] } } },
    );
  });
});

describe('encodings and formats', () => {
  const people = 'id,name,name_kana\np1,渡辺 直美,わたなべ なおみ\n';
  const sjis = new Uint8Array([
    ...strToU8('id,name,name_kana\np1,'),
    // 渡辺 直美,わたなべ なおみ in Shift_JIS (as kintone writes it)
    0x93,
    0x6e,
    0x95,
    0xd3,
    0x20,
    0x92,
    0xbc,
    0x94,
    0xfc,
    0x2c,
    0x82,
    0xed,
    0x82,
    0xbd,
    0x82,
    0xc8,
    0x82,
    0xd7,
    0x20,
    0x82,
    0xc8,
    0x82,
    0xa8,
    0x82,
    0xdd,
    0x0a,
  ]);
  it.each([
    ['utf-8', strToU8(people)],
    ['utf-8-bom', new Uint8Array([0xef, 0xbb, 0xbf, ...strToU8(people)])],
    ['shift_jis', sjis],
  ])('%s is detected and read', async (encoding, bytes) => {
    const report = await importBundle(db, [{ name: 'people.csv', bytes }]);
    expect(besidesUnreachable(report)).toEqual([]);
    expect(report.files).toEqual([{ file: 'people.csv', encoding }]);
    const [row] = await db.read((tx) => tx.run('node-get', { id: 'p1' }, { label: 'Person' }));
    expect(row?.node).toMatchObject({ name: '渡辺 直美', nameKana: 'わたなべ なおみ' });
  });

  it('a workbook with sheets named like the files, rows numbered as Excel shows them', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('people').addRows([
      ['id', 'name', 'discoverable'],
      ['p1', 'Taro', true],
      ['p2', '', false],
    ]);
    book.addWorksheet('organisations').addRows([
      ['id', 'name', 'sector'],
      ['o1', 'みらい', 'npo'],
    ]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    await rejects([{ name: 'data.xlsx', bytes }], {
      code: 'required',
      file: 'data.xlsx#people',
      line: 3,
      column: 'name',
    });
    book.getWorksheet('people')!.getCell('B3').value = 'Jiro';
    const report = await importBundle(db, [
      { name: 'data.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) },
    ]);
    expect(besidesUnreachable(report)).toEqual([]);
    expect(report.counts.find((c) => c.section === 'people')).toMatchObject({ created: 2 });
  });

  it('a zip of a folder', async () => {
    const zip = zipSync({ 'export/people.csv': strToU8(people), 'export/.DS_Store': strToU8('x') });
    const report = await importBundle(db, [{ name: 'export.zip', bytes: zip }]);
    expect(besidesUnreachable(report)).toEqual([]);
    expect(report.counts).toContainEqual(expect.objectContaining({ section: 'people', created: 1 }));
  });

  it('JSON rows report the line where their object starts', async () => {
    const text =
      '{\n  "people": [\n    { "id": "p1", "name": "A" },\n    {\n      "id": "p2",\n      "name": ""\n    }\n  ]\n}\n';
    await rejects([{ name: 'b.json', bytes: strToU8(text) }], {
      code: 'required',
      file: 'b.json',
      line: 4,
      column: 'name',
    });
  });
});

describe('large bundles and skipping', () => {
  const bigBundle = (bad: number) => {
    const rows = Array.from({ length: 10_000 }, (_, i) =>
      i === bad ? `p${i},Person ${i},not-a-date` : `p${i},Person ${i},`,
    );
    const ties = Array.from({ length: 5_000 }, (_, i) => `p${i},p${i + 5000},${(i % 5) + 1}`);
    return csv({
      'people.csv': `id,name,bio\n${rows.join('\n').replace('not-a-date', '"\u0001"')}\n`,
      'ties.csv': `person_id,other_person_id,strength\n${ties.join('\n')}\n`,
    });
  };

  it('one bad row among 10,000 writes nothing and reports exactly that row', async () => {
    const report = await rejects(bigBundle(7_777), {
      code: 'invalid-value',
      file: 'people.csv',
      line: 7_779,
      column: 'bio',
    });
    // One bad row is one error; the tie that refers to it follows from it and is listed under it.
    expect(report.errorCount).toBe(1);
    expect(besidesUnreachable(report).map((i) => [i.file, i.line])).toEqual([
      ['people.csv', 7_779],
      ['ties.csv', 2_779],
    ]);
    expect(report.issues[1]).toMatchObject({
      code: 'unknown-reference',
      cause: { file: 'people.csv', line: 7_779 },
    });
  });

  it('--skip-invalid imports the rest and lists what was skipped', async () => {
    const report = await importBundle(db, bigBundle(7_777), { skipInvalid: true });
    expect(report).toMatchObject({ ok: true, committed: true, skippedRows: 2 });
    const [row] = await db.read((tx) => tx.run('stats'));
    expect(row).toMatchObject({ people: 9_999, ties: 4_999 });
  });
});

describe('matching on import', () => {
  it('people who would arrive with no organisation, project or tie are named in a warning', async () => {
    const report = await importBundle(db, csv({ ...BASE, 'memberships.csv': 'person_id,organisation_id\np1,o1\n' }));
    expect(report.ok).toBe(true);
    const warnings = report.issues.filter((i) => i.code === 'unreachable');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ severity: 'warning' });
    expect(warnings[0]!.message.en).toMatch(/^1 person will not be reachable: .*\(Jane Doe\)/);
    expect(warnings[0]!.message.ja).toContain('Jane Doe');
    expect(warnings[0]!.message.ja).not.toContain('山田');
    seen.add('unreachable');
  });

  it('a possible match waits for a decision in ask mode, and nothing is written until then', async () => {
    await importBundle(db, csv({ 'people.csv': 'id,name,name_kana\np1,山田 太郎,やまだ たろう\n' }));
    const again = csv({ 'people.csv': 'id,name,name_kana\nx9,山田太郎,ヤマダ タロウ\n' });
    const report = await rejects(again, { code: 'undecided-match' }, { match: 'ask' });
    expect(report.matches).toEqual([
      expect.objectContaining({ kind: 'Person', importedId: 'x9', targetId: 'p1', status: 'undecided' }),
    ]);
    const decided = await importBundle(db, again, {
      match: 'ask',
      decisions: [{ kind: 'Person', importedId: 'x9', targetId: 'p1', same: true }],
    });
    expect(decided).toMatchObject({ ok: true, committed: true });
    const [row] = await db.read((tx) => tx.run('stats'));
    expect(row).toMatchObject({ people: 1 });
  });
});

describe('coverage of the report', () => {
  it('every issue code has been produced by a test above', () => {
    expect([...seen].sort()).toEqual([...ISSUE_CODES].sort());
  });
});
