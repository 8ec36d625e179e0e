/**
 * Sign-in with an OpenID Connect provider (Google Workspace for Nonprofits, Microsoft Entra, any
 * other) through openid-client: authorization code with PKCE (S256), state and nonce checked, an
 * ID token required, `email_verified` required, and optionally only some e-mail domains. The
 * state, nonce and code verifier travel in an HttpOnly cookie of the browser that started (routes.ts),
 * so any API instance can finish what another started.
 */
import * as client from 'openid-client';
import { log } from '../log.ts';

export interface OidcSettings {
  issuer: string;
  clientId: string;
  clientSecret?: string | undefined;
  /** Lower-case domains an address must belong to; empty: any. */
  allowedDomains: readonly string[];
  /** The provider's name on the sign-in button ("Google", "Microsoft"). */
  name: string;
}

/** What the browser keeps between leaving for the provider and coming back. */
export interface OidcAttempt {
  state: string;
  nonce: string;
  verifier: string;
}

export type OidcProblem = 'oidc-failed' | 'unverified' | 'domain';

const LOCAL = new Set(['localhost', '127.0.0.1', '[::1]']);

export class Oidc {
  private configuration: Promise<client.Configuration> | null = null;

  constructor(
    readonly settings: OidcSettings,
    private readonly callbackUrl: () => string,
  ) {}

  /** Discovered once; a failed discovery is tried again at the next sign-in. */
  private config(): Promise<client.Configuration> {
    this.configuration ??= client
      .discovery(new URL(this.settings.issuer), this.settings.clientId, this.settings.clientSecret, undefined, {
        // Plain HTTP only for a provider on this machine (development and tests).
        execute: LOCAL.has(new URL(this.settings.issuer).hostname) ? [client.allowInsecureRequests] : [],
        timeout: 10,
      })
      .catch((error: unknown) => {
        this.configuration = null;
        throw error;
      });
    return this.configuration;
  }

  async start(): Promise<{ url: URL; attempt: OidcAttempt }> {
    const config = await this.config();
    const attempt: OidcAttempt = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: this.callbackUrl(),
      scope: 'openid email profile',
      code_challenge: await client.calculatePKCECodeChallenge(attempt.verifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
    });
    return { url, attempt };
  }

  /** Exchanges the code the provider sent back; the verified address, or why not. */
  async finish(currentUrl: URL, attempt: OidcAttempt): Promise<{ email: string } | { problem: OidcProblem }> {
    let claims: Record<string, unknown> | undefined;
    try {
      const config = await this.config();
      const tokens = await client.authorizationCodeGrant(config, currentUrl, {
        pkceCodeVerifier: attempt.verifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Providers that keep the address out of the ID token give it at the userinfo endpoint,
      // for the same subject (checked by openid-client).
      claims =
        typeof idToken.email === 'string'
          ? idToken
          : await client.fetchUserInfo(config, tokens.access_token, idToken.sub);
    } catch (error) {
      // The reason (a code such as OAUTH_INVALID_RESPONSE), never the tokens or claims.
      const code = (error as { code?: string }).code ?? (error as Error).name;
      log.warn({ code }, 'an OpenID Connect sign-in was refused');
      return { problem: 'oidc-failed' };
    }
    const email = typeof claims?.email === 'string' ? claims.email.trim().toLowerCase() : '';
    if (!email || claims?.email_verified !== true) return { problem: 'unverified' };
    const domain = email.slice(email.lastIndexOf('@') + 1);
    if (this.settings.allowedDomains.length > 0 && !this.settings.allowedDomains.includes(domain))
      return { problem: 'domain' };
    return { email };
  }
}

/** The attempt as a cookie value, and back (anything malformed is no attempt). */
export const encodeAttempt = (attempt: OidcAttempt): string =>
  Buffer.from(JSON.stringify([attempt.state, attempt.nonce, attempt.verifier])).toString('base64url');

export function decodeAttempt(value: string | undefined): OidcAttempt | null {
  if (!value || value.length > 1000) return null;
  try {
    const parts = JSON.parse(Buffer.from(value, 'base64url').toString('utf8')) as unknown;
    if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((p) => typeof p === 'string' && p.length < 200))
      return null;
    const [state, nonce, verifier] = parts as string[];
    return { state: state!, nonce: nonce!, verifier: verifier! };
  } catch {
    return null;
  }
}
