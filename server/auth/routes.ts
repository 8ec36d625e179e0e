/**
 * Sign-in over HTTP: the cookies, the rate limits and the three endpoints under /auth.
 *
 * - POST /auth/sign-in/email {email, language}: sends a link (202 whatever the address).
 * - GET  /auth/sign-in/verify?token=…: the link in the e-mail; starts a session and goes to the
 *   explorer, or goes to the sign-in page with the reason (`?signIn=expired|other-browser|invalid`).
 * - GET  /auth/oidc/start, /auth/oidc/callback: sign-in with the OpenID Connect provider, when one
 *   is configured (oidc.ts); problems come back as `?signIn=oidc-failed|unverified|domain|no-account`.
 * - GET  /auth/options: what the sign-in page may offer ({ oidc: provider name or null,
 *   publicDemo: whether the explorer opens without signing in }).
 * - POST /auth/sign-out: ends the session on the server and clears the cookie.
 *
 * Cookies are `__Host-` and `Secure` unless the explorer is served over plain HTTP on localhost,
 * always `HttpOnly` and `SameSite=Lax` (a link opened from a mail program is a top-level navigation,
 * so the sign-in nonce comes along). POSTs must be JSON, which a cross-site form cannot send.
 */
import { parse as parseCookies, serialize } from 'cookie';
import express, { type Request, type Response } from 'express';
import { rateLimit, type Store } from 'express-rate-limit';
import { log } from '../log.ts';
import type { Viewer } from '../shared/viewer.ts';
import { isLanguage } from './messages.ts';
import { decodeAttempt, encodeAttempt, type Oidc } from './oidc.ts';
import { isEmail, isSecretShaped, newSecret } from './secrets.ts';
import { Auth, RateLimited, VERIFY_PATH } from './service.ts';

export interface AuthHttp {
  router: express.Router;
  /** The viewer of a request (its session cookie), or null. */
  viewerOf(req: Request): Promise<Viewer | null>;
}

export interface AuthHttpOptions {
  /** Sign-in requests one IP address may make per window (default 20 per 15 minutes). */
  requestsPerIp?: number;
  /** Where the per-address counters live (default: this process; the app shares them through Neo4j). */
  rateStore?: Store | undefined;
  /** Sign-in with an OpenID Connect provider, when configured. */
  oidc?: Oidc | undefined;
  /** Read-only public demo mode: the explorer opens without signing in (told by /auth/options). */
  publicDemo?: boolean;
}

/** How long a browser may take at the provider before coming back. */
const OIDC_ATTEMPT_SECONDS = 600;

/** Cookies of an origin served over HTTPS get the `__Host-` prefix and `Secure`. */
export function cookieNames(secure: boolean): { session: string; nonce: string; oidc: string } {
  const prefix = secure ? '__Host-' : '';
  return {
    session: `${prefix}tsunagari-session`,
    nonce: `${prefix}tsunagari-sign-in`,
    oidc: `${prefix}tsunagari-oidc`,
  };
}

const problem = (res: Response, status: number, code: string, message: string) =>
  void res.status(status).json({ error: { code, message } });

export function authHttp(auth: Auth, options: AuthHttpOptions = {}): AuthHttp {
  const secure = () => auth.settings.publicUrl().startsWith('https://');
  const names = () => cookieNames(secure());
  const setCookie = (res: Response, name: string, value: string, maxAgeSeconds: number) =>
    res.append(
      'Set-Cookie',
      serialize(name, value, { httpOnly: true, secure: secure(), sameSite: 'lax', path: '/', maxAge: maxAgeSeconds }),
    );
  const cookie = (req: Request, name: string): string | undefined => {
    const value = parseCookies(req.headers.cookie ?? '')[name];
    return isSecretShaped(value) ? value : undefined;
  };

  const router = express.Router();
  const windowMinutes = auth.settings.linkWindowMinutes;
  const perIp = rateLimit({
    windowMs: windowMinutes * 60_000,
    limit: options.requestsPerIp ?? 20,
    ...(options.rateStore ? { store: options.rateStore } : {}),
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (_req, res) =>
      problem(res, 429, 'RATE_LIMITED', 'Too many sign-in requests from this address; try again later.'),
  });
  const jsonOnly: express.RequestHandler = (req, res, next) => {
    if (!req.is('application/json'))
      return problem(res, 415, 'BAD_REQUEST', 'Send this request as JSON (content-type: application/json).');
    next();
  };

  router.post('/sign-in/email', perIp, jsonOnly, express.json({ limit: '4kb' }), async (req, res, next) => {
    const { email, language } = (req.body ?? {}) as { email?: unknown; language?: unknown };
    if (!isEmail(email))
      return problem(res, 400, 'BAD_USER_INPUT', 'email: give an e-mail address such as name@example.org');
    if (language !== undefined && !isLanguage(language))
      return problem(res, 400, 'BAD_USER_INPUT', 'language: "ja" or "en"');
    // The nonce binds the link to this browser; a new one for every request, so only the latest
    // link works here.
    const nonce = newSecret();
    try {
      await auth.requestLink(email, language ?? 'ja', nonce);
    } catch (error) {
      if (error instanceof RateLimited) {
        res.set('Retry-After', String(error.retryAfterSeconds));
        return problem(res, 429, 'RATE_LIMITED', error.message);
      }
      return next(error);
    }
    setCookie(res, names().nonce, nonce, auth.settings.linkMinutes * 60);
    res.status(202).json({ sent: true });
  });

  router.get(VERIFY_PATH.replace(/^\/auth/, ''), perIp, async (req, res, next) => {
    const token = req.query.token;
    if (!isSecretShaped(token)) return void res.redirect(303, '/?signIn=invalid');
    try {
      const outcome = await auth.useLink(token, cookie(req, names().nonce));
      if ('problem' in outcome) return void res.redirect(303, `/?signIn=${outcome.problem}`);
      // A new session id at every sign-in; the nonce has done its work.
      setCookie(res, names().session, outcome.session, auth.settings.maxHours * 3600);
      setCookie(res, names().nonce, '', 0);
      res.redirect(303, '/');
    } catch (error) {
      next(error);
    }
  });

  router.get(
    '/options',
    (_req, res) =>
      void res.json({ oidc: options.oidc?.settings.name ?? null, publicDemo: options.publicDemo === true }),
  );

  const oidc = options.oidc;
  if (oidc) {
    router.get('/oidc/start', perIp, async (_req, res) => {
      try {
        const { url, attempt } = await oidc.start();
        setCookie(res, names().oidc, encodeAttempt(attempt), OIDC_ATTEMPT_SECONDS);
        res.redirect(303, url.href);
      } catch (error) {
        log.warn(
          { code: (error as { code?: string }).code ?? (error as Error).name },
          'the OpenID provider cannot be reached',
        );
        res.redirect(303, '/?signIn=oidc-failed');
      }
    });
    router.get('/oidc/callback', perIp, async (req, res, next) => {
      const attempt = decodeAttempt(parseCookies(req.headers.cookie ?? '')[names().oidc]);
      setCookie(res, names().oidc, '', 0);
      if (!attempt) return void res.redirect(303, '/?signIn=oidc-failed');
      try {
        const outcome = await oidc.finish(new URL(req.originalUrl, auth.settings.publicUrl()), attempt);
        if ('problem' in outcome) return void res.redirect(303, `/?signIn=${outcome.problem}`);
        const session = await auth.signInVerified(outcome.email);
        if (session === null) return void res.redirect(303, '/?signIn=no-account');
        setCookie(res, names().session, session, auth.settings.maxHours * 3600);
        res.redirect(303, '/');
      } catch (error) {
        next(error);
      }
    });
  }

  router.post('/sign-out', jsonOnly, async (req, res, next) => {
    const session = cookie(req, names().session);
    try {
      if (session) await auth.signOut(session);
    } catch (error) {
      return next(error);
    }
    setCookie(res, names().session, '', 0);
    res.status(204).end();
  });

  return {
    router,
    async viewerOf(req) {
      const session = cookie(req, names().session);
      return session ? auth.viewer(session) : null;
    },
  };
}
