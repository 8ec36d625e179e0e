/**
 * The explorer in a real browser against the real server and the demo network: search, draw,
 * select, switch language, and restore the view from the URL. Screenshots go to /tmp for review.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCount, startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;
let page: Page;

const detailsTitle = () => page.locator('aside.details h2');

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

describe('explorer shell', () => {
  it('opens in Japanese with a welcome and the network size', async () => {
    await page.goto(session.url);
    expect(await page.title()).toContain('繋がり');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect.poll(() => page.getByRole('heading', { name: 'ようこそ、繋がりへ' }).isVisible()).toBe(true);
    await page.locator('.stats-line').waitFor();
    expect(await page.locator('.stats-line').innerText()).toMatch(/人物\s*160/);
  });

  it('finds a person as you type and draws their ego network on Enter', async () => {
    const search = page.getByRole('combobox');
    await search.fill('田中 花子');
    const option = page.getByRole('option', { name: /田中 花子/ });
    await option.waitFor();
    expect(await search.getAttribute('aria-expanded')).toBe('true');
    const active = await search.getAttribute('aria-activedescendant');
    expect(await page.locator(`[id="${active}"]`).innerText()).toContain('田中 花子');
    await search.press('Enter');
    await waitForGraph(page);
    expect(page.url()).toContain('node=Person:p001');
    await expect.poll(() => detailsTitle().innerText()).toBe('田中 花子');
    await expect.poll(() => page.locator('aside.details').innerText()).toContain('こどもごはんネット東京');
    await page.waitForTimeout(900); // let the layout settle before the picture
    await page.screenshot({ path: '/tmp/explorer.png' });
  });

  it('shows the details of a clicked node and re-centres on double-click', async () => {
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('tap'));
    await expect.poll(() => detailsTitle().innerText()).toContain('こどもごはんネット東京');
    expect(page.url()).toContain('sel=Organisation:o01');
    await page.waitForTimeout(300);
    await page.screenshot({ path: '/tmp/explorer-details.png' });
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('dbltap'));
    await page.waitForURL(/node=Organisation:o01/);
    await page.waitForFunction(() => window.__tsunagari?.cy.getElementById('Organisation:o01').data('centre') === 1);
    await page.goBack();
    await page.waitForURL(/node=Person:p001/);
    await page.waitForFunction(() => window.__tsunagari?.cy.getElementById('Person:p001').data('centre') === 1);
  });

  it('switches every visible text to English and keeps the choice', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('combobox').getAttribute('placeholder')).toBe('Search by name, kana or romaji');
    expect(await page.title()).toContain('Tsunagari');
    expect(page.url()).toContain('lang=en');
    await expect.poll(() => page.locator('.canvas-toolbar').innerText()).toContain('Fit to screen');
    expect(await page.evaluate(() => localStorage.getItem('tsunagari.language'))).toBe('en');
    await page.waitForTimeout(500);
    await page.screenshot({ path: '/tmp/explorer-en.png' });
  });

  it('restores the whole view from the URL on reload', async () => {
    await page.getByRole('button', { name: '2', exact: true }).click();
    await page.waitForURL(/depth=2/);
    const url = page.url();
    await page.reload();
    await waitForGraph(page);
    expect(page.url()).toBe(url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: '2', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await nodeCount(page)).toBeGreaterThan(40);
    // Back returned to Tanaka Hanako's network with her organisation selected, as it was then.
    expect(url).toContain('node=Person:p001');
    expect(url).toContain('sel=Organisation:o01');
    await expect.poll(() => detailsTitle().innerText()).toBe('Kodomo Gohan Net Tokyo');
    expect(await page.evaluate(() => window.__tsunagari?.cy.$(':selected').id())).toBe('Organisation:o01');
  });

  it('left nothing in the browser console', () => {
    expect(session.problems).toEqual([]);
  });
});
