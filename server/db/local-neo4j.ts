/**
 * Runs Neo4j 5.26 Community (+ APOC core) as a child process, from jars that Maven resolves with
 * neo4j/pom.xml. We run Neo4j's own server entry point with a generated neo4j.conf rather than an
 * embedded DBMS: same behaviour as a packaged server, no Java code of ours to build.
 * See docs/decisions/0001-local-neo4j.md.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { StartupError } from '../errors.ts';
import { repoRoot } from '../config.ts';
import { renderApocConf, renderNeo4jConf, jvmArguments } from './neo4j-conf.ts';
import { canAuthenticate, setInitialPassword } from './driver.ts';

export interface LocalNeo4jOptions {
  /** Folder holding conf/, data/, logs/, plugins/ and the generated password. */
  home: string;
  boltPort: number;
  heapSize: string;
  pageCacheSize: string;
  /** Where the resolved class path is cached (default: `home`); several homes may share one. */
  cacheDir?: string;
  /** Progress lines for the user (never personal data). */
  onProgress?: (line: string) => void;
}

export interface LocalNeo4j {
  uri: string;
  user: string;
  password: string;
  /** Stops Neo4j cleanly (SIGTERM, then SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** The Neo4j process this call started (absent when it attached to one already running). */
  pid?: number;
}

const POM = path.join(repoRoot, 'neo4j', 'pom.xml');
const START_TIMEOUT_MS = 180_000;

export async function startLocalNeo4j(options: LocalNeo4jOptions): Promise<LocalNeo4j> {
  const say = options.onProgress ?? (() => {});
  checkJava();
  for (const dir of ['conf', 'data', 'logs', 'plugins', 'run']) {
    fs.mkdirSync(path.join(options.home, dir), { recursive: true });
  }
  const classpath = resolveClasspath(options.home, options.cacheDir ?? options.home, say);
  const running = await attachToRunning(options);
  if (running) {
    say(`using the local Neo4j already running on 127.0.0.1:${options.boltPort} (npm run db)`);
    return running;
  }
  await ensurePortFree(options.boltPort);
  const password = readOrCreatePassword(options.home);
  fs.writeFileSync(
    path.join(options.home, 'conf', 'neo4j.conf'),
    renderNeo4jConf({ home: options.home, boltPort: options.boltPort, pageCacheSize: options.pageCacheSize }),
  );
  fs.writeFileSync(path.join(options.home, 'conf', 'apoc.conf'), renderApocConf());
  say(
    `starting Neo4j on 127.0.0.1:${options.boltPort} (data in ${path.relative(repoRoot, options.home) || options.home})`,
  );
  const child = spawnNeo4j(options, classpath);
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  try {
    await waitForBolt(child, options.boltPort, options.home);
    await setInitialPassword(uri, password);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  say(`Neo4j is ready at ${uri}`);
  return { uri, user: 'neo4j', password, stop: () => stopChild(child), pid: child.pid };
}

function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) {
    throw new StartupError(
      'Java 17 or newer is needed for the local Neo4j: install a JDK (e.g. `apt-get install openjdk-17-jdk-headless`), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${result.stderr}${result.stdout}`);
  const major = match ? Number(match[1] === '1' ? match[2] : match[1]) : 0;
  if (major < 17) {
    throw new StartupError(
      `Java ${major || 'of unknown version'} found, but Neo4j 5.26 needs Java 17 or 21: install one and put it first on PATH (or set JAVA_HOME), or set NEO4J_URI.`,
    );
  }
}

/** Asks Maven for Neo4j's class path once per pom.xml version; later starts work offline. */
function resolveClasspath(home: string, cacheDir: string, say: (line: string) => void): string[] {
  const pomHash = createHash('sha256').update(fs.readFileSync(POM)).digest('hex');
  fs.mkdirSync(cacheDir, { recursive: true });
  const cacheFile = path.join(cacheDir, 'classpath.txt');
  const hashFile = path.join(cacheDir, 'classpath.sha256');
  const cached =
    fs.existsSync(cacheFile) && fs.existsSync(hashFile) && fs.readFileSync(hashFile, 'utf8') === pomHash
      ? splitClasspath(fs.readFileSync(cacheFile, 'utf8'))
      : undefined;
  if (cached && cached.every((jar) => fs.existsSync(jar))) return installPlugins(home, cached);

  say('resolving Neo4j 5.26 and APOC core from Maven Central (first run only, about a minute)…');
  const mavenLog = path.join(home, 'logs', 'maven.log');
  const result = spawnSync(
    'mvn',
    [
      '-q',
      '-B',
      '-f',
      POM,
      'dependency:build-classpath',
      '-Dmdep.includeScope=runtime',
      `-Dmdep.outputFile=${cacheFile}`,
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  if (result.error) {
    throw new StartupError(
      'Maven (`mvn`) is needed to fetch the local Neo4j: install it (e.g. `apt-get install maven`), or set NEO4J_URI to use your own Neo4j.',
    );
  }
  fs.writeFileSync(mavenLog, `${result.stdout}\n${result.stderr}`);
  if (result.status !== 0 || !fs.existsSync(cacheFile)) {
    throw new StartupError(
      `Maven could not resolve Neo4j's jars (details in ${mavenLog}); check that Maven Central is reachable.`,
    );
  }
  fs.writeFileSync(hashFile, pomHash);
  return installPlugins(home, splitClasspath(fs.readFileSync(cacheFile, 'utf8')));
}

function splitClasspath(text: string): string[] {
  return text.trim().split(path.delimiter).filter(Boolean);
}

/**
 * APOC must sit in the plugins folder (where Neo4j discovers procedures) and be on the class path
 * (where its extension factories are found), as the packaged server does with `plugins/*`.
 */
function installPlugins(home: string, jars: string[]): string[] {
  const pluginsDir = path.join(home, 'plugins');
  const isApoc = (jar: string) => path.basename(jar).startsWith('apoc-');
  const wanted = new Set(jars.filter(isApoc).map((jar) => path.basename(jar)));
  for (const existing of fs.readdirSync(pluginsDir)) {
    if (!wanted.has(existing)) fs.rmSync(path.join(pluginsDir, existing));
  }
  for (const jar of jars.filter(isApoc)) {
    const target = path.join(pluginsDir, path.basename(jar));
    if (!fs.existsSync(target)) fs.copyFileSync(jar, target);
  }
  return [path.join(pluginsDir, '*'), ...jars.filter((jar) => !isApoc(jar))];
}

async function ensurePortFree(port: number): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        new StartupError(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another Neo4j?): stop that process or set NEO4J_BOLT_PORT to a free port.`
            : `Cannot listen on 127.0.0.1:${port} (${error.code ?? error.message}): set NEO4J_BOLT_PORT to another port.`,
        ),
      );
    });
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve()));
  });
}

/**
 * `npm run db` in one terminal and `npm start` in another: when our own Neo4j (same data folder,
 * same password) already answers on the port, use it and leave stopping it to its owner.
 */
async function attachToRunning(options: LocalNeo4jOptions): Promise<LocalNeo4j | undefined> {
  const passwordFile = path.join(options.home, 'password');
  if (!fs.existsSync(passwordFile) || !(await canConnect(options.boltPort))) return undefined;
  const password = fs.readFileSync(passwordFile, 'utf8').trim();
  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  return (await canAuthenticate(uri, password)) ? { uri, user: 'neo4j', password, stop: async () => {} } : undefined;
}

/**
 * Runs `neo4j-admin` (Neo4j's AdminTool, from the same jars) on the local Neo4j's folder, which
 * must be stopped: dump and load are offline in Community. Resolves with its output; a failure
 * becomes one StartupError line (the tool's own last line).
 */
export async function runNeo4jAdmin(
  options: Pick<LocalNeo4jOptions, 'home' | 'boltPort' | 'cacheDir' | 'onProgress'>,
  args: string[],
): Promise<string> {
  checkJava();
  if (!fs.existsSync(path.join(options.home, 'conf', 'neo4j.conf')) || !fs.existsSync(path.join(options.home, 'data')))
    throw new StartupError(`No local database in ${options.home} yet: start Tsunagari once (npm start) first.`);
  if (await canConnect(options.boltPort))
    throw new StartupError(
      `The local Neo4j is running on port ${options.boltPort}: stop Tsunagari (Ctrl-C in its terminal, or npm run db) and run this again.`,
    );
  const classpath = resolveClasspath(options.home, options.cacheDir ?? options.home, options.onProgress ?? (() => {}));
  const result = spawnSync('java', ['-cp', classpath.join(path.delimiter), 'org.neo4j.cli.AdminTool', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: path.join(options.home, 'conf') },
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.status !== 0) {
    const last = output.trim().split('\n').filter(Boolean).at(-1) ?? `exit code ${result.status}`;
    throw new StartupError(`neo4j-admin ${args.slice(0, 2).join(' ')} failed: ${last}`);
  }
  return output;
}

/** A free loopback port, for Neo4j instances that must not collide with the development one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function readOrCreatePassword(home: string): string {
  const file = path.join(home, 'password');
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim();
  const password = randomBytes(18).toString('base64url');
  fs.writeFileSync(file, `${password}\n`, { mode: 0o600 });
  return password;
}

function spawnNeo4j(options: LocalNeo4jOptions, classpath: string[]): ChildProcess {
  const console = fs.openSync(path.join(options.home, 'logs', 'console.log'), 'a');
  return spawn(
    'java',
    [
      ...jvmArguments(options.heapSize),
      '-cp',
      classpath.join(path.delimiter),
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${options.home}`,
      `--config-dir=${path.join(options.home, 'conf')}`,
      '--console-mode',
    ],
    // Same process group: a Ctrl-C or a group-wide SIGTERM reaches Neo4j too, which then shuts
    // down cleanly even if our process is gone before it can ask.
    { stdio: ['ignore', console, console] },
  );
}

async function waitForBolt(child: ChildProcess, port: number, home: string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  let exitCode: number | null | undefined;
  child.once('exit', (code) => (exitCode = code));
  while (Date.now() < deadline) {
    if (exitCode !== undefined) {
      throw new StartupError(`Neo4j stopped during start-up (exit ${exitCode}): ${lastLogError(home)}`);
    }
    if (await canConnect(port)) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new StartupError(
    `Neo4j did not open port ${port} within ${START_TIMEOUT_MS / 1000} s; see ${path.join(home, 'logs', 'neo4j.log')}.`,
  );
}

function lastLogError(home: string): string {
  const logFile = path.join(home, 'logs', 'neo4j.log');
  const lines = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').split('\n') : [];
  const error = lines.reverse().find((line) => / ERROR /.test(line));
  return error ? error.replace(/^.* ERROR\s+/, '') : `see ${logFile}`;
}

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  await exited;
  clearTimeout(timer);
}
