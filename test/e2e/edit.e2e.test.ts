/**
 * Editing in a real browser against the real server and the demo network: add a person, give
 * them a tie and see the edge, rename someone and see the map and the details change, keep
 * everything typed through a client check, a server check and a network failure, and delete
 * with a confirmation that says what else goes. Screenshots go to screenshots/edit-*.png for review.
 */
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shoot } from './screenshots.ts';
import { startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';

/** The server shares two cores with other test runs: give answers time to arrive. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

let session: BrowserSession;
let page: Page;

const dialog = () => page.getByRole('dialog');
const detailsTitle = () => page.locator('aside.details h2');
const nodeLabel = (key: string) =>
  page.evaluate((k) => window.__tsunagari?.cy.getElementById(k).data('label') as string | undefined, key);
const hasEdge = (a: string, b: string) =>
  page.evaluate(
    ([x, y]) =>
      window.__tsunagari?.cy.edges().some((e) => {
        const ends = [e.data('source') as string, e.data('target') as string];
        return ends.includes(x!) && ends.includes(y!);
      }) ?? false,
    [a, b],
  );

/** The error shown for a field, found the way a screen reader finds it: through aria-describedby. */
async function errorOf(field: Locator): Promise<string> {
  const ids = (await field.getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(ids.split(' ').map((id) => page.locator(`[id="${id}"]`).innerText()));
  return texts.join(' ');
}

async function pick(box: Locator, text: string, option: RegExp): Promise<void> {
  await box.fill(text);
  await page.getByRole('option', { name: option }).first().click({ timeout: 8000 });
}

/** Mutations the page sent, by operation name (to tell a server check from a browser one). */
const sent: string[] = [];

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  page.on('request', (request) => {
    const body = request.postData();
    const name = body && /"operationName":"(Edit\w+)"/.exec(body)?.[1];
    if (name) sent.push(name);
  });
});

afterAll(async () => {
  await session?.stop();
});

describe('editing the network', () => {
  let newKey = '';

  it('adds a person from the header and opens them on the map', async () => {
    await page.goto(`${session.url}/?lang=ja`);
    await page.getByRole('button', { name: '追加' }).click();
    await page.getByRole('menuitem', { name: '人物' }).click();
    await poll(() => dialog().getAttribute('aria-labelledby')).toBeTruthy();
    expect(await dialog().getByRole('heading').first().innerText()).toBe('人物を追加');
    // Focus starts in the first field and Tab stays inside the dialog.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(
      await dialog().getByLabel('名前', { exact: true }).getAttribute('id'),
    );
    await dialog().getByLabel('名前', { exact: true }).fill('試験 太郎');
    await dialog().getByLabel('よみがな').fill('しけん たろう');
    await dialog().getByLabel('ローマ字表記').fill('Shiken Taro');
    for (let i = 0; i < 12; i++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')))).toBe(true);
    await shoot(page, 'edit-add-person-ja');
    await dialog().getByRole('button', { name: '作成' }).click();
    await page.waitForURL(/node=Person:person-/);
    newKey = /node=(Person:[^&]+)/.exec(page.url())![1]!;
    await poll(() => detailsTitle().innerText()).toBe('試験 太郎');
    // The dialog goes on to the new person's connections.
    await poll(() => dialog().getByRole('tab', { name: 'つながり' }).getAttribute('aria-selected')).toBe('true');
    await poll(() => nodeLabel(newKey)).toBe('試験 太郎');
  });

  it('adds a tie and the edge appears on the map', async () => {
    await dialog().getByRole('button', { name: '知り合いを追加' }).click();
    await pick(dialog().getByRole('combobox', { name: '知り合いの人物' }), '田中 花子', /田中 花子/);
    await poll(() => dialog().locator('.edit-ref-name').innerText()).toBe('田中 花子');
    await dialog().getByLabel('つながりの強さ', { exact: true }).fill('4');
    await dialog().getByLabel('知り合ったきっかけ').fill('こども食堂の立ち上げで');
    await dialog().getByRole('button', { name: '追加', exact: true }).click();
    await poll(() => hasEdge(newKey, 'Person:p001')).toBe(true);
    await poll(() => dialog().locator('.edit-group').filter({ hasText: '知り合い' }).innerText()).toContain(
      '田中 花子',
    );
    await shoot(page, 'edit-connections-ja');
    await page.keyboard.press('Escape');
    await poll(() => dialog().count()).toBe(0);
    await poll(() => page.locator('aside.details').innerText()).toContain('田中 花子');
  });

  it('a tie strength of 7 is shown next to the field, with everything typed kept', async () => {
    await page.locator('aside.details').getByRole('button', { name: '編集' }).click();
    await dialog().getByRole('tab', { name: 'つながり' }).click();
    await dialog().getByRole('button', { name: '知り合いを追加' }).click();
    await pick(dialog().getByRole('combobox', { name: '知り合いの人物' }), 'suzuki', /鈴木/);
    const strength = dialog().getByLabel('つながりの強さ', { exact: true });
    await strength.fill('7');
    await dialog().getByLabel('知り合ったきっかけ').fill('防災訓練で一緒でした');
    const before = sent.length;
    await dialog().getByRole('button', { name: '追加', exact: true }).click();
    await poll(() => strength.getAttribute('aria-invalid')).toBe('true');
    // The server's own rule and words (decision 0027), checked in the browser.
    expect(await errorOf(strength)).toContain('5以下で入力してください。');
    expect(await strength.inputValue()).toBe('7');
    expect(await dialog().getByLabel('知り合ったきっかけ').inputValue()).toBe('防災訓練で一緒でした');
    expect(await dialog().locator('.edit-ref-name').innerText()).toMatch(/鈴木/);
    expect(sent.length).toBe(before); // caught in the browser: nothing was sent
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true');
    await shoot(page, 'edit-validation-ja');
    // Esc with unsaved changes asks first; keeping on editing loses nothing.
    await page.keyboard.press('Escape');
    await dialog().getByRole('button', { name: '編集を続ける' }).click();
    expect(await strength.inputValue()).toBe('7');
    await page.getByRole('alert').filter({ hasText: '破棄' }).count();
    await page.keyboard.press('Escape');
    await dialog().getByRole('button', { name: '変更を破棄' }).click();
    await poll(() => dialog().count()).toBe(0);
  });

  it('adds a membership and a skill with its level; the details list them', async () => {
    await page.locator('aside.details').getByRole('button', { name: '編集' }).click();
    await dialog().getByRole('tab', { name: 'つながり' }).click();
    await dialog().getByRole('button', { name: '所属を追加' }).click();
    await pick(dialog().getByRole('combobox', { name: '団体' }), 'こどもごはん', /こどもごはんネット東京/);
    await dialog().getByLabel('役割').fill('ボランティア');
    await dialog().getByLabel('開始日').fill('2024-04-01');
    await dialog().getByRole('button', { name: '追加', exact: true }).click();
    await poll(() => dialog().locator('.edit-group').first().innerText()).toContain('こどもごはんネット東京');
    await dialog().getByRole('button', { name: 'スキルを追加' }).click();
    await pick(dialog().getByRole('combobox', { name: 'スキル' }), 'kintone', /kintone/);
    await dialog().getByLabel('レベル', { exact: true }).fill('4');
    await dialog().getByRole('button', { name: '追加', exact: true }).click();
    await poll(() => dialog().locator('.edit-group').nth(1).innerText()).toContain('kintone');
    // Changing the level in place, then removing the membership after a confirmation.
    await dialog()
      .getByRole('button', { name: /kintone.*を編集/ })
      .click();
    await dialog().getByLabel('レベル', { exact: true }).fill('2');
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => dialog().locator('.edit-group').nth(1).getByRole('img').getAttribute('aria-label')).toBe(
      'レベル 2／5',
    );
    await dialog()
      .getByRole('button', { name: /こどもごはんネット東京.*を削除/ })
      .click();
    await dialog().getByRole('group').getByRole('button', { name: '削除' }).click();
    await poll(() => dialog().locator('.edit-group').first().innerText()).not.toContain('こどもごはんネット東京');
    await page.keyboard.press('Escape');
    await poll(() => dialog().count()).toBe(0);
    await poll(() => page.locator('aside.details').innerText()).toContain('kintone');
    expect(await page.locator('aside.details').innerText()).not.toContain('こどもごはんネット東京');
  });

  it('fits a tablet and a 1280×720 laptop in both languages', async () => {
    for (const [width, height, language] of [
      [820, 1180, 'ja'],
      [1024, 768, 'en'],
      [1280, 720, 'en'],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${session.url}/?node=Organisation:o01&lang=${language}`);
      await page
        .locator('aside.details')
        .getByRole('button', { name: language === 'ja' ? '編集' : 'Edit' })
        .click();
      const save = dialog().getByRole('button', { name: language === 'ja' ? '保存' : 'Save' });
      await save.waitFor();
      const box = (await dialog().boundingBox())!;
      const button = (await save.boundingBox())!;
      expect(box.x >= 0 && box.y >= 0 && box.x + box.width <= width && box.y + box.height <= height).toBe(true);
      expect(button.y + button.height).toBeLessThanOrEqual(height);
      await shoot(page, `edit-organisation-${width}x${height}-${language}`);
      await page.keyboard.press('Escape');
      await poll(() => dialog().count()).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
  });

  it('renames a person: the map and the details change in place', async () => {
    await page.goto(`${session.url}/?node=Person:p001&lang=ja`);
    await waitForGraph(page);
    // The details have their answer before the edit starts (the change is "in place").
    await poll(() => detailsTitle().innerText()).toBe('田中 花子');
    await page.locator('aside.details').getByRole('button', { name: '編集' }).click();
    const name = dialog().getByLabel('名前', { exact: true });
    await poll(() => name.inputValue()).toBe('田中 花子');
    await name.fill('田中 はな子');
    await dialog().getByRole('button', { name: '保存' }).click();
    await poll(() => dialog().count()).toBe(0);
    await poll(() => detailsTitle().innerText()).toBe('田中 はな子');
    await poll(() => nodeLabel('Person:p001')).toBe('田中 はな子');
    // Focus went back to the Edit button.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('編集');
    expect(sent).toContain('EditUpdatePerson');
  });

  it('an unknown prefecture is refused next to the field before sending, with the one meant, in English too', async () => {
    await page.goto(`${session.url}/?node=Organisation:o01&lang=en`);
    await waitForGraph(page);
    await page.locator('aside.details').getByRole('button', { name: 'Edit' }).click();
    const prefecture = dialog().getByLabel('Prefecture');
    await poll(() => prefecture.inputValue()).not.toBe('');
    await prefecture.fill('Tokio');
    await dialog().getByLabel('English name').fill('Kodomo Gohan Network Tokyo');
    const before = sent.length;
    await dialog().getByRole('button', { name: 'Save' }).click();
    await poll(() => prefecture.getAttribute('aria-invalid')).toBe('true');
    // The server's prefecture rule and its words, as the import report gives them.
    expect(await errorOf(prefecture)).toContain('"Tokio" is not a Japanese prefecture; did you mean 東京都?');
    expect(sent.length).toBe(before); // the shared schema refused it in the browser
    expect(await prefecture.inputValue()).toBe('Tokio');
    expect(await dialog().getByLabel('English name').inputValue()).toBe('Kodomo Gohan Network Tokyo');
    await shoot(page, 'edit-prefecture-en');
  });

  it('a network failure keeps the form as typed, and a retry saves it', async () => {
    await page.route('**/graphql', (route) =>
      /"operationName":"EditUpdateOrganisation"/.test(route.request().postData() ?? '')
        ? route.abort()
        : route.fallback(),
    );
    const prefecture = dialog().getByLabel('Prefecture');
    await prefecture.fill('Tokyo');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await poll(() => dialog().locator('.edit-form-error').innerText()).toContain(
      'Could not reach the server. Nothing you typed is lost',
    );
    expect(await prefecture.inputValue()).toBe('Tokyo');
    expect(await dialog().getByLabel('English name').inputValue()).toBe('Kodomo Gohan Network Tokyo');
    await page.unroute('**/graphql');
    await dialog().getByRole('button', { name: 'Save' }).click();
    await poll(() => dialog().count()).toBe(0);
    await poll(() => detailsTitle().innerText()).toBe('Kodomo Gohan Network Tokyo');
    expect(await page.locator('aside.details').innerText()).toContain('東京都');
  });

  it('deletes the new person after a confirmation that counts their ties', async () => {
    await page.goto(`${session.url}/?node=${newKey}&lang=ja`);
    await poll(() => detailsTitle().innerText()).toBe('試験 太郎');
    await shoot(page, 'edit-before-delete');
    await page.locator('aside.details').getByRole('button', { name: '削除' }).click();
    const confirm = page.getByRole('alertdialog');
    await poll(() => confirm.innerText()).toContain('ほかの人とのつながり 1件');
    expect(await confirm.innerText()).toContain('この操作は取り消せません。');
    // Cancel is the safe default under the keyboard.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('キャンセル');
    await shoot(page, 'edit-delete-ja');
    await confirm.getByRole('button', { name: '削除する' }).click();
    await poll(() => confirm.count()).toBe(0);
    await poll(() => page.url()).not.toContain('node=');
    const gone = await page.evaluate(async (id) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'query($id: ID!) { person(id: $id) { id } }', variables: { id } }),
      });
      return ((await response.json()) as { data: { person: unknown } }).data.person;
    }, newKey.slice('Person:'.length));
    expect(gone).toBeNull();
  });

  it('left nothing in the browser console but the aborted request', () => {
    expect(session.problems.filter((p) => !/Failed to load resource|net::ERR_FAILED/.test(p))).toEqual([]);
  });
});
