/**
 * The HTTP face: Apollo Server on Express 5 at /graphql, sign-in under /auth, a health check, and
 * the built explorer. Every GraphQL request carries its viewer (the session cookie's account).
 */
import { AFTER_HEADER, inSeenScope, parseAfter, VERSION_HEADER, writtenVersion } from '../graph/seen.ts';
import fs from 'node:fs';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { AppError } from '../errors.ts';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import { graphStore } from '../graph/store.ts';
import express, { type ErrorRequestHandler } from 'express';
import { pinoHttp } from 'pino-http';
import { authHttp, type AuthHttpOptions } from '../auth/routes.ts';
import { hardening } from './hardening.ts';
import type { Auth } from '../auth/service.ts';
import { log } from '../log.ts';
import type { Db } from '../db/driver.ts';
import { repoRoot } from '../config.ts';
import { withAccess } from '../api/access.ts';
import type { GraphQLContext } from '../api/context.ts';
import { Budgets, costControl, SharedBudgets } from '../api/budget.ts';
import { SharedRateStore } from './rate-store.ts';
import { aliasLimit, COST_LIMITS, resolvedFields } from '../api/cost.ts';
import { depthLimit } from '../api/depth-limit.ts';
import { currentWriteScope, inWriteScope, KEY_PATTERN } from '../db/idempotency.ts';
import { formatError } from '../api/errors.ts';
import { signInGuard } from '../api/guard.ts';
import { resolvers } from '../api/resolvers.ts';
import { discardUploadsOf } from '../features/data/import/uploads.ts';
import type { AccountDirectory } from '../shared/viewer.ts';
import { typeDefs } from '../api/schema.ts';

export const clientDist = path.join(repoRoot, 'dist', 'client');

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

export interface AppOptions extends AuthHttpOptions {
  /** Express's `trust proxy` (TSUNAGARI_TRUST_PROXY): whose X-Forwarded-For names the client. */
  trustProxy?: string | undefined;
  /** Read-only public demo mode (TSUNAGARI_PUBLIC_DEMO). */
  publicDemo?: boolean;
  /** Development mode (TSUNAGARI_DEV, `npm run dev`): introspection, Apollo's Sandbox page, no CSP. */
  dev?: boolean;
  /** TSUNAGARI_PUBLIC_URL, for the Host and Origin checks (hardening.ts). */
  publicUrl?: string | undefined;
  /** Per-client budgets (budget.ts); tests pass their own to control the clock or the allowance. */
  budgets?: Budgets;
}

export async function createApp(db: Db, auth: Auth, options: AppOptions = {}): Promise<App> {
  // Counters and budgets are shared with every other instance on this database (decision 0022).
  const signIn = authHttp(auth, { rateStore: new SharedRateStore(db, 'sign-in'), ...options });
  const budgets = options.budgets ?? new SharedBudgets(db, COST_LIMITS.perMinute);
  const apollo = new ApolloServer<GraphQLContext>({
    typeDefs,
    resolvers: withAccess(resolvers),
    // Production unless asked: no introspection, no Sandbox page (it loads from a CDN).
    introspection: options.dev === true,
    plugins: [
      signInGuard,
      costControl(resolvedFields(resolvers), budgets),
      unavailableAs503,
      mutationsRecordTheirWrites,
      answersTheVersionWritten,
      options.dev
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true })
        : ApolloServerPluginLandingPageDisabled(),
      // No cache hints are declared and answers are never cached over HTTP (POST, per viewer):
      // without this, Apollo's default cache-control plugin wraps every field resolver to
      // compute a policy nobody reads (~2 % of the API's CPU under load, docs/benchmarks.md).
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError,
    hideSchemaDetailsFromClientErrors: true,
    includeStacktraceInErrorResponses: false,
    parseOptions: { maxTokens: 5000 },
    validationRules: [depthLimit(COST_LIMITS.depth), aliasLimit(COST_LIMITS.aliases)],
    // Apollo's own signal handler would stop only Apollo and re-raise the signal, killing the
    // process before the local Neo4j is stopped; server/main.ts shuts everything down in order.
    stopOnTerminationSignals: false,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use(...hardening({ publicUrl: options.publicUrl, dev: options.dev === true }));
  if (options.trustProxy !== undefined)
    app.set('trust proxy', /^\d+$/.test(options.trustProxy) ? Number(options.trustProxy) : options.trustProxy);
  // Request logs carry method, path, status and time only: bodies and query strings can hold
  // personal data (names typed into search), so they never reach the log.
  app.use(
    pinoHttp({
      logger: log,
      serializers: {
        req: (req: { method: string; url: string }) => ({ method: req.method, path: req.url.split('?')[0] }),
        res: (res: { statusCode: number }) => ({ status: res.statusCode }),
      },
      // Health probes come every few seconds: a 503 from /readyz while warming up is not an error.
      autoLogging: { ignore: (req) => req.url === '/healthz' || req.url === '/readyz' },
      // Routine requests at debug (LOG_LEVEL=debug shows them); failures always.
      customLogLevel: (_req, res, error) =>
        error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'debug',
    }),
  );
  // /healthz: the process is alive; /readyz: it can answer — the database is reachable and the
  // in-memory network has been read (search, the explorer and every engine answer from it), so a
  // load balancer sends no question to an instance that would make it wait for that first read.
  app.get('/healthz', (_req, res) => void res.json({ status: 'ok' }));
  app.get('/readyz', async (_req, res) => {
    const reason = !(await db.ready()) ? 'database' : !graphStore(db).isLoaded() ? 'network' : null;
    if (reason === null) return void res.json({ ready: true });
    res.status(503).set('retry-after', String(RETRY_AFTER_SECONDS)).json({ ready: false, reason });
  });
  app.use('/auth', signIn.router);
  // After an erasure the process forgets the account's cached sessions and removes its waiting
  // import uploads (the files may hold the person's own lists).
  const accounts: AccountDirectory = {
    ensureAccount: (email) => auth.ensureAccount(email),
    invite: (...args) => auth.invite(...args),
    notify: (...args) => auth.notify(...args),
    forget: (accountId) => {
      auth.forget(accountId);
      discardUploadsOf(accountId);
    },
  };
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    // After the body parser, so that the write scope follows the request into Apollo.
    writeScope,
    seenScope,
    expressMiddleware(apollo, {
      context: async ({ req }) => {
        const viewer = await viewerOrUnavailable(() => signIn.viewerOf(req));
        const scope = currentWriteScope();
        if (scope) scope.account = viewer?.accountId ?? null;
        return {
          db,
          viewer,
          accounts,
          publicDemo: options.publicDemo === true,
          client: viewer ? `account:${viewer.accountId}` : `address:${req.ip ?? 'unknown'}`,
        };
      },
    }),
  );
  if (fs.existsSync(path.join(clientDist, 'index.html'))) {
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // Every other GET is a view of the single-page explorer (views are URLs).
    app.get(/^\/(?!graphql|auth\/).*/, (_req, res) => res.sendFile(path.join(clientDist, 'index.html')));
  }
  app.use(jsonErrors);
  return {
    app,
    stop: async () => {
      await apollo.stop();
      await budgets.stop();
      await auth.stop();
    },
  };
}

const RETRY_AFTER_SECONDS = 5;

const unavailable = () =>
  new GraphQLError('The database is unavailable; try again shortly.', {
    extensions: {
      code: 'UNAVAILABLE',
      http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
    },
  });

/** The session lookup needs the database: when it is down, the whole request answers 503. */
async function viewerOrUnavailable<T>(lookup: () => Promise<T>): Promise<T> {
  try {
    return await lookup();
  } catch (error) {
    if (error instanceof AppError && error.code === 'UNAVAILABLE') throw unavailable();
    throw error;
  }
}

/** An answer whose errors say the database is unavailable is HTTP 503 with Retry-After. */
const unavailableAs503: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response, errors }) {
        const down = (errors ?? []).some((e) => {
          const original = (e as { originalError?: unknown }).originalError;
          return original instanceof AppError && original.code === 'UNAVAILABLE';
        });
        if (!down) return;
        response.http.status = 503;
        response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
      },
    };
  },
};

/**
 * Each request runs in a write scope (db/idempotency.ts) keyed by its `Idempotency-Key` header,
 * or by a key of its own: then only the driver's retries of the same request are covered.
 */
const writeScope: express.RequestHandler = (req, res, next) => {
  const key = req.get('idempotency-key');
  if (key !== undefined && !KEY_PATTERN.test(key))
    return void res.status(400).json({
      errors: [
        {
          message: 'The Idempotency-Key header must be 8–128 letters, digits, "-" or "_".',
          extensions: { code: 'BAD_REQUEST' },
        },
      ],
    });
  inWriteScope(key, next);
};

/**
 * Read-your-writes across instances (graph/seen.ts): the version of the network the client has
 * seen (`Tsunagari-After`, ignored unless a whole number) travels with the request.
 */
const seenScope: express.RequestHandler = (req, _res, next) => {
  inSeenScope(parseAfter(req.get(AFTER_HEADER)), next);
};

/** A request that wrote answers the change log's version its writes made (`Tsunagari-Version`). */
const answersTheVersionWritten: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const written = writtenVersion();
        if (written > 0) response.http.headers.set(VERSION_HEADER, String(written));
      },
    };
  },
};

/** A mutation's write transactions record their results (db/idempotency.ts); queries write nothing. */
const mutationsRecordTheirWrites: ApolloServerPlugin<GraphQLContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ operation, request }) {
        const scope = currentWriteScope();
        if (!scope || operation?.operation !== 'mutation') return;
        scope.operation = JSON.stringify([request.query ?? '', request.operationName ?? '', request.variables ?? {}]);
        scope.active = true;
      },
    };
  },
};

/** Express answers bad JSON and oversized bodies with an HTML page by default; clients get JSON. */
const jsonErrors: ErrorRequestHandler = (error: { status?: number; type?: string }, _req, res, _next) => {
  void _next;
  const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
  const message =
    error.type === 'entity.parse.failed'
      ? 'The request body is not valid JSON.'
      : error.type === 'entity.too.large'
        ? 'The request body is larger than 1 MB.'
        : status < 500
          ? 'Bad request.'
          : 'Internal server error.';
  res
    .status(status)
    .json({ errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }] });
};
