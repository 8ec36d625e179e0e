/**
 * `npm run bench:assets [-- --people N --seed S]`: connection-assets figures on a synthetic network
 * in a Neo4j of its own (.neo4j-bench-assets/, so it can run beside `npm run bench`). Times, through
 * the real GraphQL API over HTTP: loading the assets rows from Neo4j, the first dashboard (rows
 * sent to the worker and compiled), dashboards for different NPOs at hops 2 and 3, the people
 * behind a figure, handover plans, the 5-year trend, and the network analysis job — while that job
 * runs, it also times dashboard requests and the API's event-loop delay, to show nothing blocks.
 * BENCH_SKIP_LOAD=1 reuses the network already loaded by a previous run with the same --people/--seed.
 */
import os from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { runCli } from '../server/cli/run-cli.ts';
import { applySchema } from '../server/db/schema.ts';
import { loadSnapshot } from '../server/graph/load.ts';
import { today } from '../server/graph/snapshot.ts';
import { loadDataset } from '../server/features/data/dataset.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import { benchApp, graphqlClient, openBenchDatabase, type Answer } from './bench-db.ts';
import { summarise, timeRuns, type Timing } from './timing.ts';

const DASHBOARD = `query($org: ID!, $hops: Int) { organisationAssets(organisationId: $org, hops: $hops) {
  members reach { hops people organisations skills bySector { sector people } }
  coverage { skill { id } status routes singlePoints { id } paths { id } } risks { person { id } lostPeople lostNeeds { id } } } }`;

await runCli(async () => {
  const { options, db, local } = await openBenchDatabase('.neo4j-bench-assets');
  const { app, stop, session } = await benchApp(db);
  const server = createServer(app);
  try {
    await applySchema(db);
    const data = generateSynthetic({ people: options.people, seed: options.seed });
    let t = performance.now();
    if (!process.env.BENCH_SKIP_LOAD) await loadDataset(db, 'synthetic', data);
    console.error(`loaded ${data.people.length} people in ${((performance.now() - t) / 1000).toFixed(1)} s`);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
    const gql = graphqlClient(url, session);
    t = performance.now();
    const rows = await loadSnapshot(db, today());
    const readMs = performance.now() - t;
    const npos = data.organisations.filter((o) => o.sector === 'npo').map((o) => o.id);
    const members = new Map<string, number>();
    for (const m of data.memberships) members.set(m.organisationId, (members.get(m.organisationId) ?? 0) + 1);
    const largest = [...members].sort((a, b) => b[1] - a[1])[0]![0];
    t = performance.now();
    await gql(DASHBOARD, { org: npos[0], hops: 2 });
    const firstMs = performance.now() - t;
    const timings: Timing[] = [];
    const org = (i: number) => npos[(i * 7) % npos.length]!;
    const note = (d: Answer) => ({
      note: `${d.organisationAssets.members} members, ${d.organisationAssets.reach[2].people} people at 3 hops`,
    });
    timings.push(
      await timeRuns('dashboard (reach, coverage, risk), hops 2', 20, async (i) =>
        note(await gql(DASHBOARD, { org: org(i), hops: 2 })),
      ),
    );
    timings.push(
      await timeRuns('dashboard, hops 3', 10, async (i) => note(await gql(DASHBOARD, { org: org(i), hops: 3 }))),
    );
    timings.push(
      await timeRuns(`dashboard, largest organisation (${members.get(largest)} members), hops 2`, 3, async () =>
        note(await gql(DASHBOARD, { org: largest, hops: 2 })),
      ),
    );
    timings.push(
      await timeRuns('people behind a figure (first 20 with paths)', 20, (i) =>
        gql(
          `query($org: ID!) { assetsReachPeople(organisationId: $org, hops: 2) { totalCount people { path { id } } } }`,
          { org: org(i) },
        ),
      ),
    );
    const keyPeople = await Promise.all(
      npos.slice(0, 10).map(async (o) => {
        const d = await gql(DASHBOARD, { org: o, hops: 2 });
        return [o, d.organisationAssets.risks[0]?.person.id] as const;
      }),
    );
    const withKey = keyPeople.filter(([, p]) => p);
    timings.push(
      await timeRuns('handover plan for the top key person, hops 2', 10, async (i) => {
        const [o, p] = withKey[i % withKey.length]!;
        const d = await gql(
          `query($o: ID!, $p: ID!) { handoverPlan(organisationId: $o, personId: $p) { method lostPeople introductions { contact { id } } } }`,
          { o, p },
        );
        return {
          note: `${d.handoverPlan.method.toLowerCase()}, ${d.handoverPlan.introductions.length} introductions for ${d.handoverPlan.lostPeople} lost`,
        };
      }),
    );
    timings.push(
      await timeRuns('trend (5 yearly dates), hops 2', 5, (i) =>
        gql(`query($org: ID!) { assetsTrend(organisationId: $org) { date people } }`, { org: org(i) }),
      ),
    );
    const analysis = await benchAnalysis(gql, org);
    console.log(
      `\n### Connection assets: ${data.people.length.toLocaleString('en')} people, ${data.ties.length.toLocaleString('en')} ties (seed ${options.seed})\n`,
    );
    console.log(
      `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB; Node ${process.version}.\n`,
    );
    console.log(
      `Assets rows read from Neo4j: ${(readMs / 1000).toFixed(1)} s (${rows.ties.length.toLocaleString('en')} ties, ${rows.memberships.length.toLocaleString('en')} memberships). First dashboard (read + send to the worker + compile + answer): ${(firstMs / 1000).toFixed(1)} s.\n`,
    );
    console.log(summarise(timings));
    console.log(
      `\n${analysis}\n\nProcess resident memory: ${Math.round(process.memoryUsage().rss / 2 ** 20)} MB (API + 2 worker threads + the generated dataset).`,
    );
  } finally {
    server.closeAllConnections(); // fetch keeps connections alive; close() would wait for them
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
    await db.close();
    await local?.stop();
  }
});

/** The network analysis job, polled; dashboards and the event loop are timed while it runs. */
async function benchAnalysis(gql: (q: string, v?: object) => Promise<Answer>, org: (i: number) => string) {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const t = performance.now();
  delay.enable();
  const { startNetworkAnalysis: job } = await gql(`mutation { startNetworkAnalysis(restart: true) { id } }`);
  const during: number[] = [];
  let state = 'RUNNING';
  let result: Answer = {};
  for (let i = 0; state === 'RUNNING'; i++) {
    const q = performance.now();
    await gql(DASHBOARD, { org: org(i), hops: 2 });
    during.push(performance.now() - q);
    const d = await gql(
      `query($id: ID) { networkAnalysis(jobId: $id) { state progress error result { people betweennessExact betweennessSamples errorBound modularity communities(first: 1000) { id } } } }`,
      { id: job.id },
    );
    state = d.networkAnalysis.state;
    result = d.networkAnalysis;
    if (state === 'RUNNING') await new Promise((r) => setTimeout(r, 500));
  }
  delay.disable();
  const totalS = (performance.now() - t) / 1000;
  if (state !== 'DONE') return `Network analysis failed: ${result.error}`;
  during.sort((a, b) => a - b);
  const r = result.result;
  const mode = r.betweennessExact
    ? 'exact'
    : `sampled, ${r.betweennessSamples} pivots, error bound ±${r.errorBound.toFixed(3)} at 95 %`;
  return [
    `Network analysis job (betweenness ${mode}; constraint and effective size; Louvain, modularity ${r.modularity.toFixed(3)}, ${r.communities.length} communities of 2+): ${totalS.toFixed(1)} s for ${r.people.toLocaleString('en')} visible people.`,
    `While it ran: ${during.length} dashboards answered, p50 ${during[Math.floor(during.length / 2)]!.toFixed(0)} ms, max ${during.at(-1)!.toFixed(0)} ms; API event-loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(0)} ms, max ${(delay.max / 1e6).toFixed(0)} ms.`,
  ].join('\n');
}
