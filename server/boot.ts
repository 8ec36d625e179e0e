/**
 * Brings the whole server up (database, schema, demo data when empty, HTTP) and down again.
 * Used by `npm start` and by the end-to-end tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from './config.ts';
import { connect, type Db } from './db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.ts';
import { applySchema } from './db/schema.ts';
import { loadDemoIfEmpty } from './demo.ts';
import { StartupError } from './errors.ts';
import { createApp } from './http/app.ts';

export interface Running {
  url: string;
  db: Db;
  stop(): Promise<void>;
}

export async function openDatabase(
  config: Config,
  say: (line: string) => void,
): Promise<{ db: Db; local?: LocalNeo4j }> {
  if (config.NEO4J_URI) {
    const db = await connect({
      uri: config.NEO4J_URI,
      user: config.NEO4J_USER,
      password: config.NEO4J_PASSWORD,
      database: config.NEO4J_DATABASE,
    });
    return { db };
  }
  const local = await startLocalNeo4j({
    home: config.TSUNAGARI_DATA_DIR,
    boltPort: config.NEO4J_BOLT_PORT,
    heapSize: config.NEO4J_HEAP_SIZE,
    pageCacheSize: config.NEO4J_PAGECACHE_SIZE,
    onProgress: say,
  });
  try {
    return { db: await connect(local), local };
  } catch (error) {
    await local.stop();
    throw error;
  }
}

export async function startServer(config: Config, say: (line: string) => void = () => {}): Promise<Running> {
  const { db, local } = await openDatabase(config, say);
  const closeDb = async () => {
    await db.close();
    await local?.stop();
  };
  try {
    await applySchema(db);
    if (config.TSUNAGARI_DEMO_DATA === 'auto' && (await loadDemoIfEmpty(db)))
      say('loaded the demo network into the empty database');
    const { app, stop: stopApollo } = await createApp(db);
    const server = await listen(app, config.PORT, config.HOST);
    const { port } = server.address() as AddressInfo;
    const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    return {
      url: `http://${host}:${port}`,
      db,
      async stop() {
        // Browsers keep connections open; without closing them, close() would wait forever and
        // Neo4j would never be stopped. Idle ones go now, busy ones after a short grace period.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = setTimeout(() => server.closeAllConnections(), 5_000);
        await closed;
        clearTimeout(grace);
        await stopApollo();
        await closeDb();
      },
    };
  } catch (error) {
    await closeDb();
    throw error;
  }
}

function listen(app: (req: never, res: never) => void, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    import('node:http').then(({ createServer }) => {
      const server = createServer(app as never);
      server.once('error', (error: NodeJS.ErrnoException) =>
        reject(
          new StartupError(
            error.code === 'EADDRINUSE'
              ? `Port ${port} is already in use: stop the other process or set PORT to a free port.`
              : `Cannot listen on ${host}:${port} (${error.code}).`,
          ),
        ),
      );
      server.listen(port, host, () => resolve(server));
    }, reject);
  });
}
