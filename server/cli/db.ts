/**
 * `npm run db`: runs the local Neo4j in the foreground until Ctrl-C / SIGTERM, then stops it cleanly.
 */
import path from 'node:path';
import { loadConfig } from '../config.ts';
import { startLocalNeo4j } from '../db/local-neo4j.ts';
import { runCli } from './run-cli.ts';

await runCli(async () => {
  const config = loadConfig();
  const neo4j = await startLocalNeo4j({
    home: config.TSUNAGARI_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    heapSize: config.NEO4J_HEAP_SIZE,
    pageCacheSize: config.NEO4J_PAGECACHE_SIZE,
    onProgress: (line) => console.log(line),
  });
  console.log(`user neo4j, password in ${path.join(config.TSUNAGARI_DATA_DIR, 'password')} — Ctrl-C stops it.`);
  await new Promise<void>((resolve) => {
    process.once('SIGINT', resolve);
    process.once('SIGTERM', resolve);
  });
  console.log('stopping Neo4j…');
  await neo4j.stop();
  console.log('Neo4j stopped.');
});
