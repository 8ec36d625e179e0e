/**
 * What every browser test needs: the client built from the current sources, the real server on a
 * free port over the throwaway Neo4j (wiped, then the demo network loaded), Debian's Chromium
 * with one page, and a record of whatever the page wrote to its console.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { cookieNames } from '../../server/auth/routes.ts';
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

export interface BrowserSession {
  /** The explorer's address, e.g. http://127.0.0.1:41234 */
  url: string;
  page: Page;
  /** Console errors and warnings and uncaught page errors, in order; a clean run leaves none. */
  problems: string[];
  /**
   * Another browser window of the same browser: signed in like `page`, or as the account of
   * `as` (an e-mail; a person's contact address signs in as that person), or not (`signedIn: false`).
   */
  newContext(options?: ContextOptions): Promise<BrowserContext>;
  /** The GraphQL API as this browser's account sees it (from the test, not the page). */
  gql(query: string, variables?: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }>; // eslint-disable-line @typescript-eslint/no-explicit-any
  stop(): Promise<void>;
}

type ContextOptions = BrowserContextOptions & { signedIn?: boolean; as?: string };

export interface BrowserOptions {
  /** Signed in as the instance administrator (default), or signed out (false). */
  signedIn?: boolean;
  /** Extra settings for the server (e.g. SMTP_URL). */
  env?: Record<string, string>;
}

/**
 * Call from `beforeAll`: the demo network in a fresh database, served and open in Chromium — by
 * default signed in as the administrator (a session made in the database, set as the cookie).
 */
export async function startBrowserSession(options: BrowserOptions = {}): Promise<BrowserSession> {
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
    ...options.env,
  });
  // PORT=0 (any free port) is refused by the config schema (min 1), so it is set after parsing.
  const server: Running = await startServer({ ...config, PORT: 0 });
  let browser: Browser;
  try {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: BROWSER_ARGS });
  } catch (error) {
    await server.stop();
    throw error;
  }
  const account = options.signedIn === false ? null : await server.auth.sessionFor('admin@tests.example.org', true);
  const cookie = account === null ? null : { name: cookieNames(false).session, value: account, url: server.url };
  const newContext = async ({ signedIn, as, ...contextOptions }: ContextOptions = {}) => {
    const context = await browser.newContext(contextOptions);
    // Anything the Content-Security-Policy blocks becomes a console error, so every test that
    // asserts a clean console also asserts zero CSP violations.
    await context.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    const value = as === undefined ? cookie?.value : await server.auth.sessionFor(as);
    if (value !== undefined && signedIn !== false)
      await context.addCookies([{ name: cookieNames(false).session, value, url: server.url }]);
    return context;
  };
  const page = await (await newContext({ viewport: { width: 1440, height: 900 }, locale: 'ja-JP' })).newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return {
    url: server.url,
    page,
    problems,
    newContext,
    async gql(query, variables = {}) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(cookie ? { cookie: `${cookie.name}=${cookie.value}` } : {}),
        },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as { data?: unknown; errors?: unknown[] };
    },
    async stop() {
      await browser.close();
      await server.stop();
    },
  };
}

/** How many nodes the canvas draws. */
export const nodeCount = (page: Page): Promise<number> =>
  page.evaluate(() => window.__tsunagari?.cy.nodes().length ?? 0);

/** Resolves once the canvas draws more than the centre alone. */
export const waitForGraph = async (page: Page): Promise<void> => {
  await page.waitForFunction(() => (window.__tsunagari?.cy.nodes().length ?? 0) > 1, undefined, { timeout: 15_000 });
};
