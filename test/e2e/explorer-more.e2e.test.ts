/**
 * The explorer past its first page, in a real browser against the real server: "show more" in
 * the details panel and the edit dialog, the organisation filter on an organisation of more
 * than 100 members, the map making room for the filter panel, and arrow keys on the map.
 * The large organisation is created through the GraphQL API, beside the demo network.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';
import { shoot } from './screenshots.ts';

/** The server shares two cores with other test runs: give answers time to arrive. */
const poll = <T>(read: () => Promise<T> | T) => expect.poll(read, { timeout: 20_000, interval: 100 });

let session: BrowserSession;
let page: Page;

const MEMBERS = 130;
const OUTSIDERS = 8;
const memberId = (i: number) => `bigm${String(i).padStart(3, '0')}`;

async function gql(query: string): Promise<void> {
  const body = await session.gql(query);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
}

/** hub knows 130 members of "big" and 8 people who are not members. */
async function createLargeOrganisation(): Promise<void> {
  const lines = [
    'hub: createPerson(input: { id: "bighub", name: "大輪 中心" }) { id }',
    'big: createOrganisation(input: { id: "bigorg", name: "大きな市民会議", sector: NPO }) { id }',
  ];
  for (let i = 0; i < MEMBERS; i++) {
    const id = memberId(i);
    lines.push(`p${id}: createPerson(input: { id: "${id}", name: "会員 ${String(i).padStart(3, '0')}" }) { id }`);
    lines.push(`m${id}: createMembership(input: { personId: "${id}", organisationId: "bigorg" }) { role }`);
    lines.push(`t${id}: createTie(input: { personId: "bighub", otherPersonId: "${id}", strength: 3 }) { strength }`);
  }
  for (let i = 0; i < OUTSIDERS; i++) {
    lines.push(`o${i}: createPerson(input: { id: "bigout${i}", name: "外部 ${i}" }) { id }`);
    lines.push(
      `u${i}: createTie(input: { personId: "bighub", otherPersonId: "bigout${i}", strength: 3 }) { strength }`,
    );
  }
  // In chunks: the API caps a document at 5,000 tokens.
  for (let i = 0; i < lines.length; i += 60) await gql(`mutation { ${lines.slice(i, i + 60).join('\n')} }`);
}

const people = () =>
  page.evaluate(() =>
    window
      .__tsunagari!.cy.nodes('[kind = "PERSON"]')
      .map((n) => n.id())
      .filter((k) => k !== 'Person:bighub'),
  );
const settled = async () => {
  await page.waitForFunction(() => (window.__tsunagari?.layoutMs ?? null) !== null);
  await page.waitForTimeout(900);
};

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  await page.setViewportSize({ width: 1280, height: 720 });
  await createLargeOrganisation();
}, 120_000);

afterAll(async () => {
  await session?.stop();
});

describe('explorer beyond the first page', () => {
  it('filters by an organisation of more than 100 members, keeping every member and no one else', async () => {
    await page.goto(`${session.url}/?node=Person:bighub&limit=1000`);
    await waitForGraph(page);
    await poll(async () => (await people()).length).toBe(MEMBERS + OUTSIDERS);
    await page.goto(`${session.url}/?node=Person:bighub&limit=1000&org=bigorg`);
    await poll(async () => (await people()).length).toBe(MEMBERS);
    const shown = await people();
    expect(shown).toContain(`Person:${memberId(MEMBERS - 1)}`);
    expect(shown.some((k) => k.startsWith('Person:bigout'))).toBe(false);
    expect(await page.locator('.filter-panel').innerText()).toContain('大きな市民会議');
  });

  it('lays the map out beside the open filter panel, not under it', async () => {
    await settled();
    const panelRight = await page.evaluate(() => {
      const panel = document.querySelector('.filter-panel')!.getBoundingClientRect();
      const canvas = document.querySelector('.graph-canvas')!.getBoundingClientRect();
      return panel.right - canvas.left;
    });
    expect(panelRight).toBeGreaterThan(200);
    const leftmost = await page.evaluate(() =>
      Math.min(...window.__tsunagari!.cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }).x1)),
    );
    expect(leftmost).toBeGreaterThan(panelRight);
    await shoot(page, 'filter-panel-room-ja');
    // "Fit" keeps to the free part too, after the reader panned nodes under the panel.
    await page.evaluate(() => window.__tsunagari!.cy.panBy({ x: -400, y: 0 }));
    await page.getByRole('button', { name: '全体を表示' }).click();
    await page.waitForTimeout(600);
    const afterFit = await page.evaluate(() =>
      Math.min(...window.__tsunagari!.cy.nodes().map((n) => n.renderedBoundingBox({ includeLabels: false }).x1)),
    );
    expect(afterFit).toBeGreaterThan(panelRight);
  });

  it('shows more of a long list in the details panel, page by page, from the keyboard', async () => {
    await page.goto(`${session.url}/?node=Person:bighub&sel=Organisation:bigorg`);
    const members = page
      .locator('aside.details section.details-section')
      .filter({ has: page.locator('h3', { hasText: 'メンバー' }) });
    const items = members.locator('ul.details-list > li');
    await poll(() => items.count()).toBe(30);
    const more = members.getByRole('button', { name: 'さらに表示（残り 100 件）' });
    await more.focus();
    await page.keyboard.press('Enter');
    await poll(() => items.count()).toBe(80);
    await shoot(page, 'details-show-more-ja');
    // The first new item has the keyboard, and nothing was loaded twice.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(await items.nth(30).innerText());
    const names = await items.allInnerTexts();
    expect(new Set(names).size).toBe(80);
    await members.getByRole('button', { name: 'さらに表示（残り 50 件）' }).click();
    await poll(() => items.count()).toBe(MEMBERS);
    expect(await members.getByRole('button', { name: /さらに表示/ }).count()).toBe(0);
    expect(new Set(await items.allInnerTexts()).size).toBe(MEMBERS);
    expect(await items.last().innerText()).toContain('会員 129');
  });

  it('shows more in the edit dialog’s connections', async () => {
    await page.locator('aside.details').getByRole('button', { name: '編集' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('tab', { name: 'つながり' }).click();
    const rows = dialog.locator('#edit-rows-membership > li');
    await poll(() => rows.count()).toBe(100);
    await dialog.getByRole('button', { name: 'さらに表示（残り 30 件）' }).click();
    await poll(() => rows.count()).toBe(MEMBERS);
    expect(await dialog.getByRole('button', { name: /さらに表示/ }).count()).toBe(0);
    await page.keyboard.press('Escape');
    await poll(() => dialog.count()).toBe(0);
  });

  it('moves the selection between nodes with the arrow keys and says where it went', async () => {
    await page.goto(`${session.url}/?node=Person:p001`);
    await waitForGraph(page);
    await settled();
    const canvas = page.locator('.graph-canvas');
    await canvas.focus();
    expect(await canvas.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
    const announcer = page.locator('.canvas-announcer');
    const pos = (key: string) => page.evaluate((k) => window.__tsunagari!.cy.getElementById(k).position(), key);
    const selected = () => page.evaluate(() => window.__tsunagari!.cy.nodes(':selected').map((n) => n.id())[0] ?? null);
    // The centre starts selected.
    await poll(selected).toBe('Person:p001');
    for (const [key, axis, sign] of [
      ['ArrowRight', 'x', 1],
      ['ArrowLeft', 'x', -1],
      ['ArrowDown', 'y', 1],
    ] as const) {
      const before = (await selected())!;
      const from = await pos(before);
      const hasTarget = await page.evaluate(
        ([k, a, s]) => {
          const cy = window.__tsunagari!.cy;
          const f = cy.getElementById(k).position();
          return cy
            .nodes()
            .map((n) => ({ id: n.id(), at: n.position() }))
            .some((n) => n.id !== k && (n.at[a] - f[a]) * s > 0);
        },
        [before, axis, sign] as const,
      );
      if (!hasTarget) continue;
      await page.keyboard.press(key);
      await poll(selected).not.toBe(before);
      const now = (await selected())!;
      expect(((await pos(now))[axis] - from[axis]) * sign).toBeGreaterThan(0);
      // The selection is the URL's (the centre, the default, is left out).
      expect(new URL(page.url()).searchParams.get('sel') ?? 'Person:p001').toBe(now);
      const label = await page.evaluate((k) => String(window.__tsunagari!.cy.getElementById(k).data('label')), now);
      await poll(() => announcer.innerText()).toContain(label.split('\n')[0]!);
      expect(await announcer.getAttribute('aria-live')).toBe('polite');
      // The keyboard stays on the map.
      expect(await page.evaluate(() => document.activeElement?.classList.contains('graph-canvas'))).toBe(true);
    }
    expect(await page.locator('.statusbar-help').innerText()).toContain('矢印キー');
  });

  it('says it all in English too', async () => {
    await page.goto(`${session.url}/?node=Person:bighub&sel=Organisation:bigorg&org=bigorg&limit=1000&lang=en`);
    const details = page.locator('aside.details');
    await poll(() => details.getByRole('button', { name: 'Show more (100 left)' }).count()).toBe(1);
    await poll(async () => (await people()).length).toBe(MEMBERS);
    expect(await page.locator('.statusbar-help').innerText()).toContain('arrow keys move between nodes');
    await settled();
    await shoot(page, 'explorer-more-en');
  });

  it('left the console clean', () => {
    expect(session.problems).toEqual([]);
  });
});
