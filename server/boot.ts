/**
 * Brings the whole server up (database, schema, demo data when empty, HTTP) and down again.
 * Used by `npm start` and by the end-to-end tests.
 */
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { smtpMailer, terminalMailer, type Mailer } from './auth/mailer.ts';
import { Oidc } from './auth/oidc.ts';
import { Auth, DEFAULT_AUTH_SETTINGS } from './auth/service.ts';
import type { Config } from './config.ts';
import { connect, type Db } from './db/driver.ts';
import { startLocalNeo4j, type LocalNeo4j } from './db/local-neo4j.ts';
import { applySchema } from './db/schema.ts';
import { installChangeTrigger } from './graph/hand-writes.ts';
import { loadDemoIfEmpty } from './demo.ts';
import { StartupError } from './errors.ts';
import { log } from './log.ts';
import { createApp } from './http/app.ts';
import { graphStore } from './graph/store.ts';
import { setUploadDirectory } from './features/data/import/uploads.ts';
import { sweepRequests } from './features/requests/sweep.ts';

export interface Running {
  url: string;
  db: Db;
  auth: Auth;
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
  checkPublicUrl(config.TSUNAGARI_PUBLIC_URL);
  checkOidc(config);
  const { db, local } = await openDatabase(config, say);
  let mailer: Mailer | undefined;
  const closeDb = async () => {
    await db.close();
    await local?.stop();
  };
  try {
    await applySchema(db);
    await installChangeTrigger(db);
    if (config.TSUNAGARI_DEMO_DATA === 'auto' && (await loadDemoIfEmpty(db)))
      say('loaded the demo network into the empty database');
    // The address is known once listening (PORT may be 0); links made before that never happen.
    let url = '';
    mailer = config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM) : terminalMailer(say);
    const auth = new Auth(db, mailer, {
      ...DEFAULT_AUTH_SETTINGS,
      publicUrl: () => config.TSUNAGARI_PUBLIC_URL ?? url,
      linkMinutes: config.TSUNAGARI_SIGN_IN_LINK_MINUTES,
      idleMinutes: config.TSUNAGARI_SESSION_IDLE_MINUTES,
      maxHours: config.TSUNAGARI_SESSION_MAX_HOURS,
      auditDays: config.TSUNAGARI_AUDIT_DAYS,
    });
    if (config.TSUNAGARI_UPLOAD_DIR) setUploadDirectory(config.TSUNAGARI_UPLOAD_DIR);
    const { app, stop: stopApollo } = await createApp(db, auth, {
      oidc: oidcOf(config, () => auth.settings.publicUrl()),
      trustProxy: config.TSUNAGARI_TRUST_PROXY,
      publicDemo: config.TSUNAGARI_PUBLIC_DEMO,
      dev: config.TSUNAGARI_DEV,
      publicUrl: config.TSUNAGARI_PUBLIC_URL,
    });
    const server = await listen(app, config.PORT, config.HOST);
    const { port } = server.address() as AddressInfo;
    const host = config.HOST === '127.0.0.1' || config.HOST === '0.0.0.0' ? 'localhost' : config.HOST;
    url = `http://${host}:${port}`;
    const onLocalhost = ['127.0.0.1', 'localhost', '::1'].includes(config.HOST);
    if (!onLocalhost && !config.TSUNAGARI_PUBLIC_URL?.startsWith('https://'))
      say(
        `warning: listening on ${config.HOST} without HTTPS in front; browsers on other machines would send sessions in clear text, and requests naming this machine by another name are refused. Put a TLS proxy in front and set TSUNAGARI_PUBLIC_URL=https://… (docs/security.md).`,
      );
    // Read the network now, not on the first question: search and the explorer answer from it.
    void graphStore(db)
      .current()
      .catch((error: unknown) =>
        log.warn(
          { err: { name: (error as Error).name } },
          'reading the network at start failed; the first question retries',
        ),
      );
    const firstLink = await auth.ensureAdministrator(config.TSUNAGARI_ADMIN_EMAIL);
    if (firstLink)
      say(
        `created the instance administrator (${config.TSUNAGARI_ADMIN_EMAIL ?? 'admin@localhost'}); sign in once with this link (24 hours, single use):\n  ${firstLink}`,
      );
    // Ended sessions, expired links and audit entries past retention go hourly, with the
    // introduction requests' reminders and expiry (unref'd: it never keeps the process alive).
    const sweeper = setInterval(() => {
      void auth
        .sweep()
        .catch((error: unknown) => log.warn({ err: { name: (error as Error).name } }, 'session sweep failed'));
      // Introduction requests: reminders, expiry and daily digests (features/requests/sweep.ts).
      void sweepRequests(db, auth).catch((error: unknown) =>
        log.warn({ err: { name: (error as Error).name } }, 'introduction request sweep failed'),
      );
    }, 3_600_000);
    sweeper.unref();
    return {
      url,
      db,
      auth,
      async stop() {
        // Browsers keep connections open; without closing them, close() would wait forever and
        // Neo4j would never be stopped. Idle ones go now, busy ones after a short grace period.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = setTimeout(() => server.closeAllConnections(), 5_000);
        await closed;
        clearTimeout(grace);
        clearInterval(sweeper);
        await stopApollo();
        mailer?.close();
        await closeDb();
      },
    };
  } catch (error) {
    mailer?.close();
    await closeDb();
    throw error;
  }
}

/** The OpenID Connect provider, when configured (checked before anything starts). */
function oidcOf(config: Config, publicUrl: () => string): Oidc | undefined {
  if (!config.OIDC_ISSUER) return undefined;
  return new Oidc(
    {
      issuer: config.OIDC_ISSUER,
      clientId: config.OIDC_CLIENT_ID!,
      clientSecret: config.OIDC_CLIENT_SECRET,
      allowedDomains: (config.OIDC_ALLOWED_DOMAINS ?? '')
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
      name: config.OIDC_NAME,
    },
    () => `${publicUrl()}/auth/oidc/callback`,
  );
}

function checkOidc(config: Config): void {
  if (!config.OIDC_ISSUER) return;
  if (!config.OIDC_CLIENT_ID)
    throw new StartupError(
      'OIDC_CLIENT_ID is invalid: expected the client id the provider gave you (OIDC_ISSUER is set)',
    );
  const host = new URL(config.OIDC_ISSUER).hostname;
  if (config.OIDC_ISSUER.startsWith('http://') && host !== 'localhost' && host !== '127.0.0.1')
    throw new StartupError('OIDC_ISSUER is invalid: an issuer must use HTTPS (plain HTTP only on localhost)');
}

/** Session cookies need HTTPS, except for a browser on this machine. */
function checkPublicUrl(url: string | undefined): void {
  if (!url || url.startsWith('https://')) return;
  const host = new URL(url).hostname;
  if (host !== 'localhost' && host !== '127.0.0.1' && host !== '[::1]')
    throw new StartupError(
      `TSUNAGARI_PUBLIC_URL is invalid: plain HTTP is only for localhost; serve ${host} over HTTPS (see docs/security.md).`,
    );
}

function listen(app: (req: never, res: never) => void, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    import('./http/server.ts').then(({ httpServer }) => {
      const server = httpServer(app as never);
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
