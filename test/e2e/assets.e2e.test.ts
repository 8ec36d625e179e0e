/**
 * The connection-assets dashboard in a real browser against the real server and the demo
 * network: choosing an organisation, figures that match the API, the people and paths behind a
 * figure opening on the map, a handover plan, the trend, the background network analysis with
 * graph overlays, and both languages. Screenshots go to screenshots/assets-*.png for review.
 */
import type { Core } from 'cytoscape';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_FIXTURES } from '../../seed/demo/index.ts';
import { startBrowserSession, type BrowserSession } from './browser-helpers.ts';
import { SCREENSHOTS, shoot } from './screenshots.ts';
import fs from 'node:fs';
import path from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- GraphQL answers are read by shape
type Answer = Record<string, any>;

declare global {
  interface Window {
    /** The dashboard's overlay graph (client/src/pages/assets/OverlayGraph.tsx). */
    __tsunagariAssets?: Core;
  }
}

const RISKS = 'risks { person { id } lostPeople lostOrganisations { id } lostSkills { id } lostNeeds { id } }';
const losesNothing = (r: Answer) =>
  r.lostPeople === 0 && r.lostOrganisations.length === 0 && r.lostSkills.length === 0 && r.lostNeeds.length === 0;

let session: BrowserSession;
let page: Page;
const ORG = DEMO_FIXTURES.npoWithNeeds;

async function api(query: string): Promise<Answer> {
  return (await session.gql(query)).data as Answer;
}

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
});

afterAll(async () => {
  await session?.stop();
});

describe('connection assets dashboard', () => {
  it('picks an organisation by search and keeps it in the URL', async () => {
    await page.goto(`${session.url}/assets?lang=ja`);
    await page.getByText('団体を選ぶと、つながり資産が表示されます。').waitFor();
    await page.getByRole('combobox', { name: '団体', exact: true }).fill('なにわフード');
    await page.getByRole('option', { name: /なにわフードシェア/ }).click();
    await page.getByTestId('assets-org').waitFor();
    expect(await page.getByTestId('assets-org').textContent()).toContain('なにわフードシェア');
    expect(new URL(page.url()).searchParams.get('org')).toBe(ORG);
    await page.getByRole('heading', { name: '属人化リスク' }).waitFor();
  });

  it('shows the same reach and coverage figures as the API, in English', async () => {
    await page.goto(`${session.url}/assets?org=${ORG}&hops=2&lang=en`);
    await page.getByTestId('risk-table').waitFor();
    const { organisationAssets: a } = await api(
      `{ organisationAssets(organisationId: "${ORG}", hops: 2) { reach { people bySector { sector people organisations } } coverage { status routes } ${RISKS} } }`,
    );
    for (const [i, h] of a.reach.entries()) {
      const text = await page.getByTestId(`reach-people-${i + 1}`).textContent();
      expect(text?.replace(/,/g, '')).toContain(String(h.people));
    }
    // The sector chart draws one bar per row of the table beside it, with the API's figures.
    const sectors = page.getByTestId('sector-table').locator('tbody tr');
    expect(await sectors.count()).toBe(a.reach[1].bySector.length);
    expect(await page.getByTestId('sector-chart').locator('.recharts-bar-rectangle').count()).toBe(
      a.reach[1].bySector.length,
    );
    for (const [i, s] of a.reach[1].bySector.entries()) {
      const cells = await sectors.nth(i).locator('td').allTextContents();
      expect(cells.map((c) => c.replace(/,/g, ''))).toEqual([String(s.people), String(s.organisations)]);
    }
    const rows = page.getByTestId('coverage-table').locator('tbody tr');
    expect(await rows.count()).toBe(a.coverage.length);
    expect(await rows.first().textContent()).toContain('kintone');
    // Sorted by routes from the header: most first, as many rows, the API's figures.
    const routesHeader = page.getByTestId('coverage-table').locator('thead th').nth(2);
    await routesHeader.getByRole('button', { name: /^Independent routes/ }).click();
    await expect.poll(() => routesHeader.getAttribute('aria-sort')).toBe('descending');
    const routes = await rows.evaluateAll((trs) =>
      trs.map((tr) =>
        Number(tr.querySelectorAll('td')[1]!.querySelector('.assets-number')!.textContent!.match(/\d+/)?.[0] ?? 0),
      ),
    );
    expect(routes).toEqual(a.coverage.map((c: Answer) => c.routes).sort((x: number, y: number) => y - x));
    await shoot(page, 'assets-dashboard-en');
  });

  it('lists the members whose departure loses something, and the others as "no loss" on request', async () => {
    const { organisationAssets: a } = await api(
      `{ organisationAssets(organisationId: "${ORG}", hops: 2) { ${RISKS} } }`,
    );
    const noLoss = a.risks.filter(losesNothing).length;
    expect(noLoss).toBeGreaterThan(0);
    expect(noLoss).toBeLessThan(a.risks.length);
    const rows = page.getByTestId('risk-table').locator('tbody tr');
    expect(await rows.count()).toBe(Math.min(15, a.risks.length - noLoss));
    expect(await page.getByTestId('risk-table').textContent()).not.toContain('No loss');
    expect(await page.getByTestId('risk-rest').textContent()).toContain(`${noLoss} other members: no loss`);
    await page.getByRole('button', { name: `Show all ${a.risks.length} members` }).click();
    await expect.poll(() => rows.count()).toBe(a.risks.length);
    const texts = await rows.allTextContents();
    expect(texts.filter((text) => text.includes('No loss: everything stays within reach'))).toHaveLength(noLoss);
    // Rows with a loss say "none" for an empty column: never a bare 0 or a dash.
    for (const row of await rows.all()) {
      for (const cell of await row.locator('td').allTextContents()) expect(cell.trim()).not.toMatch(/^(0|—|-)$/);
    }
    await page.getByRole('button', { name: 'Show only members whose departure loses something' }).click();
    await expect.poll(() => rows.count()).toBe(a.risks.length - noLoss);
  });

  it('sorts the key-person table from a column header, and back to the ranking', async () => {
    await page.goto(`${session.url}/assets?org=${ORG}&hops=2&lang=en`);
    const table = page.getByTestId('risk-table');
    await table.waitFor();
    const names = () => table.locator('tbody th').allTextContents();
    const lost = () =>
      table.evaluate((t) =>
        [...t.querySelectorAll('tbody tr')].map((tr) =>
          Number(tr.querySelectorAll('td')[1]?.querySelector('.assets-number')?.textContent?.replace(/,/g, '') ?? 0),
        ),
      );
    const ranked = await names();
    const rankedLost = await lost();
    expect(ranked.length).toBeGreaterThan(2);
    const header = table.locator('thead th').nth(2);
    const button = header.getByRole('button', { name: /People lost/ });
    expect(await header.getAttribute('aria-sort')).toBe('none');
    await button.focus();
    await page.keyboard.press('Enter'); // counts sort largest first
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    const descending = await lost();
    expect(descending).toEqual([...rankedLost].sort((a, b) => b - a));
    await button.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('ascending');
    expect(await lost()).toEqual([...rankedLost].sort((a, b) => a - b));
    expect(await names()).not.toEqual(ranked);
    await button.click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('none');
    expect(await names()).toEqual(ranked);
  });

  it('lists the people behind a figure with their paths, and opens one on the map', async () => {
    await page.getByTestId('reach-people-2').click();
    const list = page.getByTestId('reach-people');
    await list.waitFor();
    const first = list.locator('li').first();
    expect(await first.locator('.assets-path button').count()).toBeGreaterThanOrEqual(2);
    const name = await first.locator('button').first().textContent();
    await first.locator('button').first().click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(new URL(page.url()).searchParams.get('node')).toMatch(/^Person:/);
    await page.locator('.details').getByText(name!).first().waitFor();
  });

  it('shows a handover plan for the top key person', async () => {
    await page.goto(`${session.url}/assets?org=${ORG}&hops=2&lang=en`);
    await page.getByTestId('risk-table').waitFor();
    await page
      .getByTestId('risk-table')
      .getByRole('button', { name: /Handover plan for/ })
      .first()
      .click();
    const panel = page.getByTestId('handover');
    await panel.getByText(/people would be lost/).waitFor();
    expect(await panel.textContent()).toMatch(/No smaller plan exists|Found greedily/);
    expect(await panel.locator('.assets-intros li').count()).toBeGreaterThan(0);
  });

  it('shows the trend as a chart and a table of five dates', async () => {
    const table = page.getByTestId('trend-table');
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(5);
    // recharts' SVG: one line of five points per hop count, drawn from the table's figures.
    const chart = page.getByTestId('trend-chart');
    expect(await chart.locator('svg.recharts-surface .recharts-line').count()).toBe(3);
    const figures = await table
      .locator('tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].slice(1, 4).map((td) => Number(td.textContent!.replace(/,/g, ''))),
        ),
      );
    const heights = await chart
      .locator('.recharts-line-dots')
      .evaluateAll((lines) =>
        lines.map((line) => [...line.querySelectorAll('circle')].map((c) => Number(c.getAttribute('cy')))),
      );
    expect(heights.map((line) => line.length)).toEqual([5, 5, 5]);
    // A higher figure is a higher point (smaller y), across all three lines.
    const dots = heights.flatMap((line, h) => line.map((cy, i) => ({ cy, value: figures[i]![h]! })));
    for (const a of dots) for (const b of dots) if (a.value > b.value) expect(a.cy).toBeLessThan(b.cy);
    // Pointing at the last date shows that row's figures in the tooltip.
    await chart.locator('.recharts-line-dots').first().locator('circle').last().hover();
    const tooltip = chart.locator('.recharts-tooltip-wrapper');
    await tooltip.locator('.recharts-tooltip-item').first().waitFor();
    const lastRow = table.locator('tbody tr').last();
    expect(await tooltip.locator('.recharts-tooltip-label').textContent()).toBe(
      await lastRow.locator('th').textContent(),
    );
    const shown = await tooltip.locator('.recharts-tooltip-item').allTextContents();
    expect(shown.map((item) => Number(item.split(':').pop()!.replace(/,/g, '')))).toEqual(figures[4]);
    expect(shown[0]).toMatch(/^1 hop/);
  });

  it('runs the network analysis in the background and overlays it on the graph', async () => {
    await page.getByRole('button', { name: 'Analyse the network' }).click();
    await page.getByTestId('brokers-table').waitFor({ timeout: 30_000 });
    const summary = await page.getByTestId('analysis-summary').textContent();
    expect(summary).toMatch(/The network splits .*into groups/);
    expect(summary).toMatch(/modularity 0\.\d{3}/);
    expect(summary).toContain('Computed exactly');
    // Plain words first, the exact figure in small print; at most three sectors, with counts.
    const broker = page.getByTestId('brokers-table').locator('tbody tr').first();
    const cells = await broker.locator('td').allTextContents();
    expect(cells[0]).toMatch(/^on (under )?\d+% of routesbetweenness 0\.\d{3}$/);
    expect(cells[1]).toMatch(/^(low|medium|high)constraint \d\.\d{2}$/);
    expect(cells[2]).toMatch(/^[A-Z][a-z -]+ \d+(, [A-Z][a-z -]+ \d+){0,2}(, \+\d+ more)?$/);
    const groups = await page.getByTestId('communities').locator('li strong').allTextContents();
    expect(groups.length).toBeGreaterThan(1);
    expect(new Set(groups).size).toBe(groups.length);
    for (const name of groups) expect(name).toMatch(/^Group (around|in) /);
    await page.waitForFunction(() => {
      const cy = window.__tsunagariAssets;
      return !!cy && cy.nodes().some((n) => Number(n.data('size')) > 20);
    });
    const overlay = await page.evaluate(() => {
      const cy = window.__tsunagariAssets!;
      const people = cy.nodes('[kind = "PERSON"]');
      return {
        people: people.length,
        sizes: new Set(people.map((n) => Math.round(Number(n.data('size'))))).size,
        colours: new Set(people.map((n) => String(n.data('colour')))).size,
        members: cy.nodes('.member').length,
      };
    });
    expect(overlay.people).toBeGreaterThan(5);
    expect(overlay.sizes).toBeGreaterThan(2);
    expect(overlay.colours).toBeGreaterThan(1);
    expect(overlay.members).toBeGreaterThan(0);
    // Names on the graph follow the page's language, as in the risk table (every member shown).
    await page.getByRole('button', { name: /^Show all \d+ members$/ }).click();
    const memberLabels = await page.evaluate(() =>
      window.__tsunagariAssets!.nodes('.member').map((n) => String(n.data('label'))),
    );
    const riskNames = await page.getByTestId('risk-table').locator('tbody th').allTextContents();
    expect(memberLabels.sort()).toEqual(riskNames.map((n) => n.trim()).sort());
    const sizes = () =>
      page.evaluate(() =>
        window
          .__tsunagariAssets!.nodes('[kind = "PERSON"]')
          .map((n) => `${n.id()}=${Math.round(Number(n.data('size')))}`),
      );
    const byBetweenness = await sizes();
    await page.getByRole('combobox', { name: /^Size nodes by/ }).selectOption('effectiveSize');
    await page.waitForFunction((before) => {
      const now = window
        .__tsunagariAssets!.nodes('[kind = "PERSON"]')
        .map((n) => `${n.id()}=${Math.round(Number(n.data('size')))}`);
      return now.join() !== before.join();
    }, byBetweenness);
    await shoot(page, 'assets-network-en');
  });

  it('reads in Japanese, and leaves no console problems', async () => {
    await page.goto(`${session.url}/assets?org=${ORG}&hops=1&lang=ja`);
    await page.getByRole('heading', { name: 'ニーズの充足' }).waitFor();
    await page.getByRole('heading', { name: 'リーチ' }).waitFor();
    const hops = page.getByRole('group', { name: '範囲' });
    expect(await hops.getByRole('button', { pressed: true }).textContent()).toBe('1ステップ以内');
    await hops.getByRole('button', { name: '3ステップ以内' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('hops')).toBe('3');
    await page.getByRole('heading', { name: 'セクター別（3ステップ以内）' }).waitFor();
    expect(await hops.getByRole('button', { pressed: true }).textContent()).toBe('3ステップ以内');
    const { organisationAssets: a } = await api(
      `{ organisationAssets(organisationId: "${ORG}", hops: 3) { ${RISKS} } }`,
    );
    expect(a.risks.every(losesNothing)).toBe(true);
    await page.getByText('どのメンバーが抜けても、3ステップ以内で失うものはありません。').waitFor();
    expect(await page.getByTestId('risk-table').count()).toBe(0);
    await page.getByRole('button', { name: `全${a.risks.length}名を表示` }).click();
    expect(await page.getByTestId('risk-table').locator('tbody tr').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('失うものなし')]),
    );
    // The analysis run above is shown in Japanese, in plain words, each term explained on demand.
    const brokers = page.getByTestId('brokers-table');
    await brokers.waitFor();
    expect(await brokers.locator('tbody tr td').first().textContent()).toMatch(
      /^経路の(\d+%|1%未満)が通る媒介中心性 0\.\d{3}$/,
    );
    const groups = await page.getByTestId('communities').locator('li strong').allTextContents();
    for (const name of groups) expect(name).toMatch(/のグループ/);
    expect(groups.join()).not.toMatch(/コミュニティ/);
    const what = brokers.getByRole('button', { name: '「離れたグループをつなぐ」とは' });
    await what.focus();
    await page.keyboard.press('Enter');
    expect(await what.getAttribute('aria-expanded')).toBe('true');
    expect(await brokers.getByRole('status').first().textContent()).toContain('媒介中心性（betweenness centrality）');
    await page.keyboard.press('Escape');
    expect(await what.getAttribute('aria-expanded')).toBe('false');
    await shoot(page, 'assets-dashboard-ja');
    expect(session.problems).toEqual([]);
  });

  it.each([
    { width: 1440, height: 900 },
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ])('screenshots every section at $width×$height in both languages', async (viewport) => {
    await page.setViewportSize(viewport);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    for (const lang of ['ja', 'en'] as const) {
      await page.goto(`${session.url}/assets?org=${ORG}&hops=2&lang=${lang}`);
      await page.getByTestId('risk-table').waitFor();
      await page.getByTestId('trend-table').waitFor();
      const name = (part: string) => path.join(SCREENSHOTS, `assets-${part}-${lang}-${viewport.width}.png`);
      await page.screenshot({ path: name('top') });
      await page.getByTestId('reach-people-2').click();
      await page.getByTestId('reach-people').waitFor();
      await page.getByTestId('risk-table').locator('tbody button.button').first().click();
      await page.getByTestId('handover').locator('.assets-intros').waitFor();
      await page.waitForFunction(() => (window.__tsunagariAssets?.nodes().length ?? 0) > 5);
      await page.locator('section[aria-labelledby="assets-network-title"] .assets-job button').click();
      await page.getByTestId('brokers-table').waitFor({ timeout: 30_000 });
      await page.waitForTimeout(300);
      // The page scrolls inside its own box: a tall window shows every card whole, at this width.
      await page.setViewportSize({ width: viewport.width, height: 6000 });
      await page.evaluate(() => {
        for (let el = document.querySelector('.assets-page'); el; el = el.parentElement) el.scrollTop = 0;
      });
      await page.waitForTimeout(300);
      const cards = page.locator('.assets-card');
      for (let i = 0; i < (await cards.count()); i++) {
        const box = (await cards.nth(i).boundingBox())!;
        await page.screenshot({ path: name(`card${i + 1}`), clip: box });
      }
      await page.setViewportSize(viewport);
    }
  });
});
