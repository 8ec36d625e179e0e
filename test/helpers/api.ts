/**
 * The GraphQL API over real HTTP (port 0) on the test database, as a client sees it: by default a
 * browser signed in as the instance administrator (its session made in the database, as sign-in
 * makes it), or anonymous, or signed in as any account.
 */
import type { Server } from 'node:http';
import { httpServer } from '../../server/http/server.ts';
import type { AddressInfo } from 'node:net';
import { terminalMailer, type Mailer } from '../../server/auth/mailer.ts';
import { Oidc, type OidcSettings } from '../../server/auth/oidc.ts';
import { cookieNames } from '../../server/auth/routes.ts';
import { Auth, DEFAULT_AUTH_SETTINGS, type AuthSettings } from '../../server/auth/service.ts';
import type { Db } from '../../server/db/driver.ts';
import { createApp, type AppOptions } from '../../server/http/app.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; field?: string } }[];
}

export interface Api {
  /** The GraphQL endpoint; `origin` is the server's address. */
  url: string;
  origin: string;
  auth: Auth;
  gql<T = Record<string, any>>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  post(body: string, contentType?: string, headers?: Record<string, string>): Promise<Response>;
  /** The same API for another browser: signed in as `email` (an administrator when asked), or anonymous (null). */
  as(email: string | null, administrator?: boolean): Promise<Api>;
  close(): Promise<void>;
}

export interface ApiOptions {
  /** Who the client is: an e-mail (signed in), null (anonymous); default the administrator. */
  signedInAs?: string | null;
  mailer?: Mailer;
  settings?: Partial<Omit<AuthSettings, 'publicUrl'>>;
  /** Where links point (default: this server's own address). */
  publicUrl?: string;
  clock?: () => number;
  http?: AppOptions;
  /** Sign-in with this OpenID provider (its callback is this server's /auth/oidc/callback). */
  oidc?: OidcSettings;
}

export const TEST_ADMINISTRATOR = 'admin@tests.example.org';

export async function startApi(db: Db, options: ApiOptions = {}): Promise<Api> {
  let origin = '';
  const auth = new Auth(
    db,
    options.mailer ?? terminalMailer(() => {}),
    { ...DEFAULT_AUTH_SETTINGS, ...options.settings, publicUrl: () => options.publicUrl ?? origin },
    options.clock,
  );
  const oidc = options.oidc && new Oidc(options.oidc, () => `${origin}/auth/oidc/callback`);
  const { app, stop } = await createApp(db, auth, { ...options.http, oidc });
  const server: Server = httpServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${origin}/graphql`;
  const close = async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await stop();
  };

  const client = async (email: string | null, administrator: boolean): Promise<Api> => {
    const session = email === null ? null : await auth.sessionFor(email, administrator);
    const name = cookieNames(auth.settings.publicUrl().startsWith('https://')).session;
    const cookie: Record<string, string> = session === null ? {} : { cookie: `${name}=${session}` };
    const post = (body: string, contentType = 'application/json', headers: Record<string, string> = {}) =>
      fetch(url, { method: 'POST', headers: { 'content-type': contentType, ...cookie, ...headers }, body });
    return {
      url,
      origin,
      auth,
      post,
      async gql(query, variables) {
        const response = await post(JSON.stringify({ query, variables }));
        return (await response.json()) as GraphQLResponse<never>;
      },
      as: (other, otherAdministrator = false) => client(other, otherAdministrator),
      close,
    };
  };
  const signedInAs = options.signedInAs === undefined ? TEST_ADMINISTRATOR : options.signedInAs;
  return client(signedInAs, options.signedInAs === undefined);
}
