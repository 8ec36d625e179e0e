/**
 * The explorer in a real browser against the real server and the demo network: search, draw,
 * select, switch language, and restore the view from the URL. Screenshots go to /tmp for review.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startServer, type Running } from '../../server/boot.ts';
import { loadConfig, repoRoot } from '../../server/config.ts';
import { testDb, wipe } from '../helpers/db.ts';
// Declares window.__tsunagari, the explorer's test hook.
import type {} from '../../client/src/types/globals.d.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const BROWSER_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

let server: Running;
let browser: Browser;
let page: Page;
const browserProblems: string[] = [];

/** Newest modification time under a folder (the client sources). */
function newest(dir: string): number {
  return fs.readdirSync(dir, { withFileTypes: true }).reduce((latest, entry) => {
    const full = path.join(dir, entry.name);
    return Math.max(latest, entry.isDirectory() ? newest(full) : fs.statSync(full).mtimeMs);
  }, 0);
}

/** Builds the client when there is no build, or the sources changed since the last one. */
function ensureClientBuild(): void {
  const built = path.join(repoRoot, 'dist', 'client', 'index.html');
  const sources = Math.max(newest(path.join(repoRoot, 'client')), 0);
  if (fs.existsSync(built) && fs.statSync(built).mtimeMs >= sources) return;
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js'),
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'error',
    ],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

const nodeCount = () => page.evaluate(() => window.__tsunagari?.cy.nodes().length ?? 0);
const waitForGraph = () =>
  page.waitForFunction(() => (window.__tsunagari?.cy.nodes().length ?? 0) > 1, undefined, { timeout: 15_000 });
const detailsTitle = () => page.locator('aside.details h2');

beforeAll(async () => {
  if (!fs.existsSync(CHROMIUM))
    throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)`);
  const target = inject('neo4j');
  const db = await testDb();
  await wipe(db);
  await db.close();
  ensureClientBuild();
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: target.uri,
    NEO4J_USER: target.user,
    NEO4J_PASSWORD: target.password,
    TSUNAGARI_DEMO_DATA: 'auto',
  });
  // PORT=0 (any free port) is refused by the config schema (min 1), so it is set after parsing.
  server = await startServer({ ...config, PORT: 0 });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' });
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      browserProblems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => browserProblems.push(`page error: ${error.message}`));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('explorer shell', () => {
  it('opens in Japanese with a welcome and the network size', async () => {
    await page.goto(server.url);
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
    await waitForGraph();
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
    await waitForGraph();
    expect(page.url()).toBe(url);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByRole('button', { name: '2', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await nodeCount()).toBeGreaterThan(40);
    // Back returned to Tanaka Hanako's network with her organisation selected, as it was then.
    expect(url).toContain('node=Person:p001');
    expect(url).toContain('sel=Organisation:o01');
    await expect.poll(() => detailsTitle().innerText()).toBe('Kodomo Gohan Net Tokyo');
    expect(await page.evaluate(() => window.__tsunagari?.cy.$(':selected').id())).toBe('Organisation:o01');
  });

  it('left nothing in the browser console', () => {
    expect(browserProblems).toEqual([]);
  });
});
