/**
 * The explorer in a real browser against the real server and the demo network: search, draw,
 * expand, filter, lay out, hide, focus, list, switch language, restore the view from the URL.
 * Screenshots of the main screens go to screenshots/ (git-ignored) for review.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCount, startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
let page: Page;

const detailsTitle = () => page.locator('aside.details h2');
const drawn = () => page.evaluate(() => window.__tsunagari!.cy.nodes().map((n) => n.id()));
const drawnKinds = () =>
  page.evaluate(() => [...new Set(window.__tsunagari!.cy.nodes().map((n) => String(n.data('kind'))))].sort());
/** Waits until the map has the answer to the current URL (the previous one shows meanwhile). */
const loaded = async () => {
  await page.waitForTimeout(100);
  await page.waitForFunction(() => document.querySelector('.toolbar-summary.loading') === null);
};
/** Waits until the layout has run, and a little longer for its animation. */
const settled = async () => {
  await page.waitForFunction(() => (window.__tsunagari?.layoutMs ?? null) !== null);
  await page.waitForTimeout(800);
};

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
});

afterAll(async () => {
  await session?.stop();
});

describe('explorer', () => {
  it('opens in Japanese with a welcome and the network size', async () => {
    await page.goto(session.url);
    expect(await page.title()).toContain('繋がり');
    expect(await page.getAttribute('html', 'lang')).toBe('ja');
    await expect.poll(() => page.getByRole('heading', { name: 'ようこそ、繋がりへ' }).isVisible()).toBe(true);
    await page.locator('.stats-line').waitFor();
    expect(await page.locator('.stats-line').innerText()).toMatch(/人物\s*160/);
    await shoot(page, 'welcome-ja');
  });

  it('finds a person as you type and draws their ego network on Enter', async () => {
    const search = page.getByRole('combobox', { name: '人・団体・スキル・プロジェクトを検索' });
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
    await settled();
    await shoot(page, 'ego-ja');
  });

  it('expands a node in place on double-click, and collapses it again', async () => {
    const before = await drawn();
    const centre = await page.evaluate(() => window.__tsunagari!.cy.getElementById('Person:p001').position());
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('dbltap'));
    await page.waitForURL(/exp=Organisation:o01/);
    await expect.poll(async () => (await drawn()).length).toBeGreaterThan(before.length);
    const after = await drawn();
    expect(before.every((id) => after.includes(id))).toBe(true); // nothing lost, only added
    expect(page.url()).toContain('node=Person:p001'); // still centred where it was
    expect(await page.evaluate(() => window.__tsunagari!.cy.getElementById('Organisation:o01').data('expanded'))).toBe(
      1,
    );
    await settled();
    // Expanding keeps the picture: the centre moved little, not to a random place.
    const moved = await page.evaluate(() => window.__tsunagari!.cy.getElementById('Person:p001').position());
    expect(Math.hypot(moved.x - centre.x, moved.y - centre.y)).toBeLessThan(400);
    await shoot(page, 'expanded-ja');
    // The node menu (right click) collapses it: the added nodes go.
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('cxttap'));
    const menu = page.getByRole('menu', { name: 'この項目の操作' });
    await menu.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('role'))).toBe('menuitem');
    await shoot(page, 'node-menu-ja');
    await menu.getByRole('menuitem', { name: /たたむ/ }).click();
    await expect.poll(async () => (await drawn()).length).toBe(before.length);
    expect(page.url()).not.toContain('exp=');
  });

  it('expands with the keyboard, hides a node and focuses on a neighbourhood', async () => {
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('tap'));
    await expect.poll(() => detailsTitle().innerText()).toContain('こどもごはんネット東京');
    await page.waitForURL(/sel=Organisation:o01/);
    await page.keyboard.press('e');
    await page.waitForURL(/exp=Organisation:o01/);
    await page.keyboard.press('f');
    await page.waitForURL(/focus=Organisation:o01/);
    const faded = () => page.evaluate(() => window.__tsunagari!.cy.$('node.focus-faded').length);
    await expect.poll(faded).toBeGreaterThan(0);
    const lit = await page.evaluate(() => {
      const around = window.__tsunagari!.cy.getElementById('Organisation:o01').closedNeighborhood('node');
      return { size: around.length, faded: around.filter('.focus-faded').length };
    });
    expect(lit.size).toBeGreaterThan(1);
    expect(lit.faded).toBe(0);
    await settled();
    await shoot(page, 'focus-ja');
    await page.keyboard.press('Escape');
    await expect.poll(faded).toBe(0);
    const leaf = await page.evaluate(() =>
      window
        .__tsunagari!.cy.nodes()
        .filter((n) => n.id() !== 'Person:p001' && n.id() !== 'Organisation:o01')
        .first()
        .id(),
    );
    await page.evaluate((id) => void window.__tsunagari!.cy.getElementById(id).emit('tap'), leaf);
    await page.waitForURL((url) => url.search.includes(`sel=${leaf}`));
    await page.keyboard.press('h');
    await expect.poll(() => page.url()).toContain(`hide=${leaf}`);
    expect(await drawn()).not.toContain(leaf);
    await page.getByRole('button', { name: /非表示の 1 件を再表示/ }).click();
    await expect.poll(drawn).toContain(leaf);
  });

  it('filters by kind and tie strength at once, with counts, and keeps them in the URL', async () => {
    await page.getByRole('button', { name: '絞り込み', exact: true }).click();
    const panel = page.locator('#filter-panel');
    await panel.waitFor();
    expect(await drawnKinds()).toContain('SKILL');
    const skillCount = panel.locator('[data-kind-count="SKILL"]');
    expect(await skillCount.innerText()).toMatch(/^([1-9]\d*) \/ \1$/);
    await panel.getByRole('checkbox', { name: /スキル/ }).uncheck();
    await expect.poll(drawnKinds).not.toContain('SKILL');
    expect(page.url()).toMatch(/kinds=PERSON,ORGANISATION,PROJECT/);
    expect(await skillCount.innerText()).toMatch(/^0 \/ [1-9]/);
    expect(await page.locator('.toolbar-summary').innerText()).toMatch(/件中/);
    const people = await page.evaluate(() => window.__tsunagari!.cy.$('node[kind = "PERSON"]').length);
    await panel.getByRole('button', { name: '5+' }).click();
    await page.waitForURL(/strength=5/);
    const strongOnly = await page.evaluate(() => window.__tsunagari!.cy.$('node[kind = "PERSON"]').length);
    expect(strongOnly).toBeLessThanOrEqual(people);
    const weak = await page.evaluate(
      () => window.__tsunagari!.cy.$('edge[type = "KNOWS"]').filter((e) => Number(e.data('width')) < 3.4).length,
    );
    expect(weak).toBe(0);
    await settled();
    await shoot(page, 'filters-ja');
    await panel.getByRole('button', { name: 'すべて', exact: true }).click();
    await page.waitForURL((url) => !url.search.includes('strength='));
  });

  it('switches layout smoothly, keeping the selection where it was on screen', async () => {
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Person:p001').emit('tap'));
    const before = await page.evaluate(() => window.__tsunagari!.cy.getElementById('Person:p001').renderedPosition());
    await page.getByRole('combobox', { name: '配置' }).selectOption('concentric');
    await page.waitForURL(/layout=concentric/);
    await page.waitForTimeout(1500);
    const after = await page.evaluate(() => window.__tsunagari!.cy.getElementById('Person:p001').renderedPosition());
    expect(Math.hypot(after.x - before.x, after.y - before.y)).toBeLessThan(30);
    await shoot(page, 'concentric-ja');
  });

  it('restores everything from a shared link: depth, layout, filters, expansions, selection', async () => {
    await page.getByRole('button', { name: '2', exact: true }).click();
    await page.waitForURL(/depth=2/);
    await loaded();
    await page.evaluate(() => void window.__tsunagari!.cy.getElementById('Organisation:o01').emit('tap'));
    await page.waitForURL(/sel=Organisation:o01/);
    const url = page.url();
    const count = await nodeCount(page);
    const other = await session.newContext({ viewport: { width: 1280, height: 720 } });
    const fresh = await other.newPage();
    await fresh.goto(url);
    await fresh.waitForFunction((n) => (window.__tsunagari?.cy.nodes().length ?? 0) === n, count, { timeout: 15_000 });
    expect(fresh.url()).toBe(url);
    expect(await fresh.getByRole('combobox', { name: '配置' }).inputValue()).toBe('concentric');
    expect(await fresh.getByRole('button', { name: '2', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await fresh.evaluate(() => window.__tsunagari!.cy.$('node[kind = "SKILL"]').length)).toBe(0);
    expect(await fresh.evaluate(() => window.__tsunagari!.cy.$(':selected').id())).toBe('Organisation:o01');
    await expect.poll(() => fresh.locator('aside.details h2').innerText()).toContain('こどもごはんネット東京');
    await other.close();
    // Back steps through the view's history: depth 2 → depth 1.
    await page.goBack();
    await page.waitForURL((u) => u.search.includes('depth=1'));
  });

  it('shows the same network as a keyboard-friendly list', async () => {
    await page.getByRole('button', { name: '一覧', exact: true }).click();
    await page.waitForURL(/show=list/);
    const table = page.getByRole('table').first();
    await table.waitFor();
    const rows = await table.locator('tbody tr').count();
    expect(rows).toBe(await nodeCount(page));
    await page.getByRole('button', { name: /つながり数/ }).click();
    expect(await table.locator('thead th').nth(3).getAttribute('aria-sort')).toBe('descending');
    const links = (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map(Number);
    expect(links).toEqual([...links].sort((a, b) => b - a));
    expect(links[0]).toBeGreaterThan(links[links.length - 1]!);
    await table.locator('tbody .row-button').nth(1).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('sel=');
    await shoot(page, 'list-ja');
    await page.getByRole('button', { name: '地図', exact: true }).click();
    await page.waitForURL((u) => !u.search.includes('show=list'));
  });

  it('switches every visible text to English and keeps the choice', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.getByRole('combobox', { name: /Search people/ }).getAttribute('placeholder')).toBe(
      'Search by name, kana or romaji',
    );
    expect(await page.title()).toContain('Tsunagari');
    expect(page.url()).toContain('lang=en');
    await expect.poll(() => page.locator('.canvas-toolbar').innerText()).toContain('Fit to screen');
    expect(await page.locator('#filter-panel').innerText()).toContain('Organisation sectors');
    expect(await page.evaluate(() => localStorage.getItem('tsunagari.language'))).toBe('en');
    await settled();
    await shoot(page, 'filters-en');
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.waitForTimeout(300);
    await shoot(page, 'ego-en');
    await page.getByRole('button', { name: 'List', exact: true }).click();
    await page.getByRole('table').first().waitFor();
    await shoot(page, 'list-en');
    await page.getByRole('button', { name: 'Map', exact: true }).click();
  });

  it('fits a tablet screen (1024×768, touch)', async () => {
    const tablet = await session.newContext({
      viewport: { width: 1024, height: 768 },
      hasTouch: true,
      isMobile: false,
      locale: 'ja-JP',
    });
    const pad = await tablet.newPage();
    await pad.goto(`${session.url}/?node=Person:p001&depth=1&sel=Organisation:o01&lang=ja`);
    await pad.waitForFunction(() => (window.__tsunagari?.cy.nodes().length ?? 0) > 1);
    await pad.waitForTimeout(1500);
    // Nothing spills out sideways: the page never scrolls horizontally.
    expect(await pad.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
    const toolbar = await pad.locator('.canvas-toolbar').boundingBox();
    const details = await pad.locator('aside.details').boundingBox();
    expect(toolbar!.x + toolbar!.width).toBeLessThanOrEqual(details!.x + 1);
    await shoot(pad, 'tablet-ja');
    await tablet.close();
  });

  it('left nothing in the browser console', () => {
    expect(session.problems).toEqual([]);
  });
});
