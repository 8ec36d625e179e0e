import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { StartupError } from './errors.ts';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const memorySize = z.string().regex(/^[1-9][0-9]*[mg]$/i, 'a size such as 512m or 2g');

const port = z.coerce.number().int().min(1).max(65535);
/** PORT may be 0 (any free port), which tests use. */
const listenPort = z.coerce.number().int().min(0).max(65535);

const schema = z.object({
  PORT: listenPort.default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NEO4J_URI: z
    .string()
    .regex(
      /^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/,
      'a Neo4j URI such as neo4j://host:7687 or neo4j+s://xxxx.databases.neo4j.io',
    )
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9.-]{0,62}$/, 'a database name')
    .optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP_SIZE: memorySize.default('1g'),
  NEO4J_PAGECACHE_SIZE: memorySize.default('512m'),
  TSUNAGARI_DATA_DIR: z.string().min(1).default(path.join(repoRoot, '.neo4j')),
  TSUNAGARI_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  /** Where import uploads wait (on disk, 30 minutes at most); shared disk for several API instances. */
  TSUNAGARI_UPLOAD_DIR: z.string().min(1).optional(),
  // Accounts and sign-in (docs/security.md).
  /** Where browsers reach the explorer, for links in e-mails; defaults to http://localhost:PORT. */
  TSUNAGARI_PUBLIC_URL: z
    .string()
    .regex(/^https?:\/\/[^/?#\s]+$/, 'an origin such as https://tsunagari.example.org (no path)')
    .optional(),
  /** The instance administrator's e-mail; created at the first start. */
  TSUNAGARI_ADMIN_EMAIL: z.email('an e-mail address').optional(),
  /** smtp://user:pass@host:587 or smtps://…; without it sign-in links are printed in the terminal. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/.+/, 'an SMTP URL such as smtp://user:password@mail.example.org:587')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Tsunagari <no-reply@localhost>'),
  TSUNAGARI_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(1440).default(30),
  TSUNAGARI_SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  /**
   * Behind a reverse proxy (the HTTPS set-up): which proxies to trust for the client's address
   * (X-Forwarded-For), as Express reads it — `loopback`, a number of hops, or addresses. Without
   * it every client behind the proxy would share one sign-in rate limit.
   */
  TSUNAGARI_TRUST_PROXY: z
    .string()
    .regex(
      /^(loopback|linklocal|uniquelocal|[1-9][0-9]?|[0-9a-f.:/]+(\s*,\s*[0-9a-f.:/]+)*)$/i,
      'loopback, a number of proxies, or proxy addresses separated by commas',
    )
    .optional(),
  TSUNAGARI_SIGN_IN_LINK_MINUTES: z.coerce.number().int().min(1).max(60).default(15),
  /** Days the audit log keeps an entry (30 days to 10 years; default 2 years). */
  TSUNAGARI_AUDIT_DAYS: z.coerce.number().int().min(30).max(3650).default(730),
  /** OpenID Connect sign-in (Google Workspace, Microsoft Entra, …): the issuer's URL and this client. */
  OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'the issuer URL, such as https://accounts.google.com' }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Comma-separated e-mail domains allowed to sign in through the provider (default: any). */
  OIDC_ALLOWED_DOMAINS: z
    .string()
    .regex(
      /^\s*[a-z0-9.-]+\.[a-z]{2,}\s*(,\s*[a-z0-9.-]+\.[a-z]{2,}\s*)*$/i,
      'domains separated by commas, such as example.org,example.jp',
    )
    .optional(),
  OIDC_NAME: z.string().min(1).max(40).default('OpenID Connect'),
  /** Development mode: GraphQL introspection and Apollo's Sandbox page, no CSP (`npm run dev` sets it). */
  TSUNAGARI_DEV: z
    .enum(['true', 'false', '1', '0'], 'true or false')
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
  /**
   * Read-only public demo: anonymous visitors may read (search, the explorer, introductions,
   * teams, matching, assets) what every signed-in account sees; writes, imports, exports and
   * account pages still need an account. Off by default: meant for the demo network only.
   */
  TSUNAGARI_PUBLIC_DEMO: z
    .enum(['true', 'false', '1', '0'], 'true or false')
    .default('false')
    .transform((v) => v === 'true' || v === '1'),
});

export type Config = z.infer<typeof schema>;

/** Parses the environment once; a bad variable stops start-up with a line naming it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const name = String(issue.path[0] ?? 'environment');
    throw new StartupError(`${name} is invalid: expected ${issue.message} (got "${String(env[name] ?? '')}")`);
  }
  return result.data;
}
