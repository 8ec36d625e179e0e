import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { openBenchDatabase, benchApp, graphqlClient } from './bench-db.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';
import { freePort } from '../server/db/local-neo4j.ts';
import { repoRoot } from '../server/config.ts';

const status = (pid: number, field: string) =>
  Number(fs.readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`))?.match(/(\d+)/)?.[1] ?? NaN) / 1024;

await runCli(async () => {
  const { options, config, db, local } = await openBenchDatabase('.neo4j-bench-network');
  const { stop, session } = await benchApp(db);
  const data = generateSynthetic({ people: options.people, seed: options.seed });
  const org = data.organisations.find((o) => o.sector === 'npo')!.id;
  const neo4j = local ?? { uri: config.NEO4J_URI!, user: config.NEO4J_USER, password: config.NEO4J_PASSWORD };
  const port = await freePort();
  const child = spawn(process.execPath, [...(process.env.NODEFLAGS?.split(' ').filter(Boolean) ?? []), '--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: { ...process.env, PORT: String(port), NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password ?? '', TSUNAGARI_DEMO_DATA: 'never', LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve) => child.stdout!.on('data', (c: Buffer) => c.toString().includes('ready') && resolve()));
  const gql = graphqlClient(`http://127.0.0.1:${port}/graphql`, session);
  const say = (what: string) => console.error(what, status(child.pid!, 'VmRSS').toFixed(0), 'peak', status(child.pid!, 'VmHWM').toFixed(0));
  say('started');
  await gql(`query($o: ID!) { suggestedIntroductions(organisationId: $o, k: 1) { score } }`, { o: org });
  say('loaded');
  await new Promise((r) => setTimeout(r, 5000));
  say('loaded+5s');
  await gql(`query($o: ID!) { organisationAssets(organisationId: $o) { members } }`, { o: org });
  say('orgAssets');
  const job = await gql(`mutation { startNetworkAnalysis(samples: 64, restart: true) { id } }`);
  for (;;) {
    const d = await gql(`query($id: ID) { networkAnalysis(jobId: $id) { state } }`, { id: job.startNetworkAnalysis!.id });
    if (d.networkAnalysis!.state !== 'RUNNING') { console.error(JSON.stringify(d)); break; }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  say('analysis');
  await new Promise((r) => setTimeout(r, 10000));
  say('analysis+10s');
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
  await stop();
  await db.close();
  await local?.stop();
});
