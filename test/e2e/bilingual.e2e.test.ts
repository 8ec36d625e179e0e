/**
 * Texts people wrote on English and Japanese pages (issue 16, item 7), in a real browser against
 * the demo network: a bio, a project's name and a tie's context with an English version show in
 * English; one without shows the Japanese text in its own `lang`, marked "(Japanese only)".
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../../seed/demo/index.ts';
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

const person = (id: string) => demoDataset.people.find((p) => p.id === id)!;
const project = (id: string) => demoDataset.projects.find((p) => p.id === id)!;
const bio = () => page.locator('aside.details .details-bio');
const open = async (node: string, language: 'ja' | 'en') => {
  await page.goto(`${session.url}/?node=${node}&lang=${language}`);
  // Only the details panel matters here; the first page of a fresh browser can take a while.
  await page.locator('aside.details h2').waitFor({ timeout: 30_000 });
};

describe('bilingual texts', () => {
  it('an English page shows a bio in English when it has an English version', async () => {
    const hanako = person('p001');
    expect(hanako.bioEn).toBeTruthy();
    await open('Person:p001', 'en');
    await expect.poll(() => bio().innerText()).toBe(hanako.bioEn);
    expect(await bio().locator('[data-testid="text-fallback"]').count()).toBe(0);
    // Her ties' contexts are in English where they have one.
    const notes = await page.locator('aside.details .item-note').allInnerTexts();
    expect(notes.some((n) => /^[A-Z][a-z]/.test(n))).toBe(true);
    await shoot(page, 'bilingual-bio-en');
  });

  it('and the Japanese bio, marked "(Japanese only)", when it has none', async () => {
    const naoki = person('p005');
    expect(naoki.bioEn).toBeUndefined();
    await open('Person:p005', 'en');
    await expect.poll(() => bio().locator('[lang="ja"]').innerText()).toBe(naoki.bio);
    expect(await bio().locator('[data-testid="text-fallback"]').innerText()).toBe('(Japanese only)');
    await shoot(page, 'bilingual-fallback-en');
  });

  it('a Japanese page shows the Japanese bio, unmarked', async () => {
    await open('Person:p001', 'ja');
    await expect.poll(() => bio().innerText()).toBe(person('p001').bio);
    expect(await page.locator('[data-testid="text-fallback"]').count()).toBe(0);
  });

  it('names a project in English, with its Japanese name beside it, or marks the Japanese one', async () => {
    await open('Project:pj12', 'en');
    await expect.poll(() => page.locator('aside.details h2').innerText()).toBe(project('pj12').nameEn);
    expect(await page.locator('aside.details .details-secondary').innerText()).toBe(project('pj12').name);
    expect(await page.locator('aside.details h2 [data-testid="text-fallback"]').count()).toBe(0);
    expect(project('pj09').nameEn).toBeUndefined();
    await open('Project:pj09', 'en');
    const heading = page.locator('aside.details h2');
    await expect.poll(() => heading.locator('[lang="ja"]').innerText()).toBe(project('pj09').name);
    expect(await heading.locator('[data-testid="text-fallback"]').innerText()).toBe('(Japanese only)');
  });

  it('the English bio is edited beside the Japanese one, and then shown unmarked', async () => {
    await open('Person:p005', 'en');
    await page.locator('aside.details').getByRole('button', { name: 'Edit' }).click();
    const dialog = page.getByRole('dialog');
    const english = dialog.getByLabel('Bio in English');
    await expect.poll(() => dialog.getByLabel('About', { exact: true }).inputValue()).toBe(person('p005').bio);
    await english.fill('An engineer at SocialBit who gives part of his working hours to three NPOs as their STO.');
    await dialog.getByRole('button', { name: 'Save' }).click();
    // Let the save finish (the dialog closes) before leaving: opening the person again navigates,
    // which would abort a save still under way on a busy machine.
    await expect.poll(() => dialog.count(), { timeout: 20_000 }).toBe(0);
    await page.keyboard.press('Escape');
    await open('Person:p005', 'en');
    await expect
      .poll(() => bio().innerText())
      .toBe('An engineer at SocialBit who gives part of his working hours to three NPOs as their STO.');
    expect(await bio().locator('[data-testid="text-fallback"]').count()).toBe(0);
  });
});
