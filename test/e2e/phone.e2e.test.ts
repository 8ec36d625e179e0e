/**
 * The explorer on a phone (390×844), in Japanese and English: nothing overflows the viewport
 * horizontally, the toolbar folds behind its menu button without covering a node, and the details
 * open as a bottom sheet that closes again.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;

beforeAll(async () => {
  session = await startBrowserSession();
}, 120_000);

afterAll(async () => {
  await session?.stop();
});

describe.each([
  ['ja', '地図メニュー'],
  ['en', 'Map menu'],
])('on a phone (%s)', (lang, menu) => {
  it('fits the width, folds the toolbar clear of the nodes, and shows details as a bottom sheet', async () => {
    const context = await session.newContext({
      viewport: { width: 390, height: 844 },
      locale: lang === 'ja' ? 'ja-JP' : 'en-GB',
    });
    const page = await context.newPage();
    try {
      await page.goto(`${session.url}/?node=Person:p001&depth=1&lang=${lang}`);
      await page.waitForFunction(() => (window.__tsunagari?.layoutMs ?? null) !== null, undefined, { timeout: 30_000 });
      await page.waitForTimeout(1500);
      const width = await page.evaluate(() =>
        Math.max(document.documentElement.scrollWidth, document.body.scrollWidth),
      );
      expect(width).toBeLessThanOrEqual(390);
      const fold = page.getByRole('button', { name: menu });
      await expect.poll(() => fold.isVisible()).toBe(true);
      // The folded toolbar covers no node.
      const covered = await page.evaluate(() => {
        const bar = document.querySelector('.canvas-toolbar')!.getBoundingClientRect();
        const box = document.querySelector('.graph-canvas')!.getBoundingClientRect();
        return window.__tsunagari!.cy.nodes().filter((n) => {
          const p = n.renderedPosition();
          const [x, y] = [box.left + p.x, box.top + p.y];
          return x >= bar.left && x <= bar.right && y >= bar.top && y <= bar.bottom;
        }).length;
      });
      expect(covered).toBe(0);
      expect(await page.locator('.canvas-toolbar .segmented').first().isVisible()).toBe(false);
      await fold.click();
      expect(await page.locator('.canvas-toolbar .segmented').first().isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await fold.click();
      // The details: a sheet at the bottom of the screen, full width, that closes.
      const sheet = page.locator('aside.details');
      await sheet.waitFor();
      const rect = (await sheet.boundingBox())!;
      expect(rect.width).toBeGreaterThan(380);
      expect(rect.y + rect.height).toBeGreaterThan(780);
      expect(rect.y).toBeGreaterThan(300);
      await sheet.locator('.details-toolbar button').last().click();
      await expect.poll(() => sheet.count()).toBe(0);
    } finally {
      await context.close();
    }
  });
});
