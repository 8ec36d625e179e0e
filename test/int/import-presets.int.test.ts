/**
 * Each preset with its realistic sample export (test/fixtures/import/): what lands in the graph,
 * that the file's own oddities (Shift_JIS, multi-line check boxes, report footers, reciprocal
 * relationships, LinkedIn's preamble) are handled, and that a second import changes nothing.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/driver.ts';
import { loadDemo } from '../../server/demo.ts';
import { importBundle, type InputFile } from '../../server/features/data/import/index.ts';
import { snapshot, testDb, wipe } from '../helpers/db.ts';

const fixtures = path.join(import.meta.dirname, '..', 'fixtures', 'import');
const folder = (name: string): InputFile[] =>
  fs
    .readdirSync(path.join(fixtures, name))
    .map((f) => ({ name: f, bytes: fs.readFileSync(path.join(fixtures, name, f)) }));

let db: Db;
beforeAll(async () => {
  db = await testDb();
  return () => db.close();
});

const node = async (label: string, id: string) => {
  const [row] = await db.read((tx) => tx.run('node-get', { id }, { label }));
  return row?.node as Record<string, unknown> | undefined;
};
const rel = async (type: string, from: string, fromKind: string, to: string, toKind: string) => {
  const [row] = await db.read((tx) => tx.run('rel-get', { from, to }, { type, from: fromKind, to: toKind }));
  return row?.rel as Record<string, unknown> | undefined;
};

describe('kintone preset', () => {
  it('reads the Shift_JIS member list: people, organisations, memberships and check-box skills', async () => {
    await wipe(db);
    const report = await importBundle(db, folder('kintone'), { preset: 'kintone' });
    // One member has no organisation (and no ties in a member list): reported, still imported.
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([['unreachable', 'warning']]);
    expect(report.issues[0]!.message.ja).toContain('中村 由美');
    expect(report.files[0]!.encoding).toBe('shift_jis');
    expect(await node('Person', 'kintone-3')).toMatchObject({
      name: '高橋 美咲',
      nameKana: 'たかはし みさき',
      discoverable: false,
    });
    expect(await node('Organisation', 'kintone-org-川辺市役所')).toMatchObject({
      sector: 'government',
      prefecture: '埼玉県',
    });
    expect(await node('Organisation', 'kintone-org-株式会社ミライデザイン')).toMatchObject({ sector: 'company' });
    expect(
      await rel('MEMBER_OF', 'kintone-1', 'Person', 'kintone-org-npo法人-まちの灯り', 'Organisation'),
    ).toMatchObject({ role: '事務局長' });
    expect(await rel('HAS_SKILL', 'kintone-6', 'Person', 'kintone-skill-助成金申請', 'Skill')).toMatchObject({
      level: 3,
    });
    expect(report.counts.find((c) => c.section === 'skills')).toMatchObject({ valid: 6 });
    expect(report.counts.find((c) => c.section === 'memberships')).toMatchObject({ valid: 5 });
    const once = await snapshot(db);
    const again = await importBundle(db, folder('kintone'), { preset: 'kintone' });
    expect(again.writes).toBeLessThanOrEqual(report.writes);
    expect(await snapshot(db)).toEqual(once);
  });
});

describe('kintone preset: the same organisation said two ways', () => {
  it('reports a row that disagrees with an earlier row of the same organisation (宮城懸 beside 宮城県)', async () => {
    await wipe(db);
    const header =
      'レコード番号,氏名,氏名（ふりがな）,メールアドレス,所属団体,団体種別,都道府県,役職,スキル,公開設定,自己紹介';
    const text = [
      header,
      '1,山田 太郎,やまだ たろう,taro@example.jp,NPO法人 みやぎの森,NPO法人,宮城県,理事,,公開,',
      '2,佐藤 花子,さとう はなこ,hanako@example.jp,NPO法人 みやぎの森,NPO法人,宮城懸,会員,,公開,',
    ].join('\n');
    const before = await snapshot(db);
    const report = await importBundle(db, [{ name: '会員名簿.csv', bytes: new TextEncoder().encode(`${text}\n`) }], {
      preset: 'kintone',
    });
    expect(report.ok).toBe(false);
    const found = report.issues.find((i) => i.code === 'duplicate-row')!;
    expect(found).toMatchObject({ file: '会員名簿.csv', line: 3, column: '都道府県' });
    expect(found.message.ja).toBe(
      '同じ団体の 2 行目は「宮城県」ですが、この行は「宮城懸」です。どちらかを直してください',
    );
    expect(await snapshot(db)).toEqual(before);
  });
});

describe('Salesforce NPSP preset', () => {
  it('reads Contacts, Accounts, Affiliations and Relationships reports', async () => {
    await wipe(db);
    const report = await importBundle(db, folder('salesforce'), { preset: 'salesforce' });
    expect(report.issues).toEqual([]);
    expect(report.counts.find((c) => c.section === 'people')).toMatchObject({ valid: 4 });
    expect(await node('Person', 'sf-0035g00000AbCdEAA1')).toMatchObject({ name: '佐々木 花子' });
    // Household accounts are not organisations.
    expect(report.counts.find((c) => c.section === 'organisations')).toMatchObject({ valid: 3 });
    expect(await node('Organisation', 'sf-0015g00000XyZaCAAV')).toMatchObject({
      sector: 'company',
      prefecture: '東京都',
    });
    expect(
      await rel('MEMBER_OF', 'sf-0035g00000AbCdGAA1', 'Person', 'sf-0015g00000XyZaBAAV', 'Organisation'),
    ).toMatchObject({
      since: '2020-06-01',
      until: '2023-03-31',
    });
    expect(
      await rel('MEMBER_OF', 'sf-0035g00000AbCdFAA1', 'Person', 'sf-0015g00000XyZaCAAV', 'Organisation'),
    ).toMatchObject({ since: '2021-04-01' });
    // Reciprocal NPSP relationships become one tie each.
    expect(report.counts.find((c) => c.section === 'ties')).toMatchObject({ valid: 3 });
    const [tie] = await db.read((tx) => tx.run('tie-find', { a: 'sf-0035g00000AbCdHAA1', b: 'sf-0035g00000AbCdEAA1' }));
    expect(tie?.rel).toMatchObject({ context: 'Partner: 市の食品ロス削減事業', source: 'salesforce', strength: 3 });
  });
});

describe('LinkedIn preset', () => {
  it("makes the importing person's ties from Connections.csv, below its preamble", async () => {
    await wipe(db);
    await loadDemo(db);
    const report = await importBundle(db, folder('linkedin'), { preset: 'linkedin', params: { me: 'p001' } });
    expect(report.issues).toEqual([]);
    expect(await node('Person', 'li-ryomatsumoto')).toMatchObject({
      name: 'Ryo Matsumoto',
      discoverable: false,
      email: 'ryo.m@example.com',
    });
    const [tie] = await db.read((tx) => tx.run('tie-find', { a: 'p001', b: 'li-aiko-fujita-3b2a1c' }));
    expect(tie?.rel).toMatchObject({ lastContact: '2023-03-15', source: 'linkedin' });
    expect(
      await rel('MEMBER_OF', 'li-ryomatsumoto', 'Person', 'li-org-kizuna-consulting-inc', 'Organisation'),
    ).toMatchObject({ role: 'Senior Consultant' });
    expect(report.counts.find((c) => c.section === 'organisations')).toMatchObject({ valid: 3 });
  });

  it('without --me reports the missing parameter and writes nothing', async () => {
    const before = await snapshot(db);
    const report = await importBundle(db, folder('linkedin'), { preset: 'linkedin' });
    expect(report.ok).toBe(false);
    expect(report.issues.map((i) => i.code)).toContain('bad-mapping');
    expect(await snapshot(db)).toEqual(before);
  });

  it('a consent given later survives a re-import', async () => {
    await db.write((tx) => tx.runText("MATCH (p:Person {id: 'li-ryomatsumoto'}) SET p.discoverable = true"));
    await importBundle(db, folder('linkedin'), { preset: 'linkedin', params: { me: 'p001' } });
    expect(await node('Person', 'li-ryomatsumoto')).toMatchObject({ discoverable: true });
  });
});

describe('the demo bundle fixture', () => {
  it('imports into an empty database as exactly the demo network', async () => {
    await wipe(db);
    await loadDemo(db);
    const demo = await snapshot(db);
    await wipe(db);
    const report = await importBundle(db, folder('demo'));
    expect(report.issues).toEqual([]);
    // When the demo network changes: node --import tsx test/fixtures/import/make-demo-bundle.ts
    expect(await snapshot(db), 'the fixture is older than seed/demo: regenerate it').toEqual(demo);
  });
});
