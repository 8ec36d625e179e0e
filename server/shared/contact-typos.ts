/**
 * What is wrong with an e-mail address or a web address that is not one, in words a person can
 * act on: a missing or doubled @, a mistyped domain of a provider most Japanese addresses use
 * (gmial.com → gmail.com, yahoo.co.jo → yahoo.co.jp, docomo.co.jp → docomo.ne.jp), a web address
 * without its https://.
 */
import { nearest } from './edit-distance.ts';

/** Free and mobile-carrier mail domains common in Japan: what a near miss is compared with. */
const PROVIDERS = [
  'gmail.com',
  'googlemail.com',
  'yahoo.co.jp',
  'yahoo.com',
  'docomo.ne.jp',
  'ezweb.ne.jp',
  'softbank.ne.jp',
  'i.softbank.jp',
  'icloud.com',
  'outlook.jp',
  'outlook.com',
  'hotmail.co.jp',
  'hotmail.com',
  'live.jp',
  'nifty.com',
  'biglobe.ne.jp',
];

const PROVIDER_KEYS = PROVIDERS.map((p) => [p, p] as const);

/**
 * Real domains one step from a provider: never "corrected" (mail.com and email.com are
 * providers of their own, ymail.com is Yahoo's, cloud.com is a company).
 */
const NOT_TYPOS = new Set(['mail.com', 'email.com', 'ymail.com', 'cloud.com', 'live.com', 'gmx.com']);

/** A provider's name under a Japanese ending it does not use: gmail.co.jp, docomo.co.jp. */
const WRONG_ENDING: Record<string, string> = {
  gmail: 'gmail.com',
  icloud: 'icloud.com',
  yahoo: 'yahoo.co.jp',
  docomo: 'docomo.ne.jp',
  ezweb: 'ezweb.ne.jp',
};

/** The provider domain a mistyped one most likely meant, or undefined. */
export function domainSuggestion(domain: string): string | undefined {
  const d = domain.toLowerCase();
  if (PROVIDERS.includes(d) || NOT_TYPOS.has(d) || d.length < 7) return undefined;
  const close = nearest(d, PROVIDER_KEYS, 1);
  if (close.length === 1) return close[0];
  const name = /^([a-z]+)\.(?:co\.jp|ne\.jp|jp)$/.exec(d)?.[1];
  const meant = name === undefined ? undefined : WRONG_ENDING[name];
  return meant !== d ? meant : undefined;
}

export type EmailProblem =
  { kind: 'no-at' } | { kind: 'many-at' } | { kind: 'domain'; domain: string; suggestion: string } | { kind: 'other' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why an address (NFKC-normalised and trimmed) is refused, or null when it is fine. */
export function emailProblem(address: string): EmailProblem | null {
  const ats = address.split('@').length - 1;
  if (ats === 0) return { kind: 'no-at' };
  if (ats > 1) return { kind: 'many-at' };
  if (!EMAIL.test(address)) return { kind: 'other' };
  const domain = address.slice(address.indexOf('@') + 1);
  const suggestion = domainSuggestion(domain);
  return suggestion ? { kind: 'domain', domain, suggestion } : null;
}

export function isHttpUrl(text: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * The http(s) address a refused one most likely meant: `www.example.org` → https://www.example.org,
 * `https//example.org` → https://example.org, full-width ｈｔｔｐｓ：／／… → its NFKC form. Only
 * when the result has a host name with a dot; another scheme (mailto:, ftp:) gets none.
 */
export function urlSuggestion(text: string): string | undefined {
  const s = text.normalize('NFKC').trim();
  const noColon = /^(https?)\/\/(.*)$/i.exec(s);
  const fixed = noColon
    ? `${noColon[1]!.toLowerCase()}://${noColon[2]}`
    : /^[a-z][a-z0-9+.-]*:(?!\d)/i.test(s)
      ? s
      : `https://${s.replace(/^\/\//, '')}`;
  if (fixed === text.trim() || /\s/.test(fixed) || !isHttpUrl(fixed)) return undefined;
  return /^([\p{L}\p{N}-]+\.)+\p{L}[\p{L}\p{N}-]+$/u.test(new URL(fixed).hostname) ? fixed : undefined;
}
