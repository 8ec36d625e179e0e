/**
 * Introductions through the real GraphQL API over HTTP (port 0): person → person, person → skill
 * and organisation → skill, k = 5, maxHops = 4, from different people each run.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Db } from '../server/db/driver.ts';
import { graphStore } from '../server/graph/store.ts';
import type { Dataset } from '../server/shared/dataset.ts';
import { benchApp, graphqlClient } from './bench-db.ts';
import { timeRuns, type Timing } from './timing.ts';

const QUERY = `query($from: IntroductionFrom!, $to: IntroductionTo!) { introductions(from: $from, to: $to, k: 5, maxHops: 4) {
  reach paths { score people { id } } candidates { score person { id } paths { score } } } }`;

const collect = () => (globalThis as { gc?: () => void }).gc?.();
/** Heap plus typed-array buffers (the projection keeps most of its data in typed arrays). */
const heapMb = () => {
  collect();
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return (heapUsed + arrayBuffers) / 2 ** 20;
};

export interface IntroductionFigures {
  rows: Timing[];
  buildMs: number;
  /** Heap held by the cached projection (needs --expose-gc for a clean figure). */
  projectionMb: number;
}

export async function benchIntroductions(db: Db, data: Dataset): Promise<IntroductionFigures> {
  const before = heapMb();
  const t = performance.now();
  await graphStore(db).current();
  const buildMs = performance.now() - t;
  const projectionMb = heapMb() - before;
  const { app, stop, session } = await benchApp(db);
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  const gql = graphqlClient(url, session);
  const ask = async (variables: object) => {
    const answer = (await gql(QUERY, variables)).introductions;
    return { note: `${answer.reach.toLowerCase()}, ${answer.paths.length || answer.candidates.length} results` };
  };
  const people = data.people.filter((p) => p.discoverable !== false);
  const person = (i: number) => people[(i * 7919 + 13) % people.length]!.id;
  const npos = data.organisations.filter((o) => o.sector === 'npo');
  const rows: Timing[] = [];
  try {
    rows.push(
      await timeRuns('introductions person → person', 100, (i) =>
        ask({ from: { personId: person(i) }, to: { personId: person(i + 5000) } }),
      ),
    );
    rows.push(
      await timeRuns('introductions person → skill (kintone)', 100, (i) =>
        ask({ from: { personId: person(i) }, to: { skillId: 'kintone' } }),
      ),
    );
    rows.push(
      await timeRuns('introductions organisation → skill (grant-writing)', 50, (i) =>
        ask({ from: { organisationId: npos[i % npos.length]!.id }, to: { skillId: 'grant-writing' } }),
      ),
    );
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
  }
  return { rows, buildMs, projectionMb };
}
