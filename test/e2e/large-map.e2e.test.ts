/**
 * Large maps are laid out off the main thread (client/src/graph/off-thread-layout.ts): a graph of
 * 1,000 nodes handed to the explorer through its benchmark hook is laid out by the layout worker,
 * the page keeps painting frames while the worker computes, the nodes are drawn in place before
 * their links and every link follows, the nodes end up spread out (not piled where they were
 * added), and the same graph gives the same positions in two fresh windows.
 * A behaviour check, not a timing target (speed is measured by `npm run bench:browser`).
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syntheticGraph } from '../../bench/synthetic-graph.ts';
import { startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;
const graph = syntheticGraph(1000, 3000);

beforeAll(async () => {
  session = await startBrowserSession();
}, 180_000);

afterAll(async () => {
  await session?.stop();
});

interface Drawn {
  layoutBy: string | undefined;
  workerLayouts: number;
  /** Animation frames the page painted between handing over the graph and the nodes in place. */
  frames: number;
  /** Links on the canvas when the nodes stood in place, and once the drawing was complete. */
  linksWithNodes: number;
  links: number;
  positions: Record<string, { x: number; y: number }>;
}

/** Opens the explorer, hands it the large graph and waits for the nodes to be in place. */
async function drawLarge(page: Page): Promise<Drawn> {
  await page.goto(`${session.url}/?node=Person:p001&depth=1`);
  await waitForGraph(page);
  await page.waitForFunction(() => typeof window.__tsunagariInject === 'function');
  return page.evaluate(async (g) => {
    let frames = 0;
    let counting = true;
    const tick = () => {
      frames += 1;
      if (counting) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    window.__tsunagariInject!(g);
    // The large-graph drawing is a new canvas (a new hook object): wait for it and its layout.
    await new Promise<void>((resolve) => {
      const check = () => {
        const hook = window.__tsunagari;
        if (hook?.large && hook.cy.nodes().length >= g.nodes.length && hook.layoutMs != null) resolve();
        else setTimeout(check, 20);
      };
      check();
    });
    counting = false;
    const hook = window.__tsunagari!;
    const linksWithNodes = hook.cy.edges().length;
    // Drawn progressively: the links follow the nodes a frame or more later.
    await new Promise<void>((resolve) => {
      const check = () => (window.__tsunagari?.linksPending ? setTimeout(check, 20) : resolve());
      check();
    });
    return {
      layoutBy: hook.layoutBy,
      workerLayouts: hook.workerLayouts ?? 0,
      frames,
      linksWithNodes,
      links: hook.cy.edges().length,
      positions: Object.fromEntries(hook.cy.nodes().map((n) => [n.id(), { ...n.position() }])),
    };
  }, graph);
}

describe('large maps', () => {
  it('lays out 1,000 nodes in the layout worker while the page keeps painting, the same way twice', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await session.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const first = await drawLarge(await context.newPage());
      console.info(
        `1,000 nodes: laid out by the ${first.layoutBy}, ${first.frames} frames painted meanwhile (workerLayouts ${first.workerLayouts})`,
      );
      expect(first.layoutBy).toBe('worker');
      expect(first.workerLayouts).toBeGreaterThanOrEqual(1);
      // A layout on the main thread paints no frame until it is done (fcose runs synchronously).
      expect(first.frames).toBeGreaterThan(2);

      // The nodes were painted in place before any link, and then every link came.
      expect(first.linksWithNodes).toBe(0);
      const keys = new Set(graph.nodes.map((n) => n.key));
      expect(first.links).toBe(graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)).length);
      expect(first.links).toBeGreaterThan(2000);

      const points = Object.values(first.positions);
      expect(points).toHaveLength(graph.nodes.length);
      const distinct = new Set(points.map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`));
      // Not piled where they were added: fcose's draft (spectral) placement puts a few nodes with
      // the same neighbours on one spot, but most stand apart.
      expect(distinct.size).toBeGreaterThan(graph.nodes.length / 2);

      const second = await drawLarge(await other.newPage());
      expect(second.layoutBy).toBe('worker');
      const largest = Math.max(
        ...Object.entries(first.positions).map(([id, p]) =>
          Math.hypot(p.x - second.positions[id]!.x, p.y - second.positions[id]!.y),
        ),
      );
      console.info(`1,000 nodes twice: largest difference ${largest} px`);
      expect(largest).toBeLessThan(1);
    } finally {
      await context.close();
      await other.close();
    }
  });

  it('lists 1,000 nodes and 3,000 links drawing only the rows in view, sorted over all of them', async () => {
    const context = await session.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      const page = await context.newPage();
      await drawLarge(page);
      await page.getByRole('button', { name: '一覧', exact: true }).click();
      const box = page.locator('.list-view');
      const nodes = box.locator('table').nth(0);
      const links = box.locator('table').nth(1);
      await nodes.locator('tbody tr[aria-rowindex]').first().waitFor();
      expect(await nodes.getAttribute('aria-rowcount')).toBe(String(graph.nodes.length + 1));
      expect(await links.getAttribute('aria-rowcount')).toBe(String(graph.edges.length + 1));
      const drawn = await nodes.locator('tbody tr[aria-rowindex]').count();
      expect(drawn).toBeGreaterThan(5);
      expect(drawn).toBeLessThan(100);
      // Scrolled to the end of the node table, its last row is drawn (and the first no longer is).
      await box.evaluate((el) => {
        const table = el.querySelector('table')!;
        el.scrollTop = table.offsetTop + table.offsetHeight - el.clientHeight;
      });
      await nodes.locator(`tbody tr[aria-rowindex="${graph.nodes.length + 1}"]`).waitFor();
      expect(await nodes.locator('tbody tr[aria-rowindex="2"]').count()).toBe(0);
      await box.evaluate((el) => void (el.scrollTop = el.scrollHeight));
      await links.locator(`tbody tr[aria-rowindex="${graph.edges.length + 1}"]`).waitFor();
      // Sorting orders all 1,000 rows, not just the drawn ones: the most linked node comes first.
      const degree = new Map<string, number>();
      for (const e of graph.edges) {
        degree.set(e.source, (degree.get(e.source) ?? 0) + 1);
        degree.set(e.target, (degree.get(e.target) ?? 0) + 1);
      }
      await box.evaluate((el) => void (el.scrollTop = 0));
      await page.getByRole('button', { name: /つながり数/ }).click();
      await expect
        .poll(() => nodes.locator('tbody tr[aria-rowindex="2"] td:nth-child(4)').textContent())
        .toBe(String(Math.max(...degree.values())));
      expect(await nodes.locator('thead th').nth(3).getAttribute('aria-sort')).toBe('descending');
    } finally {
      await context.close();
    }
  });
});
