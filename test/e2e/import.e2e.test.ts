/**
 * The import page in a real browser against the real server and the demo network: a file with a
 * bad row is checked and the report shows the error with its line (nothing written); the fixed
 * file imports and the counts on the page change. Then the English page and an export download.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

const stats = () => page.getByTestId('import-stats').innerText();
const pick = (name: string, text: string) =>
  page
    .getByTestId('import-file-input')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

describe('the import page', () => {
  it('shows an error with its line, writes nothing, then imports the fixed file', async () => {
    await page.goto(`${session.url}/import`);
    await expect.poll(stats).toContain('人物 160 人');
    await pick('people.csv', 'id,name,email\nnew-1,新井 涼子,ryoko@example.jp\nnew-2,木村 拓也,not-an-email\n');
    await page.getByRole('button', { name: 'ファイルを確認' }).click();
    const report = page.getByRole('region', { name: '確認結果' });
    await expect.poll(() => report.innerText()).toContain('3 行目');
    const text = await report.innerText();
    expect(text).toContain('[email]');
    expect(text).toContain('メールアドレスに @ がありません');
    expect(text).toContain('何も書き込んでいません');
    expect(await page.getByRole('button', { name: 'インポートする' }).count()).toBe(0);
    await shoot(page, 'import-error');
    expect(await stats()).toContain('人物 160 人');

    await pick('people.csv', 'id,name,email\nnew-1,新井 涼子,ryoko@example.jp\nnew-2,木村 拓也,takuya@example.jp\n');
    await page.getByRole('button', { name: 'ファイルを確認' }).click();
    await expect.poll(() => report.innerText()).toContain('問題は見つかりませんでした');
    await page.getByRole('button', { name: 'インポートする' }).click();
    await expect.poll(() => report.innerText()).toContain('インポートしました');
    await expect.poll(stats).toContain('人物 162 人');
    await shoot(page, 'import-done');
  });

  it('in English, offers the presets and downloads an export', async () => {
    await page.goto(`${session.url}/import?lang=en&preset=kintone`);
    expect(await page.getByLabel('The files are').inputValue()).toBe('KINTONE');
    await page.getByLabel('Format').selectOption('GRAPHML');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^tsunagari-\d{4}-\d{2}-\d{2}\.graphml$/);

    // One organisation's part: picked by its romaji name, not typed as an id.
    await page.getByRole('combobox', { name: 'Organisation (optional)' }).fill('kodomo gohan');
    await page
      .getByRole('option', { name: /Kodomo Gohan Net Tokyo|こどもごはんネット東京/ })
      .first()
      .click();
    await expect.poll(() => page.locator('#export-organisation-hint').innerText()).toContain('Only this organisation');
    await shoot(page, 'import-export-organisation');
    const [scoped] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download' }).click(),
    ]);
    expect(scoped.suggestedFilename()).toMatch(/^tsunagari-o01-\d{4}-\d{2}-\d{2}\.graphml$/);
    await page.getByRole('button', { name: /^Change Organisation \(optional\)/ }).click();
    expect(await page.getByRole('combobox', { name: 'Organisation (optional)' }).count()).toBe(1);
    expect(session.problems).toEqual([]);
  });
});

describe('matching on the import page', () => {
  // A kintone member list (UTF-8 here): the demo's o01 and 助成金申請 written the list's way (sure),
  // 田中 花子 without e-mail or organisation (possible: the same person), and a 佐藤 健一 with
  // another e-mail and no organisation (possible: a different person).
  const list = [
    '"レコード番号","氏名","氏名（ふりがな）","メールアドレス","所属団体","団体種別","都道府県","役職","スキル","公開設定","自己紹介"',
    '"501","新井 さくら","あらい さくら","sakura.arai@example.jp","特定非営利活動法人こどもごはんネット東京","NPO法人","東京都","会員","助成金申請","公開",""',
    '"502","田中 花子","タナカ ハナコ","","","","","","","公開",""',
    '"503","佐藤 健一","さとう けんいち","k.sato@another.example.jp","","","","","","公開",""',
  ].join('\n');
  const pickList = (target: Page) =>
    target
      .getByTestId('import-file-input')
      .setInputFiles({ name: '会員名簿.csv', mimeType: 'text/csv', buffer: Buffer.from(`${list}\n`, 'utf8') });

  it('in English: all possible matches marked different at once, checked again, nothing written', async () => {
    await page.goto(`${session.url}/import?lang=en&preset=kintone`);
    await expect.poll(stats, { timeout: 10_000 }).toContain('Now in the database');
    const before = await stats();
    await pickList(page);
    await page.getByRole('button', { name: 'Check files' }).click();
    const panel = page.getByTestId('import-matches');
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('2 possible matches');
    expect(await panel.innerText()).toContain('2 still to decide');
    expect(await page.getByRole('button', { name: 'Import now' }).count()).toBe(0);
    await page.getByRole('button', { name: 'All different' }).click();
    await page.getByRole('button', { name: 'Check again with these decisions' }).click();
    const report = page.getByRole('region', { name: 'Report' });
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('No problems found');
    await page.locator('.import-sure summary').click();
    const sure = await panel.locator('.import-sure').innerText();
    expect(sure).toContain('NPO法人 こどもごはんネット東京');
    expect(sure).toContain('same name');
    await shoot(page, 'import-matches-en');
    expect(await stats()).toBe(before);
  });

  it('in Japanese: one confirmed, one rejected; the import adds two people and no organisation', async () => {
    await page.goto(`${session.url}/import?preset=kintone`);
    await expect.poll(stats, { timeout: 10_000 }).toContain('人物');
    const count = async (label: string) => Number(/(\d+)/.exec((await stats()).split(label)[1] ?? '')?.[1]);
    const [people, organisations] = [await count('人物'), await count('団体')];
    await pickList(page);
    await page.getByRole('button', { name: 'ファイルを確認' }).click();
    const panel = page.getByTestId('import-matches');
    await expect.poll(() => panel.innerText(), { timeout: 10_000 }).toContain('未決定 2 件');
    const tanaka = panel.locator('tr[data-match="kintone-502"]');
    expect(await tanaka.innerText()).toContain('田中 花子');
    expect(await tanaka.innerText()).toContain('読みが同じ');
    await tanaka.getByLabel('同じ').check();
    const sato = panel.locator('tr[data-match="kintone-503"]');
    expect(await sato.innerText()).toContain('メールアドレスが違う');
    await sato.getByLabel('別').check();
    await shoot(page, 'import-matches-ja');
    await page.getByRole('button', { name: 'この決定で再確認' }).click();
    const report = page.getByRole('region', { name: '確認結果' });
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('問題は見つかりませんでした');
    await page.getByRole('button', { name: 'インポートする' }).click();
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('インポートしました');
    await expect.poll(() => count('人物'), { timeout: 10_000 }).toBe(people + 2);
    expect(await count('団体')).toBe(organisations);
    const tanakaNow = await session.gql('{ person(id: "p001") { name } a: person(id: "kintone-502") { id } }');
    expect(tanakaNow).toMatchObject({ data: { person: { name: '田中 花子' }, a: null } });
    expect(session.problems).toEqual([]);
  });
});

describe("an organisation owner's import page", () => {
  it('imports for the organisation the account owns, refuses rows of another one, and tells a viewer who imports', async () => {
    const roles = await session.gql(`mutation {
      a: setOrganisationRole(organisationId: "o01", email: "owner@import.example.org", role: OWNER) { email }
      b: setOrganisationRole(organisationId: "o02", email: "viewer@import.example.org", role: VIEWER) { email }
    }`);
    expect(roles.errors).toBeUndefined();
    const context = await session.newContext({ as: 'owner@import.example.org', locale: 'ja-JP' });
    const owner = await context.newPage();
    await owner.goto(`${session.url}/import`);
    const scope = owner.getByLabel('インポート先');
    await expect.poll(() => scope.inputValue(), { timeout: 10_000 }).toBe('o01');
    expect(await scope.locator('option').allInnerTexts()).toEqual(['NPO法人 こどもごはんネット東京']);
    const files = (memberships: string) => [
      { name: 'people.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name\nowner-new-1,森 陽菜\n') },
      {
        name: 'memberships.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`person_id,organisation_id\n${memberships}\n`),
      },
    ];
    await owner.getByTestId('import-file-input').setInputFiles(files('owner-new-1,o02'));
    await owner.getByRole('button', { name: 'ファイルを確認' }).click();
    const report = owner.getByRole('region', { name: '確認結果' });
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('この関係は変更できません');
    expect(await report.innerText()).toContain('何も書き込んでいません');
    await owner.getByTestId('import-file-input').setInputFiles(files('owner-new-1,o01'));
    await owner.getByRole('button', { name: 'ファイルを確認' }).click();
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('問題は見つかりませんでした');
    await owner.getByRole('button', { name: 'インポートする' }).click();
    await expect.poll(() => report.innerText(), { timeout: 10_000 }).toContain('インポートしました');
    const joined = await session.gql('{ person(id: "owner-new-1") { memberships { nodes { organisation { id } } } } }');
    expect(joined).toMatchObject({
      data: { person: { memberships: { nodes: [{ organisation: { id: 'o01' } }] } } },
    });
    // The owner exports their own organisation, chosen from a list, not the whole network.
    expect(await owner.getByTestId('export-own-organisation').inputValue()).toBe('o01');
    await context.close();

    const viewerContext = await session.newContext({ as: 'viewer@import.example.org', locale: 'ja-JP' });
    const viewer = await viewerContext.newPage();
    await viewer.goto(`${session.url}/import`);
    await expect
      .poll(() => viewer.getByTestId('import-no-rights').innerText(), { timeout: 10_000 })
      .toContain('団体のオーナー');
    expect(await viewer.getByRole('button', { name: 'ファイルを確認' }).count()).toBe(0);
    await viewerContext.close();
    expect(session.problems).toEqual([]);
  });
});
