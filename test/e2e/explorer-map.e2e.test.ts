/**
 * The map stays put and reads well, in a real browser against the demo network: the same link
 * draws the same picture in two fresh page loads, expanding a node leaves every drawn node where
 * it was, the legend and the notices cover no node, and no two shown names overlap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

let session: BrowserSession;
let page: Page;

type Positions = Record<string, { x: number; y: number; rx: number; ry: number }>;

/** Every node's position (model) and where it is drawn (rendered, canvas pixels). */
const positions = (p: Page): Promise<Positions> =>
  p.evaluate(() =>
    Object.fromEntries(
      window.__tsunagari!.cy.nodes().map((n) => {
        const { x, y } = n.position();
        const r = n.renderedPosition();
        return [n.id(), { x, y, rx: r.x, ry: r.y }];
      }),
    ),
  );

/** Waits for the layout to finish and the picture (and viewport) to stop moving. */
async function settled(p: Page): Promise<Positions> {
  await p.waitForFunction(() => (window.__tsunagari?.layoutMs ?? null) !== null, undefined, { timeout: 30_000 });
  // Neither the nodes nor the viewport still on their way (a busy machine may skip frames).
  const still = () =>
    p.waitForFunction(
      () =>
        !window.__tsunagari!.cy.animated() &&
        !window.__tsunagari!.cy.nodes().some((n) => (n as unknown as { animated(): boolean }).animated()),
    );
  let before = await positions(p);
  for (let i = 0; i < 40; i++) {
    await p.waitForTimeout(250);
    await still();
    const now = await positions(p);
    if (largestMove(before, now) < 0.01 && Object.keys(now).length === Object.keys(before).length) return now;
    before = now;
  }
  throw new Error('the map never settled');
}

/** The largest distance any node common to both moved between two readings (model and screen). */
function largestMove(a: Positions, b: Positions): number {
  const { model, screen } = moves(a, b);
  return Math.max(model, screen);
}

function moves(a: Positions, b: Positions): { model: number; screen: number } {
  let [model, screen] = [0, 0];
  for (const [id, p] of Object.entries(a)) {
    const q = b[id];
    if (!q) continue;
    model = Math.max(model, Math.hypot(p.x - q.x, p.y - q.y));
    screen = Math.max(screen, Math.hypot(p.rx - q.rx, p.ry - q.ry));
  }
  return { model, screen };
}

/** Opens `path` in a new browser window (nothing cached or kept from before) and reads the settled map. */
async function freshLoad(path: string, viewport = { width: 1440, height: 900 }): Promise<Positions> {
  const context = await session.newContext({ viewport, locale: 'ja-JP' });
  try {
    const fresh = await context.newPage();
    await fresh.goto(`${session.url}${path}`);
    return await settled(fresh);
  } finally {
    await context.close();
  }
}

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  await page.setViewportSize({ width: 1440, height: 900 });
}, 120_000);

afterAll(async () => {
  await session?.stop();
});

describe('a map that stays put', () => {
  it.each([
    '/?node=Person:p001&depth=2',
    '/?node=Person:p001&depth=1&exp=Organisation:o01',
    '/?node=Organisation:o01&depth=2&kinds=PERSON,ORGANISATION',
  ])('draws the same picture for the same link, in two fresh page loads: %s', async (path) => {
    const first = await freshLoad(path);
    const second = await freshLoad(path);
    expect(Object.keys(second).sort()).toEqual(Object.keys(first).sort());
    expect(Object.keys(first).length).toBeGreaterThan(5);
    const { model, screen } = moves(first, second);
    console.info(
      `same link twice (${path}): ${Object.keys(first).length} nodes, largest difference ${model} px (model), ${screen} px (screen)`,
    );
    expect(model).toBeLessThan(1);
    expect(screen).toBeLessThan(1);
  });

  it('keeps every drawn node where it was when a node is expanded, and puts the newcomers around it', async () => {
    await page.goto(`${session.url}/?node=Person:p001&depth=1`);
    const before = await settled(page);
    await page.evaluate(() => {
      window.__tsunagari!.layoutMs = null;
      window.__tsunagari!.cy.getElementById('Organisation:o01').emit('dbltap');
    });
    await page.waitForURL(/exp=Organisation:o01/);
    await expect
      .poll(() => page.evaluate(() => window.__tsunagari!.cy.nodes().length), { timeout: 20_000 })
      .toBeGreaterThan(Object.keys(before).length);
    const after = await settled(page);
    const model = Math.max(
      ...Object.entries(before).map(([id, p]) => Math.hypot(p.x - after[id]!.x, p.y - after[id]!.y)),
    );
    console.info(
      `expanding: ${Object.keys(after).length - Object.keys(before).length} added, old nodes moved at most ${model} px`,
    );
    expect(model).toBeLessThan(1);
    // The newcomers sit nearer the expanded organisation than the centre does on average.
    const hub = after['Organisation:o01']!;
    const newcomers = Object.keys(after).filter((id) => !(id in before));
    const mean = (ids: string[]) =>
      ids.reduce((s, id) => s + Math.hypot(after[id]!.x - hub.x, after[id]!.y - hub.y), 0) / ids.length;
    const old = Object.keys(before).filter((id) => id !== 'Organisation:o01');
    expect(mean(newcomers)).toBeLessThan(mean(old) * 1.5);
    await shoot(page, 'map-expanded-in-place-ja');
  });

  it('keeps the legend and the notice about a cut-short network clear of nodes', async () => {
    await page.goto(`${session.url}/?node=Person:p001&depth=3`);
    await settled(page);
    await page.locator('.canvas-notices .notice').first().waitFor();
    expect(await page.locator('details.legend').getAttribute('open')).not.toBeNull();
    const overlaps = await page.evaluate(() => {
      const cy = window.__tsunagari!.cy;
      const canvas = document.querySelector('.graph-canvas')!.getBoundingClientRect();
      const panels = [...document.querySelectorAll('details.legend, .canvas-notices .notice, .canvas-toolbar > *')].map(
        (el) => ({ name: el.className, box: el.getBoundingClientRect() }),
      );
      const hits: string[] = [];
      cy.nodes().forEach((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        const [x1, x2, y1, y2] = [b.x1 + canvas.left, b.x2 + canvas.left, b.y1 + canvas.top, b.y2 + canvas.top];
        for (const { name, box } of panels)
          if (x1 < box.right && box.left < x2 && y1 < box.bottom && box.top < y2) hits.push(`${n.id()} under ${name}`);
      });
      return { hits, nodes: cy.nodes().length, panels: panels.length };
    });
    expect(overlaps.nodes).toBeGreaterThan(100);
    expect(overlaps.hits).toEqual([]);
    await shoot(page, 'map-depth3-legend-ja');
    // Folded and opened again, the legend still covers nothing.
    await page.locator('details.legend summary').click();
    await page.locator('details.legend summary').click();
    await page.waitForTimeout(700);
    const legendHits = await page.evaluate(() => {
      const cy = window.__tsunagari!.cy;
      const canvas = document.querySelector('.graph-canvas')!.getBoundingClientRect();
      const box = document.querySelector('details.legend')!.getBoundingClientRect();
      return cy.nodes().filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return (
          b.x1 + canvas.left < box.right &&
          box.left < b.x2 + canvas.left &&
          b.y1 + canvas.top < box.bottom &&
          box.top < b.y2 + canvas.top
        );
      }).length;
    });
    expect(legendHits).toBe(0);
    // In the list view the notice sits above the list, not over its header.
    await page.getByRole('button', { name: '一覧', exact: true }).click();
    await page.locator('.list-view thead').first().waitFor();
    const boxes = await page.evaluate(() => {
      const bottom = (selector: string) => document.querySelector(selector)!.getBoundingClientRect().bottom;
      return {
        toolbar: bottom('.canvas-toolbar'),
        notice: bottom('.canvas-notices .notice'),
        list: document.querySelector('.list-view')!.getBoundingClientRect().top,
        header: document.querySelector('.list-view thead')!.getBoundingClientRect().top,
      };
    });
    expect(boxes.notice).toBeGreaterThan(boxes.toolbar);
    expect(boxes.list).toBeGreaterThanOrEqual(boxes.notice);
    expect(boxes.header).toBeGreaterThan(boxes.list);
    await shoot(page, 'map-depth3-list-ja');
    await page.getByRole('button', { name: '地図', exact: true }).click();
  });

  it('shows no two names over each other, and always the centre’s', async () => {
    await page.goto(`${session.url}/?node=Person:p001&depth=2`);
    await settled(page);
    await page.waitForTimeout(300); // the label pass after the last zoom
    const result = await page.evaluate(() => {
      const cy = window.__tsunagari!.cy;
      const scale = 2 ** Math.ceil(Math.log2(cy.zoom() * (window.devicePixelRatio || 1)));
      const shown = cy
        .nodes()
        .filter(
          (n) =>
            !n.hasClass('label-hidden') &&
            n.numericStyle('font-size') * scale >= n.numericStyle('min-zoomed-font-size'),
        )
        .map((n) => ({
          id: n.id(),
          b: n.renderedBoundingBox({ includeNodes: false, includeEdges: false, includeLabels: true }),
        }));
      const clashes: string[] = [];
      for (let i = 0; i < shown.length; i++)
        for (let j = i + 1; j < shown.length; j++) {
          const [a, b] = [shown[i]!.b, shown[j]!.b];
          if (a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2)
            clashes.push(`${shown[i]!.id} / ${shown[j]!.id}`);
        }
      const hidden = cy.nodes('.label-hidden').length;
      return { clashes, shown: shown.map((s) => s.id), hidden, nodes: cy.nodes().length };
    });
    console.info(
      `labels at the default zoom: ${result.shown.length} shown, ${result.hidden} hidden of ${result.nodes}`,
    );
    expect(result.clashes).toEqual([]);
    expect(result.shown).toContain('Person:p001');
    expect(result.shown.length).toBeGreaterThan(5);
    await shoot(page, 'map-labels-ja');
  });

  it('left nothing in the browser console', () => {
    expect(session.problems).toEqual([]);
  });
});
