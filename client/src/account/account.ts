/**
 * The signed-in account, asked of the server once (`me`); "me" in the finder is the account's
 * person, never a browser setting. Signing in and out are plain requests to /auth (they set and
 * clear the session cookie, which scripts cannot read).
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql/index.ts';
import type { MeQuery } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';

export const MeDocument = graphql(`
  query Me {
    me {
      email
      administrator
      person {
        key
        id
        name
        nameKana
        nameLatin
        discoverable
      }
      roles {
        role
        organisation {
          id
          name
        }
      }
    }
  }
`);

export type Account = NonNullable<MeQuery['me']>;

/**
 * `loading` only until the first answer: a later refetch (writes refetch active queries) keeps the
 * answer it has, so the explorer is never unmounted under an open dialog.
 */
export function useAccount(): { loading: boolean; account: Account | null; failed: boolean } {
  const { data, loading, error } = useQuery(MeDocument);
  return {
    loading: loading && data === undefined,
    account: data?.me ?? null,
    failed: error !== undefined && data === undefined,
  };
}

const PROBLEMS = ['expired', 'other-browser', 'invalid', 'oidc-failed', 'unverified', 'domain', 'no-account'] as const;
export type SignInProblem = (typeof PROBLEMS)[number];

/** Why the last sign-in did not work (the server sends the browser back with `?signIn=`). */
export function signInProblem(search: string): SignInProblem | null {
  const value = new URLSearchParams(search).get('signIn');
  return (PROBLEMS as readonly (string | null)[]).includes(value) ? (value as SignInProblem) : null;
}

export interface SignInOptions {
  /** The OpenID Connect provider's name when the server offers one, else null. */
  oidc: string | null;
  /** The read-only public demo: the explorer opens without signing in. */
  publicDemo: boolean;
}

/** What the server offers a signed-out browser. */
export async function signInOptions(): Promise<SignInOptions> {
  try {
    const response = await fetch('/auth/options');
    if (!response.ok) return { oidc: null, publicDemo: false };
    const body = (await response.json()) as Partial<SignInOptions>;
    return { oidc: body.oidc ?? null, publicDemo: body.publicDemo === true };
  } catch {
    return { oidc: null, publicDemo: false };
  }
}

/** `?signIn=` on the address: the visitor asked for the sign-in page (or came back from a failed sign-in). */
export const wantsSignIn = (search: string): boolean => new URLSearchParams(search).has('signIn');

export type LinkAnswer = 'sent' | 'rate-limited' | 'bad-address' | 'failed';

export async function askForLink(email: string, language: Language): Promise<LinkAnswer> {
  try {
    const response = await fetch('/auth/sign-in/email', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, language }),
    });
    if (response.status === 202) return 'sent';
    if (response.status === 429) return 'rate-limited';
    if (response.status === 400) return 'bad-address';
    return 'failed';
  } catch {
    return 'failed';
  }
}

export async function signOut(): Promise<void> {
  await fetch('/auth/sign-out', { method: 'POST', headers: { 'content-type': 'application/json' } });
  // A fresh page: nothing of the signed-in session stays in memory or the client cache.
  window.location.assign('/');
}
