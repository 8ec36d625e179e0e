/**
 * Every screen at the sizes the issue names (a 1280×720 laptop and a 1024×768 tablet), in both
 * languages: nothing in the header may be pushed off screen or squeezed out of its box, and no page
 * may scroll sideways. Screenshots go to screenshots/layout-*.png for a person to look at.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIXTURES } from '../../seed/demo/index.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
let page: Page;

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
}, 120_000);

afterAll(async () => {
  await session?.stop();
});

const SCREENS = [
  { name: 'welcome', path: '/' },
  { name: 'map', path: `/?node=Person:${DEMO_FIXTURES.aPersonWithKana.id}&depth=1` },
  { name: 'teams', path: '/teams' },
  { name: 'matching', path: '/matching' },
  { name: 'assets', path: `/assets?org=${DEMO_FIXTURES.npoWithNeeds}` },
  { name: 'import', path: '/import' },
];
const VIEWPORTS = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
];

/** Header controls that end outside the window, are cut off inside their box, or squeezed. */
const headerProblems = (p: Page) =>
  p.evaluate(() => {
    const out: string[] = [];
    const header = document.querySelector('.app-header');
    if (!header) return ['no header'];
    for (const el of header.querySelectorAll<HTMLElement>('a, button, input')) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.closest('[role="menu"]')) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.tagName).trim().slice(0, 30);
      if (box.left < 0 || box.right > window.innerWidth + 0.5) out.push(`off screen: ${name}`);
      if (el.tagName !== 'INPUT' && el.scrollWidth > el.clientWidth + 1) out.push(`cut off: ${name}`);
      // The search box is the way in: squeezed below ~16 characters it stops being usable.
      if (el.tagName === 'INPUT' && el.closest('.app-header') && box.width < 180) out.push(`too narrow: ${name}`);
    }
    return out;
  });

const scrollsSideways = (p: Page) =>
  p.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe.each(VIEWPORTS)('at $width×$height', (viewport) => {
  describe.each(['ja', 'en'] as const)('in %s', (lang) => {
    it.each(SCREENS)('$name fits', async ({ name, path }) => {
      await page.setViewportSize(viewport);
      const separator = path.includes('?') ? '&' : '?';
      await page.goto(`${session.url}${path}${separator}lang=${lang}`);
      await page.waitForSelector('.app-header');
      // Let the page's first answers arrive (the map, the charts) before judging its layout.
      await page.waitForLoadState('networkidle');
      expect(await headerProblems(page)).toEqual([]);
      expect(await scrollsSideways(page)).toBe(false);
      await shoot(page, `layout-${name}-${lang}-${viewport.width}`);
    });
  });
});

it('reaches every page from the compact page menu on a tablet', async () => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${session.url}/?lang=en`);
  await page.getByRole('button', { name: /Pages: Map/ }).click();
  await page.getByRole('menuitem', { name: 'Team composer' }).click();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/teams');
  expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
  await page.goBack();
  await expect.poll(() => new URL(page.url()).pathname).toBe('/');
});

it('writes nothing to the console: no errors and no CSP violation on any screen', async () => {
  expect(session.problems).toEqual([]);
  // The violation listener works: an inline script, which the policy forbids, is reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inline = 1';
    document.body.append(script);
  });
  await expect.poll(() => session.problems.join('\n'), { timeout: 10_000 }).toMatch(/CSP violation: script-src/);
  session.problems.length = 0;
});
