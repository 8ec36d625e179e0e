/**
 * Production settings every response gets (issue 14, "production by default"):
 * - security headers (helmet): a Content-Security-Policy the built explorer passes with no
 *   violation (scripts, styles, fonts and connections from this origin only, and cytoscape's one
 *   stylesheet by its hash; images also from data: and blob: URLs, which the map's PNG export
 *   makes), frame-ancestors 'none', nosniff,
 *   no referrer; HSTS only when the public URL is HTTPS;
 * - a Host check: a request naming a host other than this machine's local names or the public
 *   URL's host is refused (421), so a web page on another site cannot reach a server on
 *   127.0.0.1 through DNS rebinding;
 * - an Origin check: a browser request sent from another origin is refused (403) before it runs.
 * Development mode (TSUNAGARI_DEV=1, `npm run dev`) keeps the headers but no CSP, so Apollo's
 * Sandbox page may load.
 */
import { createHash } from 'node:crypto';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export interface HardeningOptions {
  /** The public origin (TSUNAGARI_PUBLIC_URL), when set. */
  publicUrl?: string | undefined;
  dev?: boolean;
}

/**
 * The one inline style the explorer needs: cytoscape adds `<style>` with this rule to the page's
 * head when a map is first drawn. Allowed by its hash, so no other inline style is.
 */
export const CYTOSCAPE_STYLE = '.__________cytoscape_container { position: relative; }';
const CYTOSCAPE_STYLE_HASH = `'sha256-${createHash('sha256').update(CYTOSCAPE_STYLE).digest('base64')}'`;

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

/** The host name of a Host header (`example.org:4000` → `example.org`, `[::1]:4000` → `[::1]`). */
export function hostName(header: string): string {
  const host = header.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  return host.split(':')[0]!;
}

export function hardening(options: HardeningOptions): RequestHandler[] {
  const publicUrl = options.publicUrl ? new URL(options.publicUrl) : undefined;
  const secure = publicUrl?.protocol === 'https:';
  const headers = helmet({
    contentSecurityPolicy: options.dev
      ? false
      : {
          useDefaults: false,
          directives: {
            defaultSrc: ["'self'"],
            scriptSrc: ["'self'"],
            styleSrc: ["'self'", CYTOSCAPE_STYLE_HASH],
            imgSrc: ["'self'", 'data:', 'blob:'],
            fontSrc: ["'self'", 'data:'],
            connectSrc: ["'self'"],
            objectSrc: ["'none'"],
            baseUri: ["'self'"],
            formAction: ["'self'"],
            frameAncestors: ["'none'"],
            ...(secure ? { upgradeInsecureRequests: [] } : {}),
          },
        },
    strictTransportSecurity: secure ? { maxAge: 15_552_000 } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
  });
  const allowedHost = (name: string) => LOCAL_HOSTS.has(name) || name === publicUrl?.hostname.toLowerCase();
  const hostCheck: RequestHandler = (req, res, next) => {
    const name = hostName(req.headers.host ?? '');
    if (allowedHost(name)) return next();
    res.status(421).json({ error: 'This server does not answer for that host name (set TSUNAGARI_PUBLIC_URL).' });
  };
  const originCheck: RequestHandler = (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || req.method === 'GET' || req.method === 'HEAD') return next();
    let name: string;
    try {
      name = new URL(origin).host.toLowerCase();
    } catch {
      name = '';
    }
    const sameHost = name === (req.headers.host ?? '').toLowerCase();
    if (sameHost || (publicUrl && origin === publicUrl.origin)) return next();
    res.status(403).json({ error: 'Requests from another site are refused.' });
  };
  return [hostCheck, originCheck, headers];
}
