/**
 * Exports from the explorer in a real browser: the picture of the map (PNG, SVG) and the shown
 * subgraph as data (nodes and links as CSV, everything as JSON), each checked against what the
 * canvas draws, filters included.
 */
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeCount, startBrowserSession, waitForGraph, type BrowserSession } from './browser-helpers.ts';

let session: BrowserSession;
let page: Page;

/** Chooses an export and returns the downloaded file's name and bytes. */
async function exportAs(item: RegExp): Promise<{ name: string; bytes: Buffer }> {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('menuitem', { name: item }).click(),
  ]);
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file) };
}

const csvRows = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

beforeAll(async () => {
  session = await startBrowserSession();
  page = session.page;
  await page.goto(`${session.url}/?node=Person:p001&lang=en`);
  await waitForGraph(page);
  await page.waitForFunction(() => window.__tsunagari?.layoutMs != null);
  await page.waitForTimeout(800);
});

afterAll(async () => {
  await session?.stop();
});

describe('export', () => {
  it('saves the map as a PNG picture', async () => {
    const { name, bytes } = await exportAs(/PNG/);
    expect(name).toMatch(/^tsunagari-Person_p001-\d{4}-\d{2}-\d{2}\.png$/);
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(bytes.length).toBeGreaterThan(20_000);
    // Twice the drawing's size, so it prints sharply: wider than the 1440-px window's map.
    expect(bytes.readUInt32BE(16)).toBeGreaterThan(1000);
  });

  it('saves the map as an SVG drawing with the names in it', async () => {
    const { name, bytes } = await exportAs(/SVG/);
    expect(name).toMatch(/\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg).toMatch(/<svg[\s>]/);
    expect(svg).toContain('Tanaka Hanako');
  });

  it('saves the shown items and links as CSV files that match the map', async () => {
    const nodes = await exportAs(/Items shown/);
    expect(nodes.name).toMatch(/-nodes-.*\.csv$/);
    expect(nodes.bytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM for Excel
    const rows = csvRows(nodes.bytes);
    expect(rows[0]).toBe('key,id,kind,label,name,alt_name,sector,hops');
    expect(rows.length - 1).toBe(await nodeCount(page));
    expect(rows).toContain('Person:p001,p001,PERSON,Tanaka Hanako,田中 花子,Tanaka Hanako,,0');
    const links = csvRows((await exportAs(/Links shown/)).bytes);
    expect(links[0]).toBe('source,target,type,strength,last_contact,level,priority,role');
    expect(links.length - 1).toBe(await page.evaluate(() => window.__tsunagari!.cy.edges().length));
  });

  it('saves the shown subgraph and the view as JSON, filters applied', async () => {
    await page.getByRole('button', { name: /^Filters/ }).click();
    await page.locator('#filter-panel').getByRole('checkbox', { name: /Skill/ }).uncheck();
    await page.waitForURL(/kinds=/);
    const json = JSON.parse((await exportAs(/JSON/)).bytes.toString('utf8')) as {
      format: string;
      view: { centre: string; filters: { kinds: string[] } };
      nodes: { key: string; kind: string }[];
      edges: { source: string; target: string }[];
    };
    expect(json.format).toBe('tsunagari-subgraph');
    expect(json.view.centre).toBe('Person:p001');
    expect(json.view.filters.kinds).toEqual(['PERSON', 'ORGANISATION', 'PROJECT']);
    expect(json.nodes.length).toBe(await nodeCount(page));
    expect(json.nodes.some((n) => n.kind === 'SKILL')).toBe(false);
    const keys = new Set(json.nodes.map((n) => n.key));
    expect(json.edges.every((e) => keys.has(e.source) && keys.has(e.target))).toBe(true);
  });

  it('left nothing in the browser console', () => {
    expect(session.problems).toEqual([]);
  });
});
