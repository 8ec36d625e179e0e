/**
 * `npm run bench:browser [-- --nodes 5000 --edges 20000 --runs 1]`: how the explorer copes with a
 * large graph on screen, in Debian's Chromium (headless, software GL as in CI). Serves the built
 * client, hands it a synthetic graph through its benchmark hook (window.__tsunagariInject) and
 * measures, with the WebGL renderer and with the canvas one, and for the default (fcose) and the
 * large-graph (euler) layouts: time to first drawn frame, layout time, and frame times while
 * panning. Then the peer: Sigma.js (WebGL, graphology; bench/sigma) draws the same graph at the
 * positions the explorer's last run gave it, in the same Chromium, timed and panned the same way
 * (`--no-sigma` skips it; `--profile PREFIX` writes the page's CPU profile of each first frame). Prints a Markdown table and the ratios for docs/benchmarks.md. Never a
 * test: timings depend on the machine.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from 'playwright-core';
import { repoRoot } from '../server/config.ts';
import { syntheticGraph } from './synthetic-graph.ts';
import type {} from '../client/src/types/globals.d.ts';
import type {} from './sigma/main.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = path.join(repoRoot, 'dist', 'client');
const SIGMA_DIST = path.join(repoRoot, 'dist', 'bench-sigma');
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

function build(): void {
  // The Sigma.js peer page (bench/sigma) is small: always built, so it matches the installed sigma.
  execFileSync(
    process.execPath,
    [path.join(repoRoot, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'bench/sigma/vite.config.ts'],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
  if (fs.existsSync(path.join(DIST, 'index.html')) && !process.argv.includes('--build')) return;
  execFileSync(
    process.execPath,
    [
      path.join(repoRoot, 'node_modules/vite/bin/vite.js'),
      'build',
      '--config',
      'client/vite.config.ts',
      '--logLevel',
      'error',
    ],
    {
      cwd: repoRoot,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    },
  );
}

/** The built client, and a /graphql that answers every question with "unavailable". */
function serve(): Promise<http.Server> {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname === '/auth/options') {
      // The read-only public demo: the explorer opens without signing in.
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ oidc: null, publicDemo: true }));
      return;
    }
    if (url.pathname === '/graphql') {
      let body = '';
      req.on('data', (chunk: Buffer) => (body += chunk.toString()));
      req.on('end', () => {
        const me = /"operationName"\s*:\s*"Me"/.test(body);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify(
            me
              ? { data: { me: null } }
              : { errors: [{ message: 'benchmark: no API', extensions: { code: 'UNAVAILABLE' } }] },
          ),
        );
      });
      return;
    }
    const sigma = url.pathname.startsWith('/bench-sigma/');
    const root = sigma ? SIGMA_DIST : DIST;
    const relative = sigma ? url.pathname.slice('/bench-sigma'.length) : url.pathname;
    const file = path.join(root, relative === '/' ? 'index.html' : path.normalize(relative));
    const found = file.startsWith(root) && fs.existsSync(file) && fs.statSync(file).isFile();
    const served = found ? file : path.join(root, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream' });
    fs.createReadStream(served).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

interface Result {
  renderer: string;
  layout: string;
  nodes: number;
  edges: number;
  firstFrameMs: number;
  /** Until every link is drawn too (a large picture's links follow its nodes: GraphCanvas). */
  completeMs: number;
  layoutMs: number;
  warmupMs: number;
  frameP50: number;
  frameP95: number;
  fps: number;
}

/** The explorer's positions from its last run: the Sigma.js page draws the graph at the same places. */
let positions: Record<string, { x: number; y: number }> = {};

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

async function measure(
  page: Page,
  base: string,
  renderer: string,
  layout: string,
  graph: ReturnType<typeof syntheticGraph>,
): Promise<Result> {
  const centre = graph.nodes[0]!.key;
  await page.goto(`${base}/?node=${centre}&layout=${layout}&renderer=${renderer}`);
  await page.waitForFunction(() => typeof window.__tsunagariInject === 'function' && window.__tsunagari !== undefined);
  const profiler = values.profile ? await startProfile(page) : null;
  const { firstFrame: firstFrameMs, complete: completeMs } = await page.evaluate(async (g) => {
    const started = performance.now();
    window.__tsunagariInject!(g);
    // Drawn once the canvas holds the nodes in their laid-out places (the layout has stopped) and
    // the browser has painted a frame after that.
    await new Promise<void>((resolve) => {
      const check = () =>
        (window.__tsunagari?.cy.nodes().length ?? 0) >= g.nodes.length && window.__tsunagari?.layoutMs != null
          ? resolve()
          : requestAnimationFrame(check);
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const firstFrame = performance.now() - started;
    // A large picture is drawn progressively: its links come a frame or more after the nodes.
    await new Promise<void>((resolve) => {
      const check = () => (window.__tsunagari?.linksPending ? requestAnimationFrame(check) : resolve());
      check();
    });
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return { firstFrame, complete: performance.now() - started };
  }, graph);
  await page.waitForFunction(() => window.__tsunagari?.layoutMs != null, undefined, { timeout: 180_000 });
  if (profiler) await profiler.stop(`${values.profile}-${renderer}-${layout}-${graph.nodes.length}.cpuprofile`);
  const { layoutMs, large, drawn, layoutBy, workerMs } = await page.evaluate(() => ({
    layoutMs: window.__tsunagari!.layoutMs!,
    large: window.__tsunagari!.large,
    drawn: window.__tsunagari!.cy.edges().length,
    layoutBy: window.__tsunagari!.layoutBy ?? 'main',
    workerMs: window.__tsunagari!.workerMs ?? null,
  }));
  if (workerMs !== null) console.error(`the worker computed for ${Math.round(workerMs)} ms of the layout`);
  positions = await page.evaluate(() =>
    Object.fromEntries(window.__tsunagari!.cy.nodes().map((n) => [n.id(), { ...n.position() }])),
  );
  if (!large) throw new Error('the page did not switch to its large-graph mode');
  await page.waitForTimeout(500);
  const frames = await page.evaluate(async () => {
    const cy = window.__tsunagari!.cy;
    cy.fit(undefined, 20); // the whole graph on screen, as after "fit to screen"
    const times: number[] = [];
    let last = performance.now();
    const end = last + 8000;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        times.push(now - last);
        last = now;
        cy.panBy({ x: Math.sin(now / 300) * 6, y: Math.cos(now / 300) * 4 });
        if (now < end) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return times.slice(1);
  });
  return {
    renderer,
    layout: `${layout} (${layoutBy === 'worker' ? 'worker' : 'main thread'})`,
    nodes: graph.nodes.length,
    edges: drawn,
    firstFrameMs,
    completeMs,
    layoutMs,
    ...frameStats(frames),
  };
}

/**
 * The page's main-thread CPU profile (Chrome DevTools Protocol) from the hand-over of the graph to
 * its first frame, written as a .cpuprofile (`--profile PREFIX`; open in DevTools, or summarise
 * with `node bench/profile-summary.ts FILE`).
 */
async function startProfile(page: Page): Promise<{ stop(file: string): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  return {
    async stop(file) {
      const { profile } = await cdp.send('Profiler.stop');
      fs.writeFileSync(file, JSON.stringify(profile));
      console.error(`CPU profile of the first frame: ${file}`);
      await cdp.detach();
    },
  };
}

/** Sigma.js (WebGL) drawing the same graph at the explorer's positions, panned the same way. */
async function measureSigma(page: Page, base: string, graph: ReturnType<typeof syntheticGraph>): Promise<Result> {
  await page.goto(`${base}/bench-sigma/`);
  await page.waitForFunction(() => typeof window.__sigmaDraw === 'function');
  const firstFrameMs = await page.evaluate(([g, at]) => window.__sigmaDraw!(g, at), [graph, positions] as const);
  const drawn = await page.evaluate(() => window.__sigma!.getGraph().size);
  await page.waitForTimeout(500);
  const frames = await page.evaluate(async () => {
    const camera = window.__sigma!.getCamera();
    const times: number[] = [];
    let last = performance.now();
    const end = last + 8000;
    await new Promise<void>((resolve) => {
      const step = (now: number) => {
        times.push(now - last);
        last = now;
        // Sigma's camera works in normalised units (the graph spans about 1): a small step per frame.
        const { x, y } = camera.getState();
        camera.setState({ x: x + Math.sin(now / 300) * 0.004, y: y + Math.cos(now / 300) * 0.003 });
        if (now < end) requestAnimationFrame(step);
        else resolve();
      };
      requestAnimationFrame(step);
    });
    return times.slice(1);
  });
  return {
    renderer: 'sigma.js (WebGL)',
    layout: 'same positions',
    nodes: graph.nodes.length,
    edges: drawn,
    firstFrameMs,
    completeMs: firstFrameMs,
    layoutMs: 0,
    ...frameStats(frames),
  };
}

function frameStats(frames: number[]): Pick<Result, 'warmupMs' | 'frameP50' | 'frameP95' | 'fps'> {
  // The first frames of a pan build the renderer's caches (element textures): report how long
  // that takes, then the steady frame times.
  let warm = frames.findIndex((_, i) => frames.slice(i, i + 10).every((f) => f < 50) && i + 10 <= frames.length);
  if (warm < 0) warm = 0;
  const warmupMs = frames.slice(0, warm).reduce((a, b) => a + b, 0);
  const steady = frames.slice(warm);
  const sorted = [...steady].sort((a, b) => a - b);
  const mean = steady.reduce((a, b) => a + b, 0) / steady.length;
  return {
    warmupMs,
    frameP50: percentile(sorted, 0.5),
    frameP95: percentile(sorted, 0.95),
    fps: 1000 / mean,
  };
}

const { values } = parseArgs({
  options: {
    nodes: { type: 'string', default: '5000' },
    edges: { type: 'string', default: '20000' },
    layouts: { type: 'string', default: 'fcose,euler' },
    renderers: { type: 'string', default: 'webgl,canvas' },
    build: { type: 'boolean', default: false },
    'no-sigma': { type: 'boolean', default: false },
    profile: { type: 'string' },
  },
});
build();
const graph = syntheticGraph(Number(values.nodes), Number(values.edges));
console.error(`synthetic graph: ${graph.nodes.length} nodes, ${graph.edges.length} edges`);
const server = await serve();
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: CHROMIUM,
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
const results: Result[] = [];
try {
  for (const layout of values.layouts.split(',')) {
    for (const renderer of values.renderers.split(',')) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      // tsx compiles the functions handed to evaluate() with esbuild's keepNames helper.
      await page.addInitScript('window.__name = (f) => f');
      results.push(await measure(page, base, renderer, layout, graph));
      console.error(JSON.stringify(results.at(-1)));
      await page.close();
    }
    if (!values['no-sigma']) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      await page.addInitScript('window.__name = (f) => f');
      results.push(await measureSigma(page, base, graph));
      console.error(JSON.stringify(results.at(-1)));
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const ms = (v: number) => `${Math.round(v).toLocaleString('en')} ms`;
console.log(
  `Chromium headless (--disable-gpu: software GL), 1280×720, ${os.cpus().length} vCPU ${os.cpus()[0]?.model ?? ''}`,
);
console.log('');
console.log(
  `load average at the end: ${os
    .loadavg()
    .map((l) => l.toFixed(1))
    .join(', ')}`,
);
console.log('');
console.log(
  '| renderer | layout | nodes | edges | first frame | all links drawn | layout | pan warm-up | frame p50 panning | frame p95 | fps |',
);
console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of results) {
  console.log(
    `| ${r.renderer} | ${r.layout} | ${r.nodes.toLocaleString('en')} | ${r.edges.toLocaleString('en')} | ${ms(r.firstFrameMs)} | ${ms(r.completeMs)} | ${ms(r.layoutMs)} | ${ms(r.warmupMs)} | ${r.frameP50.toFixed(1)} ms | ${r.frameP95.toFixed(1)} ms | ${r.fps.toFixed(0)} |`,
  );
}
// Each layout's rows are followed by the Sigma.js row drawn at that layout's positions.
console.log('');
let mine: Result[] = [];
for (const r of results) {
  if (!r.renderer.startsWith('sigma')) {
    mine.push(r);
    continue;
  }
  for (const m of mine)
    console.log(
      `- ${m.renderer} / ${m.layout}: first frame ${(m.firstFrameMs / r.firstFrameMs).toFixed(1)}× Sigma.js's (${((m.firstFrameMs - m.layoutMs) / r.firstFrameMs).toFixed(1)}× without the layout), every link drawn ${(m.completeMs / r.firstFrameMs).toFixed(1)}×, panning ${(m.fps / r.fps).toFixed(1)}× its fps`,
    );
  mine = [];
}
