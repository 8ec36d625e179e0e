/**
 * The local Neo4j launcher itself: data persists across a clean stop and start, a second start on
 * the same folder attaches to the running server instead of failing, and stop closes the port.
 */
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { connect } from '../../server/db/driver.ts';
import { freePort, startLocalNeo4j } from '../../server/db/local-neo4j.ts';

const home = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-launcher-'));
afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

const isOpen = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('the local Neo4j', () => {
  it(
    'persists data across a clean restart, attaches when already running, and stops cleanly',
    { timeout: 180_000 },
    async () => {
      const options = {
        home,
        cacheDir: path.join(repoRoot, '.neo4j-test'),
        boltPort: await freePort(),
        heapSize: '512m',
        pageCacheSize: '64m',
      };
      const first = await startLocalNeo4j(options);
      expect(fs.readFileSync(path.join(home, 'conf', 'neo4j.conf'), 'utf8')).toContain(`127.0.0.1:${options.boltPort}`);
      expect(fs.statSync(path.join(home, 'password')).mode & 0o777).toBe(0o600);
      const db = await connect(first);
      await db.write((tx) => tx.runText("CREATE (:LauncherProbe {note: 'still here'})"));
      const apoc = await db.read((tx) =>
        tx.runText("SHOW PROCEDURES YIELD name WHERE name STARTS WITH 'apoc.' RETURN count(*) AS n"),
      );
      expect(Number(apoc[0]!.n)).toBeGreaterThan(50);

      const attached = await startLocalNeo4j(options);
      expect(attached.uri).toBe(first.uri);
      await attached.stop(); // the owner still runs it
      expect(await isOpen(options.boltPort)).toBe(true);

      await db.close();
      await first.stop();
      expect(await isOpen(options.boltPort)).toBe(false);
      expect(fs.readFileSync(path.join(home, 'logs', 'neo4j.log'), 'utf8')).toMatch(/Stopped\./);

      const second = await startLocalNeo4j(options);
      const again = await connect(second);
      const rows = await again.read((tx) => tx.runText('MATCH (p:LauncherProbe) RETURN p.note AS note'));
      expect(rows).toEqual([{ note: 'still here' }]);
      await again.close();
      await second.stop();
    },
  );
});
