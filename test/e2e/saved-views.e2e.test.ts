/**
 * Saved views and the time slider in a real browser against the demo network: a view saved with a
 * moved node and a filter comes back, after a reload, with every node within 1 px and the filter
 * restored; moving the slider to the year before a membership began takes that member off the map.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoDataset } from '../../seed/demo/index.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;
let page: Page;

type Positions = Record<string, { x: number; y: number }>;
const positions = (p: Page): Promise<Positions> =>
  p.evaluate(() => Object.fromEntries(window.__tsunagari!.cy.nodes().map((n) => [n.id(), { ...n.position() }])));

/** Waits until the layout ran and no node moved for half a second. */
async function settled(p: Page): Promise<Positions> {
  await p.waitForFunction(() => (window.__tsunagari?.layoutMs ?? null) !== null, undefined, { timeout: 30_000 });
  let before = await positions(p);
  for (let i = 0; i < 60; i++) {
    await p.waitForTimeout(500);
    const now = await positions(p);
    const moved = Math.max(
      0,
      ...Object.keys(now).map((k) =>
        before[k] ? Math.hypot(now[k]!.x - before[k]!.x, now[k]!.y - before[k]!.y) : 1e9,
      ),
    );
    if (moved < 0.01 && Object.keys(now).length === Object.keys(before).length) return now;
    before = now;
  }
  throw new Error('the map never settled');
}

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
}, 120_000);

afterAll(async () => {
  await session?.stop();
});

describe('saved views', () => {
  it('saves the map under a name and puts every node back within 1 px, filters included, after a reload', async () => {
    await page.goto(`${session.url}/?node=Organisation:o01&depth=1&kinds=PERSON,ORGANISATION`);
    await settled(page);
    // Move one node by hand, so the saved picture is not what the layout draws by itself.
    await page.evaluate(() => {
      const node = window.__tsunagari!.cy.nodes().filter((n) => n.id() !== 'Organisation:o01')[0]!;
      node.position({ x: node.position().x + 173.25, y: node.position().y - 61.5 });
    });
    const saved = await positions(page);
    await page.getByRole('button', { name: 'ビュー' }).click();
    await page.locator('#saved-views input').fill('理事会用の図');
    await page.getByRole('button', { name: 'このビューを保存' }).click();
    await page.getByText('「理事会用の図」を保存しました。').waitFor();

    await page.goto(`${session.url}/?node=Person:p001&depth=1`);
    await settled(page);
    await page.evaluate(() => (window.__tsunagari!.layoutMs = null));
    await page.getByRole('button', { name: 'ビュー' }).click();
    await page.getByRole('button', { name: '開く: 理事会用の図' }).click();
    await page.waitForURL(/node=Organisation:o01/);
    expect(new URL(page.url()).searchParams.get('kinds')).toBe('PERSON,ORGANISATION');
    await settled(page);
    await page.waitForTimeout(500);
    const opened = await positions(page);
    expect(Object.keys(opened).sort()).toEqual(Object.keys(saved).sort());
    const worst = Math.max(
      ...Object.keys(saved).map((k) => Math.hypot(opened[k]!.x - saved[k]!.x, opened[k]!.y - saved[k]!.y)),
    );
    console.info(`saved view reopened: ${Object.keys(saved).length} nodes, largest difference ${worst} px`);
    expect(worst).toBeLessThan(1);
  });
});

describe('the time slider', () => {
  it('takes a member off the map when the slider is moved before the year they joined', async () => {
    const now = new Date().getFullYear();
    const { memberships, people } = demoDataset;
    const hidden = new Set(people.filter((p) => p.discoverable === false).map((p) => p.id));
    const m = memberships.find(
      (x) =>
        x.since !== undefined &&
        Number(x.since.slice(0, 4)) >= now - 8 &&
        Number(x.since.slice(0, 4)) < now &&
        !hidden.has(x.personId) &&
        !memberships.some((y) => y !== x && y.personId === x.personId && y.organisationId === x.organisationId),
    )!;
    expect(m, 'a membership that began in the last few years').toBeDefined();
    const year = Number(m.since!.slice(0, 4)) - 1;
    const person = `Person:${m.personId}`;
    await page.goto(`${session.url}/?node=Organisation:${m.organisationId}&depth=1`);
    await settled(page);
    expect(await page.evaluate((k) => window.__tsunagari!.cy.getElementById(k).nonempty(), person)).toBe(true);
    await page.evaluate((y) => {
      const input = document.querySelector<HTMLInputElement>('.time-slider input[type=range]')!;
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(y));
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, year);
    await page.waitForURL(new RegExp(`year=${year}`));
    await page.getByTestId('time-note').waitFor();
    await expect
      .poll(() => page.evaluate((k) => window.__tsunagari!.cy.getElementById(k).nonempty(), person), {
        timeout: 20_000,
      })
      .toBe(false);
    expect(
      await page.evaluate(() =>
        window.__tsunagari!.cy.getElementById(window.location.search.match(/node=([^&]+)/)![1]!).nonempty(),
      ),
    ).toBe(true);
  });
});
