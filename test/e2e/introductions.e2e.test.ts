/**
 * "Find an introduction" in a real browser against the real server and the demo network: from
 * 田中 花子 to someone she has no tie with, then to holders of kintone; choosing a path shows it
 * on the map. Screenshots go to /tmp/intro-*.png for review.
 */
import { JAPANESE_CHARACTERS } from '../../client/src/i18n/text-in.ts';
import { strengthWord } from '../../client/src/introductions/strength.ts';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';
import { demoDataset } from '../../seed/demo/index.ts';
import { SOURCE, strangerTwoStepsAway } from './demo-people.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
let page: Page;

const highlighted = (selector: 'node' | 'edge') =>
  page.evaluate((s) => window.__tsunagari?.cy.$(`${s}.path-highlight`).map((e) => e.id()) ?? [], selector);
const finder = () => page.locator('section.intro');

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

const WORDS_JA = { strong: '強い', good: '良好', fair: 'ふつう', weak: '弱い' } as const;

describe('finding an introduction', () => {
  const target = strangerTwoStepsAway();

  it('opens the finder from a person’s details', async () => {
    await page.goto(`${session.url}/?node=Person:${SOURCE}`);
    await waitForGraph(page);
    await page.getByRole('button', { name: '紹介を探す' }).click();
    await expect
      .poll(() =>
        finder()
          .getByRole('combobox')
          .evaluate((e) => e === document.activeElement),
      )
      .toBe(true);
    expect(await finder().getByRole('button', { name: '人物', exact: true }).getAttribute('aria-pressed')).toBe('true');
  });

  it('ranks paths to a person she has no tie with, each explained hop by hop', async () => {
    const box = finder().getByRole('combobox');
    const options = () => finder().getByRole('option').allInnerTexts();
    // The person asking is never offered as her own target.
    await box.fill('田中 花子');
    await expect.poll(() => options().then((o) => o.some((text) => text.includes('田中 香織')))).toBe(true);
    expect((await options()).filter((text) => text.includes('田中 花子'))).toEqual([]);
    await box.fill(target.name);
    await expect.poll(() => options().then((o) => o[0] ?? '')).toContain(target.name);
    await box.press('Enter');
    expect(await finder().locator('.intro-target-name').innerText()).toBe(target.name);
    const cards = page.locator('.intro-results .path-list > .path-card');
    await cards.first().waitFor();
    expect(await cards.count()).toBeGreaterThanOrEqual(1);
    const first = cards.first();
    const chain = await first.locator('.path-name').allInnerTexts();
    expect(chain[0]).toBe('田中 花子');
    expect(chain.at(-1)).toBe(target.name);
    expect(chain.length).toBeGreaterThanOrEqual(3);
    // The word is the one scale's word for the path's absolute score, and its calculation is shown.
    const badge = first.locator('.path-score');
    const score = Number(await badge.getAttribute('data-score'));
    expect(await badge.locator('.path-score-word').innerText()).toBe(WORDS_JA[strengthWord(score)]);
    expect(await first.getByTestId('path-calc').innerText()).toContain(`= ${score.toFixed(2)}`);
    expect(await first.locator('.hop-pair').count()).toBe(chain.length - 1);
    expect(await first.locator('.path-hops').innerText()).toMatch(/最終連絡|協働|現メンバー同士/);
    await page.waitForTimeout(300);
    await shoot(page, 'intro-person-ja');
  });

  it('shows the chosen path on the map and clears it with Escape', async () => {
    const first = page.locator('.intro-results .path-card').first();
    const people = await first.locator('.path-name').count();
    await first.locator('.path-head').focus();
    await page.keyboard.press('Enter');
    expect(await first.locator('.path-head').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => highlighted('node').then((ids) => ids.length)).toBe(people);
    expect((await highlighted('edge')).length).toBeGreaterThanOrEqual(people - 1);
    expect(await highlighted('node')).toContain(`Person:${target.id}`);
    expect(await page.evaluate(() => window.__tsunagari!.cy.$('node.path-faded').length)).toBeGreaterThan(10);
    // A ready-to-send request, in polite Japanese, citing how each pair knows each other.
    const request = await first.locator('.request-text').inputValue();
    const names = await first.locator('.path-name').allInnerTexts();
    expect(request.startsWith(`${names[1]}様`)).toBe(true);
    expect(request).toContain('いつもお世話になっております。田中 花子です。');
    expect(request).toContain(`${target.name}様`);
    expect(request).toMatch(/ご紹介いただけないでしょうか。/);
    expect(request).toMatch(/ご縁があり/);
    expect(request).toMatch(/どうぞよろしくお願いいたします。\n\n田中 花子$/);
    expect(await first.locator('.path-score-word').innerText()).toMatch(/^(強い|良好|ふつう|弱い)$/);
    await page.waitForTimeout(1200); // the map moves to the path
    await shoot(page, 'intro-path-ja');
    // ↓ moves between the paths; Escape clears the map but keeps the details open.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.closest('.path-card') !== null)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => highlighted('node').then((ids) => ids.length)).toBe(0);
    expect(await page.evaluate(() => window.__tsunagari!.cy.$('.path-faded').length)).toBe(0);
    expect(await page.locator('aside.details').isVisible()).toBe(true);
  });

  it('finds people who hold kintone, each with their best routes', async () => {
    await finder().getByRole('button', { name: 'スキル', exact: true }).click();
    const box = finder().getByRole('combobox');
    await box.fill('kintone');
    await expect.poll(() => finder().getByRole('option').first().innerText()).toContain('kintone');
    await box.press('Enter');
    const candidates = page.locator('.candidate');
    await candidates.first().waitFor();
    expect(await candidates.count()).toBeGreaterThanOrEqual(1);
    expect(await candidates.first().locator('.candidate-reason').innerText()).toMatch(/kintone・レベル [1-5]/);
    expect(await candidates.first().locator('.path-card').count()).toBeGreaterThanOrEqual(1);
    await finder().getByRole('group', { name: '最低レベル' }).getByRole('button', { name: '4', exact: true }).click();
    await expect
      .poll(() => candidates.first().locator('.candidate-reason').innerText())
      .toMatch(/kintone・レベル [45]/);
    await candidates.nth(0).locator('.path-head').last().click();
    await expect.poll(() => highlighted('node').then((ids) => ids.length)).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(1200);
    await shoot(page, 'intro-skill-ja');
  });

  it('speaks English too, including the explanations', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await expect.poll(() => page.locator('.intro-results-head h4').innerText()).toMatch(/within reach/);
    expect(await page.locator('.candidate-reason').first().innerText()).toMatch(/kintone · level [45]/);
    expect(await page.locator('.hop-evidence').first().innerText()).toMatch(/Last contact|together|members of/);
    // The highlight survives a change of language.
    expect((await highlighted('node')).length).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(600);
    await shoot(page, 'intro-skill-en');
    await finder().getByRole('button', { name: 'A person', exact: true }).click();
    const latin = demoDataset.people.find((p) => p.id === target.id)!.nameLatin!;
    await finder().getByRole('combobox').fill(latin);
    await expect.poll(() => finder().getByRole('option').first().innerText()).toContain(latin);
    await finder().getByRole('combobox').press('Enter');
    await page.locator('.intro-results .path-card').first().waitFor();
    await page.locator('.intro-results .path-head').first().click();
    await expect.poll(() => highlighted('node').then((ids) => ids.length)).toBeGreaterThanOrEqual(3);
    const request = await page.locator('.intro-results .path-card').first().locator('.request-text').inputValue();
    expect(request).toMatch(/^Dear .+,\n/);
    expect(request).toMatch(/Would you be willing to introduce me to/);
    expect(request).toContain(latin);
    // Written entirely in English: contexts and project names without an English version are left out.
    expect(request).not.toMatch(JAPANESE_CHARACTERS);
    await page.waitForTimeout(1200);
    await shoot(page, 'intro-path-en');
  });

  it('starts from an organisation and reaches the members of another', async () => {
    await page.goto(`${session.url}/?node=Organisation:o01&lang=ja`);
    await waitForGraph(page);
    await page.getByRole('button', { name: '紹介を探す' }).click();
    expect(await finder().locator('.intro-lead').innerText()).toContain('こどもごはんネット東京のメンバー');
    await finder().getByRole('button', { name: '団体', exact: true }).click();
    const other = demoDataset.organisations.find((o) => o.id !== 'o01' && o.sector === 'government')!;
    await finder().getByRole('combobox').fill(other.name);
    await expect.poll(() => finder().getByRole('option').first().innerText()).toContain(other.name);
    await finder().getByRole('combobox').press('Enter');
    const candidates = page.locator('.candidate');
    await candidates.first().waitFor();
    expect(await candidates.first().locator('.candidate-reason').innerText()).toContain(other.name);
    await candidates.first().locator('.path-head').first().click();
    await expect.poll(() => highlighted('node').then((ids) => ids.length)).toBeGreaterThanOrEqual(2);
    await page.waitForTimeout(1200);
    await shoot(page, 'intro-organisation-ja');
  });

  it('finds how "I" (the signed-in person) could meet the person whose details are open', async () => {
    // Signed in as 田中 花子: her own record says so, and the finder can start from her.
    const own = await session.newContext({ as: 'hanako.tanaka@example.org', viewport: { width: 1440, height: 900 } });
    const page = await own.newPage();
    const finder = () => page.locator('section.intro');
    await page.goto(`${session.url}/?node=Person:${SOURCE}&lang=ja`);
    await waitForGraph(page);
    await page.locator('.badge', { hasText: 'あなたです' }).waitFor();
    await page.goto(`${session.url}/?node=Person:${target.id}&lang=ja`);
    await waitForGraph(page);
    await page.getByRole('button', { name: '紹介を探す' }).click();
    await finder().getByRole('button', { name: '自分', exact: true }).click();
    expect(await finder().locator('.intro-target-name').innerText()).toBe(target.name);
    const first = page.locator('.intro-results .path-list > .path-card').first();
    await first.waitFor();
    const chain = await first.locator('.path-name').allInnerTexts();
    expect(chain[0]).toBe('田中 花子');
    expect(chain.at(-1)).toBe(target.name);
    await own.close();
  });

  it('left nothing in the browser console', () => {
    expect(session.problems).toEqual([]);
  });
});
