/**
 * `npm run bench:load [-- --people N --seed S] [--connections C] [--seconds T]`: a mixed read load
 * through the HTTP API, as the issue measured it: C connections (50), each a signed-in user of its
 * own, for T seconds (60), each sending the next request as soon as the last one answered — a
 * third search, a third neighbourhood at depth 2 (limit 200), a third introductions. Prints
 * requests per second, latency percentiles, errors by status and the API's memory before and
 * after, for docs/benchmarks.md. The database is `npm run bench`'s (.neo4j-bench/).
 */
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { runCli } from '../server/cli/run-cli.ts';
import { cookieNames } from '../server/auth/routes.ts';
import { benchApp, openBenchDatabase, syntheticNetwork } from './bench-db.ts';

const { values: flags } = parseArgs({
  args: process.argv.slice(2),
  options: { connections: { type: 'string', default: '50' }, seconds: { type: 'string', default: '60' } },
  strict: false,
});
const connections = Number(flags.connections);
const seconds = Number(flags.seconds);
// The synthetic-network flags are read by openBenchDatabase; drop ours before it parses them.
process.argv = process.argv.filter(
  (arg, i, all) =>
    !['--connections', '--seconds'].includes(arg) && !['--connections', '--seconds'].includes(all[i - 1]!),
);

await runCli(async () => {
  const { options, db, local } = await openBenchDatabase('.neo4j-bench');
  try {
    const data = await syntheticNetwork(db, options);
    const { app, stop, auth } = await benchApp(db);
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;

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

    const sessions = await Promise.all(
      Array.from({ length: connections }, (_, c) => auth.sessionFor(`load-${c}@bench.example.org`, false)),
    );
    // Warm: the in-memory network is compiled by the first question; that is start-up, not load.
    for (let i = 0; i < 3; i++)
      await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: `${cookieNames(false).session}=${sessions[0]}` },
        body: JSON.stringify(request(i)),
      });
    const latencies: number[] = [];
    const statuses = new Map<number, number>();
    const rssBefore = process.memoryUsage().rss;
    const end = performance.now() + seconds * 1000;
    let sent = 0;
    await Promise.all(
      sessions.map(async (session) => {
        while (performance.now() < end) {
          const i = sent++;
          const t = performance.now();
          const res = await fetch(url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', cookie: `${cookieNames(false).session}=${session}` },
            body: JSON.stringify(request(i)),
          });
          const body = (await res.json()) as { errors?: unknown[] };
          latencies.push(performance.now() - t);
          const status = body.errors ? (res.status === 200 ? 299 : res.status) : res.status;
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    latencies.sort((a, b) => a - b);
    const at = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!;
    const errors = [...statuses].filter(([s]) => s !== 200);
    console.log(
      `\n${data.people.length.toLocaleString('en')} people, ${connections} connections × ${seconds} s (in-process API, same machine as Neo4j)`,
    );
    console.log('| requests/s | p50 (ms) | p97.5 (ms) | p99 (ms) | max (ms) | errors | API RSS before → after |');
    console.log('|---:|---:|---:|---:|---:|---|---|');
    console.log(
      `| ${(latencies.length / seconds).toFixed(1)} | ${at(50).toFixed(0)} | ${at(97.5).toFixed(0)} | ${at(99).toFixed(0)} | ${latencies.at(-1)!.toFixed(0)} | ${
        errors.length ? errors.map(([s, n]) => `${n} × ${s === 299 ? 'GraphQL error' : `HTTP ${s}`}`).join(', ') : '0'
      } | ${(rssBefore / 2 ** 20).toFixed(0)} → ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB |`,
    );
    server.close();
    await stop();
  } finally {
    await db.close();
    await local?.stop();
  }
});
