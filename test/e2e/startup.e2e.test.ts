/**
 * `npm start` problems a user can fix: each prints one clear line (no stack trace) and exits 1.
 * Runs the real entry point as a child process with a broken environment.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';

// One process, as `npm start` runs it (node --import tsx): no wrapper between it and the signal.
const nodeArgs = ['--import', 'tsx'];
let scratch: string;

beforeAll(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'tsunagari-startup-'));
});
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

interface Outcome {
  code: number | null;
  stderr: string;
}

function start(env: Record<string, string | undefined>, script = 'server/main.ts'): Promise<Outcome> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...nodeArgs, script], {
      cwd: repoRoot,
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        LOG_LEVEL: 'silent',
        TSUNAGARI_DATA_DIR: path.join(scratch, 'data'),
        ...env,
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 50_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

/** A folder holding a fake `java` that reports the given version, and nothing else. */
function fakeJava(version: string): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'bin-'));
  fs.writeFileSync(path.join(dir, 'java'), `#!/bin/sh\necho 'openjdk version "${version}" 2020-01-01' >&2\n`, {
    mode: 0o755,
  });
  return dir;
}

function expectOneLine(outcome: Outcome, pattern: RegExp) {
  expect(outcome.code).toBe(1);
  const lines = outcome.stderr.trim().split('\n');
  expect(lines, outcome.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^tsunagari: /);
  expect(lines[0]).toMatch(pattern);
  expect(outcome.stderr).not.toMatch(/\n\s+at /);
}

describe('start-up problems', () => {
  it('an unreachable NEO4J_URI', async () => {
    expectOneLine(
      await start({ NEO4J_URI: 'bolt://127.0.0.1:9', NEO4J_PASSWORD: 'x' }),
      /Cannot reach Neo4j at bolt:\/\/127\.0\.0\.1:9: check NEO4J_URI/,
    );
  });

  it('wrong credentials', async () => {
    const target = inject('neo4j');
    expectOneLine(
      await start({ NEO4J_URI: target.uri, NEO4J_PASSWORD: 'definitely-wrong' }),
      /rejected user "neo4j": check NEO4J_USER and NEO4J_PASSWORD/,
    );
  });

  it('a malformed variable', async () => {
    expectOneLine(await start({ PORT: 'eighty' }), /^tsunagari: PORT is invalid/);
    expectOneLine(await start({ NEO4J_URI: 'http://localhost:7474' }), /NEO4J_URI is invalid: expected a Neo4j URI/);
    expectOneLine(
      await start({ TSUNAGARI_ADMIN_EMAIL: 'chief' }),
      /TSUNAGARI_ADMIN_EMAIL is invalid: expected an e-mail address/,
    );
    expectOneLine(
      await start({ TSUNAGARI_PUBLIC_URL: 'http://tsunagari.example.org' }),
      /TSUNAGARI_PUBLIC_URL is invalid: plain HTTP is only for localhost/,
    );
    expectOneLine(
      await start({ OIDC_ISSUER: 'https://accounts.google.com' }),
      /OIDC_CLIENT_ID is invalid: expected the client id/,
    );
    expectOneLine(
      await start({ OIDC_ISSUER: 'http://login.example.org', OIDC_CLIENT_ID: 'x' }),
      /OIDC_ISSUER is invalid: an issuer must use HTTPS/,
    );
  });

  it('no Java on PATH', async () => {
    const empty = fs.mkdtempSync(path.join(scratch, 'bin-'));
    expectOneLine(await start({ PATH: empty }), /Java 17 or newer is needed/);
  });

  it('a Java older than 17', async () => {
    expectOneLine(await start({ PATH: fakeJava('11.0.22') }), /Java 11 found, but Neo4j 5\.26 needs Java 17 or 21/);
  });

  it('no Maven on PATH', async () => {
    expectOneLine(await start({ PATH: fakeJava('17.0.15') }), /Maven \(`mvn`\) is needed/);
  });

  it('a busy Bolt port', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      expectOneLine(
        await start({ NEO4J_BOLT_PORT: String(port) }, 'server/cli/db.ts'),
        new RegExp(`Port ${port} is already in use .*NEO4J_BOLT_PORT`),
      );
    } finally {
      blocker.close();
    }
  });
});

describe('shutdown', () => {
  it(
    'the first start prints a sign-in link for the administrator; SIGTERM stops the server and its local Neo4j even while a browser keeps a connection open',
    { timeout: 120_000 },
    async () => {
      const { freePort } = await import('../../server/db/local-neo4j.ts');
      const [port, bolt] = [await freePort(), await freePort()];
      const child = spawn(process.execPath, [...nodeArgs, 'server/main.ts'], {
        cwd: repoRoot,
        env: {
          PATH: process.env.PATH,
          HOME: process.env.HOME,
          PORT: String(port),
          NEO4J_BOLT_PORT: String(bolt),
          NEO4J_HEAP_SIZE: '512m',
          NEO4J_PAGECACHE_SIZE: '64m',
          TSUNAGARI_DEMO_DATA: 'never',
          TSUNAGARI_DATA_DIR: path.join(scratch, 'shutdown'),
        },
      });
      let stdout = '';
      child.stdout.on('data', (chunk) => (stdout += chunk));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      while (!/explorer at/.test(stdout)) {
        if (child.exitCode !== null) throw new Error(`server exited early: ${stdout}`);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      // The first start created the administrator and printed a one-time link that signs in.
      const link = stdout.match(/created the instance administrator \(admin@localhost\)[^\n]*\n\s+(\S+)/)?.[1];
      expect(link, stdout).toMatch(new RegExp(`^http://localhost:${port}/auth/sign-in/verify\\?token=`));
      const opened = await fetch(link!.replace('localhost', '127.0.0.1'), { redirect: 'manual' });
      expect(opened.status).toBe(303);
      const cookie = opened.headers
        .getSetCookie()
        .find((c) => c.startsWith('tsunagari-session='))!
        .split(';')[0]!;
      const me = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ query: '{ me { email administrator } }' }),
      });
      expect(((await me.json()) as { data: unknown }).data).toEqual({
        me: { email: 'admin@localhost', administrator: true },
      });

      // A keep-alive connection, as a browser holds one.
      const socket = net.connect({ port, host: '127.0.0.1' });
      await new Promise((resolve) => socket.once('connect', resolve));
      socket.write(`GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: keep-alive\r\n\r\n`);
      await new Promise((resolve) => socket.once('data', resolve));

      child.kill('SIGTERM');
      const code = await exited;
      expect(stdout).toMatch(/stopped\./);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(/stopped\./);
      const boltOpen = await new Promise<boolean>((resolve) => {
        const probe = net.connect({ port: bolt, host: '127.0.0.1' });
        probe.once('connect', () => (probe.destroy(), resolve(true)));
        probe.once('error', () => resolve(false));
      });
      expect(boltOpen).toBe(false);
      socket.destroy();
    },
  );
});
