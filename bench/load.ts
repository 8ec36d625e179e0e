/**
 * `npm run bench:load [-- --people N --seed S] [--connections C] [--seconds T] [--every S] [--cpu-prof DIR]`:
 * a mixed read load through the HTTP API, as the issue measured it: C connections (50), each a
 * signed-in user of its own, for T seconds (60), each sending the next request as soon as the last
 * one answered — a third search, a third neighbourhood at depth 2 (limit 200), a third
 * introductions. The API is the real server (`server/main.ts` as `npm start` runs it, production
 * settings) in a child process of its own, and this process only generates load, as autocannon
 * would. Prints requests per second, latency percentiles, errors by status, and the API process's
 * resident memory (VmRSS) after the warm-up, every S seconds (60) and at the end — with
 * `--seconds 600` this is the 10-minute soak — and each operation's latencies and share of the
 * waiting. `--cpu-prof DIR` writes the API's CPU profile there; `--api-log FILE` writes the API's
 * log there at debug level (each network load and sync, with its time).
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

const OURS = ['--connections', '--seconds', '--every', '--cpu-prof', '--api-log'];
const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: {
    connections: { type: 'string', default: '50' },
    seconds: { type: 'string', default: '60' },
    every: { type: 'string', default: '60' },
    'cpu-prof': { type: 'string' },
    'api-log': { type: 'string' },
  },
  strict: false,
});
const connections = Number(flags.connections);
const seconds = Number(flags.seconds);
const every = Number(flags.every);
const cpuProf = typeof flags['cpu-prof'] === 'string' ? path.resolve(flags['cpu-prof']) : undefined;
const apiLog = typeof flags['api-log'] === 'string' ? path.resolve(flags['api-log']) : undefined;
// The synthetic-network flags are read by openBenchDatabase; drop ours before it parses them.
process.argv = process.argv.filter((arg, i, all) => !OURS.includes(arg) && !OURS.includes(all[i - 1]!));

/** The three questions of the mix, in the order request(i) sends them (i % 3). */
const OPERATIONS = ['search', 'neighbourhood', 'introductions'] as const;

const rssMb = (pid: number) => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN) / 1024;
};

await runCli(async () => {
  const { options, config, db, local } = await openBenchDatabase('.neo4j-bench');
  const target = local ?? { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
  let child: ReturnType<typeof spawn> | undefined;
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
    const port = await freePort();
    const api = spawn(
      process.execPath,
      [...(cpuProf ? ['--cpu-prof', `--cpu-prof-dir=${cpuProf}`] : []), '--import', 'tsx', 'server/main.ts'],
      {
        cwd: repoRoot,
        env: {
          ...process.env,
          PORT: String(port),
          NEO4J_URI: target.uri,
          NEO4J_USER: target.user,
          NEO4J_PASSWORD: target.password ?? '',
          TSUNAGARI_DEMO_DATA: 'never',
          LOG_LEVEL: apiLog ? 'debug' : 'warn',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    child = api;
    if (apiLog) api.stdout!.pipe(fs.createWriteStream(apiLog));
    await new Promise<void>((resolve, reject) => {
      api.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      api.once('exit', (code) => reject(new Error(`the API stopped (exit code ${code})`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;

    const visible = data.people.filter((p) => p.discoverable !== false);
    const pick = (i: number) => visible[(i * 7919) % visible.length]!;
    const request = (i: number) => {
      switch (i % 3) {
        case 0:
          return {
            query: 'query($t: String!) { search(text: $t, first: 10) { totalCount } }',
            variables: { t: pick(i).name.split(' ')[0] },
          };
        case 1:
          return {
            query:
              'query($ids: [ID!]!) { neighbourhood(ids: $ids, depth: 2, limit: 200) { nodes { key } edges { key } } }',
            variables: { ids: [`Person:${pick(i).id}`] },
          };
        default:
          return {
            query:
              'query($a: ID!, $b: ID!) { introductions(from: { personId: $a }, to: { personId: $b }) { paths { score } } }',
            variables: { a: pick(i).id, b: pick(i + 1).id },
          };
      }
    };
    const send = (session: string, i: number) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${cookieNames(false).session}=${session}` },
        body: JSON.stringify(request(i)),
      });

    // Warm: the in-memory network is compiled by the first question; that is start-up, not load.
    for (let i = 0; i < 3; i++) await (await send(sessions[0]!, i)).json();
    const latencies: number[] = [];
    const byOperation = new Map<string, number[]>(OPERATIONS.map((op) => [op, []]));
    // When the slowest ones started: a tail that clusters in time is a stall, one spread out is not.
    const timed: { op: string; at: number; ms: number; first: boolean }[] = [];
    const asked = new Set<string>();
    const statuses = new Map<number, number>();
    const start = performance.now();
    const memory: { at: number; mb: number; requests: number }[] = [{ at: 0, mb: rssMb(api.pid!), requests: 0 }];
    const sampler = setInterval(
      () => memory.push({ at: (performance.now() - start) / 1000, mb: rssMb(api.pid!), requests: latencies.length }),
      every * 1000,
    );
    const end = start + seconds * 1000;
    let sent = 0;
    await Promise.all(
      sessions.map(async (session) => {
        while (performance.now() < end) {
          const i = sent++;
          const t = performance.now();
          const res = await send(session, i);
          const body = (await res.json()) as { errors?: unknown[] };
          const ms = performance.now() - t;
          const op = OPERATIONS[i % 3]!;
          latencies.push(ms);
          byOperation.get(op)!.push(ms);
          timed.push({ op, at: (t - start) / 1000, ms, first: !asked.has(`${session}:${op}`) });
          asked.add(`${session}:${op}`);
          const status = body.errors ? (res.status === 200 ? 299 : res.status) : res.status;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    clearInterval(sampler);
    const elapsed = (performance.now() - start) / 1000;
    memory.push({ at: elapsed, mb: rssMb(api.pid!), requests: latencies.length });
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    const errors = [...statuses].filter(([s]) => s !== 200);
    console.log(
      `\n${data.people.length.toLocaleString('en')} people, ${connections} connections × ${seconds} s (API in its own process: server/main.ts; load from this one; same machine as Neo4j)`,
    );
    console.log('| requests/s | p50 (ms) | p97.5 (ms) | p99 (ms) | max (ms) | errors | API RSS after warm-up → end |');
    console.log('|---:|---:|---:|---:|---:|---|---|');
    console.log(
      `| ${(latencies.length / elapsed).toFixed(1)} | ${at(50).toFixed(0)} | ${at(97.5).toFixed(0)} | ${at(99).toFixed(0)} | ${latencies.at(-1)!.toFixed(0)} | ${
        errors.length ? errors.map(([s, n]) => `${n} × ${s === 299 ? 'GraphQL error' : `HTTP ${s}`}`).join(', ') : '0'
      } | ${memory[0]!.mb.toFixed(0)} → ${memory.at(-1)!.mb.toFixed(0)} MB |`,
    );
    // Which question the time goes to: each operation's share of the connections' waiting time.
    const waited = latencies.reduce((a, b) => a + b, 0);
    console.log('\n| operation | requests | p50 (ms) | p97.5 (ms) | mean (ms) | share of the waiting |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const [op, times] of byOperation) {
      times.sort((a, b) => a - b);
      const sum = times.reduce((a, b) => a + b, 0);
      const q = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN;
      console.log(
        `| ${op} | ${times.length} | ${q(50).toFixed(0)} | ${q(97.5).toFixed(0)} | ${(sum / times.length).toFixed(0)} | ${((100 * sum) / waited).toFixed(0)} % |`,
      );
    }
    console.log(
      '\n| operation | the 5 slowest: started at (s) → took (ms); * = the connection’s first of this operation |',
    );
    console.log('|---|---|');
    for (const op of OPERATIONS) {
      const slowest = timed
        .filter((r) => r.op === op)
        .sort((a, b) => b.ms - a.ms)
        .slice(0, 5);
      console.log(
        `| ${op} | ${slowest.map((r) => `${r.at.toFixed(1)} → ${r.ms.toFixed(0)}${r.first ? '*' : ''}`).join(', ')} |`,
      );
    }
    console.log('\n| s | API RSS (MB) | requests/s in the interval |');
    console.log('|---:|---:|---:|');
    memory.forEach((m, k) => {
      const before = memory[k - 1];
      const rate = before ? (m.requests - before.requests) / (m.at - before.at) : NaN;
      console.log(`| ${m.at.toFixed(0)} | ${m.mb.toFixed(0)} | ${Number.isNaN(rate) ? '–' : rate.toFixed(1)} |`);
    });
    if (memory.length > 2) {
      // Growth after warm-up: from the first sample into the load (the first minute) to the end.
      const base = memory[1]!.mb;
      console.log(
        `\nAPI RSS growth after the first ${memory[1]!.at.toFixed(0)} s: ${(((memory.at(-1)!.mb - base) / base) * 100).toFixed(1)} %`,
      );
    }
  } finally {
    if (child && child.exitCode === null) {
      const exited = new Promise((resolve) => child!.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await db.close();
    await local?.stop();
  }
});
