/**
 * A real OpenID provider inside the test process (oidc-provider, with its development login and
 * consent pages), and a browser-like walk through them. Accounts are whatever the test declares:
 * each subject's e-mail and whether the provider verified it.
 */
import { generateKeyPairSync } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestIdentity {
  email: string;
  email_verified: boolean;
}

export interface OpenIdProvider {
  issuer: string;
  clientId: string;
  clientSecret: string;
  identities: Map<string, TestIdentity>;
  /** Registers the relying party's callback (known once the API listens) and starts answering. */
  register(redirectUri: string): void;
  close(): Promise<void>;
}

export async function startOpenIdProvider(): Promise<OpenIdProvider> {
  let handler: ((req: IncomingMessage, res: ServerResponse) => void) | null = null;
  const server = createServer((req, res) => (handler ? handler(req, res) : res.writeHead(503).end()));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const identities = new Map<string, TestIdentity>();
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const provider: OpenIdProvider = {
    issuer,
    clientId: 'tsunagari-tests',
    clientSecret: 'a-client-secret-for-tests-only',
    identities,
    register(redirectUri) {
      const oidc = new Provider(issuer, {
        clients: [
          {
            client_id: provider.clientId,
            client_secret: provider.clientSecret,
            redirect_uris: [redirectUri],
            grant_types: ['authorization_code'],
            response_types: ['code'],
          },
        ],
        pkce: { required: () => true },
        jwks: { keys: [{ ...privateKey.export({ format: 'jwk' }), kid: 'test', use: 'sig', alg: 'RS256' }] as never },
        cookies: { keys: ['a-cookie-key-for-tests-only'] },
        claims: { openid: ['sub'], email: ['email', 'email_verified'] },
        features: { devInteractions: { enabled: true } },
        async findAccount(_ctx, sub) {
          const identity = identities.get(sub);
          if (!identity) return undefined;
          return { accountId: sub, claims: async () => ({ sub, ...identity }) };
        },
      });
      handler = oidc.callback();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
  return provider;
}
