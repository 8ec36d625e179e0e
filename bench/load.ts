/**
 * `npm run bench:load [-- --people N --seed S] [--connections C] [--seconds T] [--warm-up W] [--every S] [--cpu-prof DIR]
 * [--api-log FILE] [--only search|neighbourhood|introductions|typename] [--no-peer]`:
 * a mixed read load through the HTTP API, as the issue measured it: C connections (50), each a
 * signed-in user of its own, for T seconds (60), each sending the next request as soon as the last
 * one answered — a third search, a third neighbourhood at depth 2 (limit 200), a third
 * introductions — after W seconds (10) of the same load that are not counted (connections open,
 * V8's compiler warm; `--warm-up 0` measures from a cold start). The API is the real server
 * (`server/main.ts` as `npm start` runs it, production settings) in a child process of its own,
 * and this process only generates load, as autocannon would. Prints requests per second, latency percentiles, errors by status, and the API process's
 * resident memory (VmRSS) after the warm-up, every S seconds (60) and at the end — with
 * `--seconds 600` this is the 10-minute soak — and each operation's latencies and share of the
 * waiting. `--cpu-prof DIR` writes the API's CPU profile there; `--api-log FILE` writes the API's
 * log there at debug level (each network load and sync, with its time).
 * **The peer**, in the same run unless `--no-peer`: the same load against a bare Apollo server over
 * the same Neo4j (bench/peers/bare-apollo.ts: one plain Cypher statement per field, no sign-in, no
 * visibility rules, no cost control), in its own process too; the ratios are printed at the end.
 * The database is `npm run bench`'s (.neo4j-bench/).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runCli } from '../server/cli/run-cli.ts';
import { terminalMailer } from '../server/auth/mailer.ts';
import { cookieNames } from '../server/auth/routes.ts';
import { Auth, DEFAULT_AUTH_SETTINGS } from '../server/auth/service.ts';
import { repoRoot } from '../server/config.ts';
import { freePort } from '../server/db/local-neo4j.ts';
import { openBenchDatabase, syntheticNetwork } from './bench-db.ts';

const OURS = ['--connections', '--seconds', '--warm-up', '--every', '--cpu-prof', '--api-log', '--no-peer', '--only'];
const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    'warm-up': { type: 'string', default: '10' },
    every: { type: 'string', default: '60' },
    'cpu-prof': { type: 'string' },
    'api-log': { type: 'string' },
    'no-peer': { type: 'boolean', default: false },
    only: { type: 'string' },
  },
  strict: false,
});
const connections = Number(flags.connections);
const seconds = Number(flags.seconds);
const warmUp = Number(flags['warm-up']);
if (!Number.isFinite(warmUp) || warmUp < 0)
  throw new Error(`--warm-up takes seconds (0 or more), not "${String(flags['warm-up'])}"`);
const every = Number(flags.every);
const cpuProf = typeof flags['cpu-prof'] === 'string' ? path.resolve(flags['cpu-prof']) : undefined;
const apiLog = typeof flags['api-log'] === 'string' ? path.resolve(flags['api-log']) : undefined;
const withPeer = flags['no-peer'] !== true;
// The synthetic-network flags are read by openBenchDatabase; drop ours before it parses them.
const VALUED = OURS.filter((flag) => flag !== '--no-peer');
process.argv = process.argv.filter((arg, i, all) => !OURS.includes(arg) && !VALUED.includes(all[i - 1]!));

/** The three questions of the mix, in the order request(i) sends them (i % 3). */
const MIX = ['search', 'neighbourhood', 'introductions'] as const;
/** `--only OP` sends one of them alone, or `typename` (`{ __typename }`: the cost of a request itself). */
const ONLY = [...MIX, 'typename'] as const;
if (flags.only !== undefined && !ONLY.includes(flags.only as never))
  throw new Error(`--only takes one of ${ONLY.join(', ')}, not "${String(flags.only)}"`);
const OPERATIONS: readonly (typeof ONLY)[number][] = flags.only ? [flags.only as (typeof ONLY)[number]] : MIX;

const rssMb = (pid: number) => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN) / 1024;
};

type Operation = (typeof ONLY)[number];

interface Served {
  child: ReturnType<typeof spawn>;
  url: string;
}

/** Starts `script` (a server printing "ready") in a child process on a free port. */
async function serve(args: string[], env: Record<string, string>, log?: string): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (log) child.stdout!.pipe(fs.createWriteStream(log));
  await new Promise<void>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
    child.once('exit', (code) => reject(new Error(`${args.at(-1)} stopped (exit code ${code})`)));
  });
  // Ours is ready for questions once /readyz says so (its network read); the peer has no such page.
  for (let ready = false; !ready;) {
    const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status);
    ready = status !== 503;
    if (!ready) await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { child, url: `http://127.0.0.1:${port}/graphql` };
}

async function stop(served: Served | undefined): Promise<void> {
  const child = served?.child;
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

interface LoadResult {
  latencies: number[];
  byOperation: Map<Operation, number[]>;
  timed: { op: Operation; at: number; ms: number; first: boolean }[];
  statuses: Map<number, number>;
  memory: { at: number; mb: number; requests: number }[];
  elapsed: number;
}

/**
 * Drives the load: one loop per connection, each sending its next request when the last answered.
 * `headers(c)` are connection c's (its session cookie, for the API).
 */
async function drive(
  served: Served,
  request: (i: number) => unknown,
  headers: (c: number) => Record<string, string>,
): Promise<LoadResult> {
  const pid = served.child.pid!;
  const send = (c: number, i: number) =>
    fetch(served.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers(c) },
      body: JSON.stringify(request(i)),
    });
  // Warm-up: the same load for `warmUp` seconds, not counted, as load tools' warm-up phases do:
  // every connection is open and V8 has compiled the hot paths before the clock starts (a cold
  // start is measured with --warm-up 0). The ops still start at the same place in the mix.
  let warmed = 0;
  const warmEnd = performance.now() + warmUp * 1000;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      do await (await send(c, warmed++)).json();
      while (performance.now() < warmEnd);
    }),
  );
  const result: LoadResult = {
    latencies: [],
    byOperation: new Map(OPERATIONS.map((op) => [op, []])),
    timed: [],
    statuses: new Map(),
    memory: [{ at: 0, mb: rssMb(pid), requests: 0 }],
    elapsed: 0,
  };
  const { latencies, byOperation, timed, statuses, memory } = result;
  // When the slowest ones started: a tail that clusters in time is a stall, one spread out is not.
  const asked = new Set<string>();
  const start = performance.now();
  const sampler = setInterval(
    () => memory.push({ at: (performance.now() - start) / 1000, mb: rssMb(pid), requests: latencies.length }),
    every * 1000,
  );
  const end = start + seconds * 1000;
  let sent = 0;
  await Promise.all(
    Array.from({ length: connections }, async (_, c) => {
      while (performance.now() < end) {
        const i = sent++;
        const t = performance.now();
        const res = await send(c, i);
        const body = (await res.json()) as { errors?: unknown[] };
        const ms = performance.now() - t;
        const op = OPERATIONS[i % OPERATIONS.length]!;
        latencies.push(ms);
        byOperation.get(op)!.push(ms);
        timed.push({ op, at: (t - start) / 1000, ms, first: !asked.has(`${c}:${op}`) });
        asked.add(`${c}:${op}`);
        const status = body.errors ? (res.status === 200 ? 299 : res.status) : res.status;
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  clearInterval(sampler);
  result.elapsed = (performance.now() - start) / 1000;
  memory.push({ at: result.elapsed, mb: rssMb(pid), requests: latencies.length });
  latencies.sort((a, b) => a - b);
  for (const times of byOperation.values()) times.sort((a, b) => a - b);
  return result;
}

const quantile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
const rate = (r: LoadResult) => r.latencies.length / r.elapsed;

function report(title: string, r: LoadResult): void {
  const { latencies, byOperation, timed, statuses, memory } = r;
  const at = (p: number) => quantile(latencies, p);
  const errors = [...statuses].filter(([s]) => s !== 200);
  console.log(`\n${title}`);
  console.log('| requests/s | p50 (ms) | p97.5 (ms) | p99 (ms) | max (ms) | errors | server RSS after warm-up → end |');
  console.log('|---:|---:|---:|---:|---:|---|---|');
  console.log(
    `| ${rate(r).toFixed(1)} | ${at(50).toFixed(0)} | ${at(97.5).toFixed(0)} | ${at(99).toFixed(0)} | ${latencies.at(-1)!.toFixed(0)} | ${
      errors.length ? errors.map(([s, n]) => `${n} × ${s === 299 ? 'GraphQL error' : `HTTP ${s}`}`).join(', ') : '0'
    } | ${memory[0]!.mb.toFixed(0)} → ${memory.at(-1)!.mb.toFixed(0)} MB |`,
  );
  // Which question the time goes to: each operation's share of the connections' waiting time.
  const waited = latencies.reduce((a, b) => a + b, 0);
  console.log('\n| operation | requests | p50 (ms) | p97.5 (ms) | mean (ms) | share of the waiting |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const [op, times] of byOperation) {
    const sum = times.reduce((a, b) => a + b, 0);
    console.log(
      `| ${op} | ${times.length} | ${quantile(times, 50).toFixed(0)} | ${quantile(times, 97.5).toFixed(0)} | ${(sum / times.length).toFixed(0)} | ${((100 * sum) / waited).toFixed(0)} % |`,
    );
  }
  console.log(
    '\n| operation | the 5 slowest: started at (s) → took (ms); * = the connection’s first of this operation |',
  );
  console.log('|---|---|');
  for (const op of OPERATIONS) {
    const slowest = timed
      .filter((t) => t.op === op)
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
    console.log(
      `| ${op} | ${slowest.map((t) => `${t.at.toFixed(1)} → ${t.ms.toFixed(0)}${t.first ? '*' : ''}`).join(', ')} |`,
    );
  }
  console.log('\n| s | server RSS (MB) | requests/s in the interval |');
  console.log('|---:|---:|---:|');
  memory.forEach((m, k) => {
    const before = memory[k - 1];
    const perSecond = before ? (m.requests - before.requests) / (m.at - before.at) : NaN;
    console.log(
      `| ${m.at.toFixed(0)} | ${m.mb.toFixed(0)} | ${Number.isNaN(perSecond) ? '–' : perSecond.toFixed(1)} |`,
    );
  });
  if (memory.length > 2) {
    // Growth after warm-up: from the first sample into the load (the first minute) to the end.
    const base = memory[1]!.mb;
    console.log(
      `\nRSS growth after the first ${memory[1]!.at.toFixed(0)} s: ${(((memory.at(-1)!.mb - base) / base) * 100).toFixed(1)} %`,
    );
  }
}

await runCli(async () => {
  const { options, config, db, local } = await openBenchDatabase('.neo4j-bench');
  const target = local ?? { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
  const neo4jEnv = { NEO4J_URI: target.uri, NEO4J_USER: target.user, NEO4J_PASSWORD: target.password ?? '' };
  let api: Served | undefined;
  let peer: Served | undefined;
  try {
    const data = await syntheticNetwork(db, options);
    // Sessions are made in the database, which the API process shares.
    const auth = new Auth(
      db,
      terminalMailer(() => {}),
      { ...DEFAULT_AUTH_SETTINGS, publicUrl: () => 'http://localhost' },
    );
    const sessions = await Promise.all(
      Array.from({ length: connections }, (_, c) => auth.sessionFor(`load-${c}@bench.example.org`, false)),
    );
    const visible = data.people.filter((p) => p.discoverable !== false);
    const pick = (i: number) => visible[(i * 7919) % visible.length]!;
    const request = (i: number) => {
      switch (OPERATIONS[i % OPERATIONS.length]) {
        case 'typename':
          return { query: '{ __typename }' };
        case 'search':
          return {
            query: 'query($t: String!) { search(text: $t, first: 10) { totalCount } }',
            variables: { t: pick(i).name.split(' ')[0] },
          };
        case 'neighbourhood':
          return {
            query:
              'query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { nodes { key } edges { key } } }',
            variables: { ids: [`Person:${pick(i).id}`] },
          };
        case 'introductions':
          return {
            query:
              'query($a: ID!, $b: ID!) { introductions(from: { personId: $a }, to: { personId: $b }) { paths { score } } }',
            variables: { a: pick(i).id, b: pick(i + 1).id },
          };
      }
    };
    const scale = `${data.people.length.toLocaleString('en')} people, ${connections} connections × ${seconds} s after ${warmUp} s of warm-up`;

    api = await serve(
      [...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : []), '--import', 'tsx', 'server/main.ts'],
      { ...neo4jEnv, TSUNAGARI_DEMO_DATA: 'never', LOG_LEVEL: apiLog ? 'debug' : 'warn' },
      apiLog,
    );
    const cookie = cookieNames(false).session;
    const ours = await drive(api, request, (c) => ({ cookie: `${cookie}=${sessions[c]}` }));
    await stop(api);
    report(
      `Tsunagari: ${scale} (API in its own process: server/main.ts; load from this one; same machine as Neo4j)`,
      ours,
    );

    if (!withPeer) return;
    peer = await serve(['--import', 'tsx', 'bench/peers/bare-apollo.ts'], neo4jEnv);
    const theirs = await drive(peer, request, () => ({}));
    await stop(peer);
    report(`The peer, a bare Apollo server over the same Neo4j (bench/peers/bare-apollo.ts): ${scale}`, theirs);
    const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
    console.log('\n| Tsunagari ÷ bare Apollo | requests/s | p50 | p97.5 |');
    console.log('|---|---:|---:|---:|');
    console.log(
      `| all | ${ratio(rate(ours), rate(theirs))} | ${ratio(quantile(ours.latencies, 50), quantile(theirs.latencies, 50))} | ${ratio(quantile(ours.latencies, 97.5), quantile(theirs.latencies, 97.5))} |`,
    );
    for (const op of OPERATIONS) {
      const [a, b] = [ours.byOperation.get(op)!, theirs.byOperation.get(op)!];
      console.log(
        `| ${op} | — | ${ratio(quantile(a, 50), quantile(b, 50))} | ${ratio(quantile(a, 97.5), quantile(b, 97.5))} |`,
      );
    }
  } finally {
    await stop(api);
    await stop(peer);
    await db.close();
    await local?.stop();
  }
});
