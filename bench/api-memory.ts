/**
 * Resident memory of the real API process (`server/main.ts` as `npm start` runs it, allocator
 * setting included, in a child
 * process of its own, so the benchmark's generated dataset does not count), on a database that
 * already holds the network: after the first question (the network loaded), after an organisation
 * dashboard (the interactive assets worker started) and after a network analysis (the analysis
 * worker and its betweenness threads). Read from /proc: VmRSS now and VmHWM (the peak).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { freePort } from '../server/db/local-neo4j.ts';
import { repoRoot } from '../server/config.ts';
import { graphqlClient } from './bench-db.ts';

export interface ApiMemory {
  afterLoadMb: number;
  /** After the first organisation dashboard (the interactive assets worker started). */
  dashboardMb: number;
  /** The moment the analysis reports DONE (its thread may still be ending). */
  analysisDoneMb: number;
  /** 3 s later: the interactive worker running, the analysis worker's thread ended. */
  withWorkersMb: number;
  peakMb: number;
}

const status = (pid: number, field: 'VmRSS' | 'VmHWM') => {
  const line = fs
    .readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith(`${field}:`));
  return Number(line?.match(/(\d+)/)?.[1] ?? NaN) / 1024;
};

/** `session`: an administrator's session in that database (sessions are shared by every instance). */
export async function measureApiMemory(
  neo4j: { uri: string; user: string; password?: string | undefined },
  organisationId: string,
  session: string,
): Promise<ApiMemory> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password ?? '',
      TSUNAGARI_DEMO_DATA: 'never',
      LOG_LEVEL: 'warn',
      // As `npm start` sets it (package.json; docs/deployment.md).
      MALLOC_ARENA_MAX: process.env.MALLOC_ARENA_MAX ?? '2',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve, reject) => {
      child.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('ready') && resolve());
      child.once('exit', (code) => reject(new Error(`the API stopped (exit code ${code})`)));
    });
    const url = `http://127.0.0.1:${port}/graphql`;
    const gql = graphqlClient(url, session);
    await gql(`query($o: ID!) { suggestedIntroductions(organisationId: $o, k: 1) { score } }`, { o: organisationId });
    const afterLoadMb = status(child.pid!, 'VmRSS');
    await gql(`query($o: ID!) { organisationAssets(organisationId: $o) { members } }`, { o: organisationId });
    const dashboardMb = status(child.pid!, 'VmRSS');
    // restart: a finished job on the same data would be returned instead of running again.
    const job = await gql(`mutation { startNetworkAnalysis(samples: 64, restart: true) { id } }`);
    for (;;) {
      const d = await gql(`query($id: ID) { networkAnalysis(jobId: $id) { state } }`, {
        id: job.startNetworkAnalysis!.id,
      });
      if (d.networkAnalysis!.state !== 'RUNNING') break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    const analysisDoneMb = status(child.pid!, 'VmRSS');
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return {
      afterLoadMb,
      dashboardMb,
      analysisDoneMb,
      withWorkersMb: status(child.pid!, 'VmRSS'),
      peakMb: status(child.pid!, 'VmHWM'),
    };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}
