import { openBenchDatabase } from './bench-db.ts';
import { runCli } from '../server/cli/run-cli.ts';
import { graphStore } from '../server/graph/store.ts';
import v8 from 'node:v8';

const mb = (x: number) => (x / 2 ** 20).toFixed(0);
const show = (what: string) => {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  console.error(what, 'rss', mb(m.rss), 'heapUsed', mb(m.heapUsed), 'heapTotal', mb(m.heapTotal), 'ab', mb(m.arrayBuffers), 'ext', mb(m.external));
};
await runCli(async () => {
  const { db, local } = await openBenchDatabase('.neo4j-bench-network');
  show('start');
  const store = graphStore(db);
  const cur = await store.current();
  show('loaded');
  await new Promise((r) => setTimeout(r, 3000));
  show('loaded+3s');
  if (process.env.SNAP) v8.writeHeapSnapshot('/tmp/w/api.heapsnapshot');
  const net = cur.network as unknown as Record<string, unknown>;
  for (const k of Object.keys(net)) {
    const v = net[k];
    try { console.error(k, (v8.serialize(v).length / 2 ** 20).toFixed(1), 'MB serialized'); } catch (e) { console.error(k, 'unserializable', (e as Error).message); }
  }
  for (const k of Object.keys(cur.snapshot)) {
    const v = (cur.snapshot as unknown as Record<string, unknown>)[k];
    try { console.error('snapshot.' + k, (v8.serialize(v).length / 2 ** 20).toFixed(1), 'MB serialized'); } catch (e) { console.error(k, 'unserializable', (e as Error).message); }
  }
  await db.close();
  await local?.stop();
});
