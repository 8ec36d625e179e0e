/**
 * The map's filters and how they travel in the URL (`kinds=PERSON,SKILL&sectors=NPO&skill=kintone
 * &org=o01&strength=3&contact=2y`). Parsing is forgiving like the rest of the view: an unknown
 * value is dropped, never an error, so an old or hand-edited link still opens.
 */
import type { NodeKind, Sector } from '../gql/graphql.ts';
import { KINDS, SECTORS } from '../graph/palette.ts';

/** How recent the last contact of a tie must be; 'any' keeps undated ties too. */
export const CONTACT_PERIODS = ['any', '1y', '2y', '5y'] as const;
export type ContactPeriod = (typeof CONTACT_PERIODS)[number];

export const STRENGTHS = [1, 2, 3, 4, 5] as const;
export type Strength = (typeof STRENGTHS)[number];

export interface Filters {
  /** Kinds shown; every kind when empty. */
  kinds: NodeKind[];
  /** Organisation sectors shown; every sector when empty. */
  sectors: Sector[];
  /** A skill id: only that skill (and narrower ones) and the people who hold one. */
  skill: string | null;
  /** An organisation id: only people who are (or were) its members. */
  org: string | null;
  /** Declared ties weaker than this are left out (1 keeps all). */
  minStrength: Strength;
  contact: ContactPeriod;
}

export const NO_FILTERS: Filters = { kinds: [], sectors: [], skill: null, org: null, minStrength: 1, contact: 'any' };

const ID = /^[\w.~:+&@%-][\w .~:+&@%-]{0,99}$/u;

function list<T extends string>(value: string | null, allowed: readonly T[]): T[] {
  if (!value) return [];
  const picked = new Set(value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v)));
  // In the canonical order, and "all of them" is the same as none chosen.
  const ordered = allowed.filter((v) => picked.has(v));
  return ordered.length === allowed.length ? [] : ordered;
}

const idOrNull = (value: string | null): string | null => (value && ID.test(value) ? value : null);

export function parseFilters(params: URLSearchParams): Filters {
  const strength = Number(params.get('strength'));
  const contact = params.get('contact');
  return {
    kinds: list(params.get('kinds'), KINDS),
    sectors: list(params.get('sectors'), SECTORS),
    skill: idOrNull(params.get('skill')),
    org: idOrNull(params.get('org')),
    minStrength: (STRENGTHS as readonly number[]).includes(strength) ? (strength as Strength) : 1,
    contact: (CONTACT_PERIODS as readonly string[]).includes(contact ?? '') ? (contact as ContactPeriod) : 'any',
  };
}

/** URL parameters for the filters that differ from "no filter". */
export function filtersToParams(filters: Filters): [string, string][] {
  const out: [string, string][] = [];
  if (filters.kinds.length > 0) out.push(['kinds', filters.kinds.join(',')]);
  if (filters.sectors.length > 0) out.push(['sectors', filters.sectors.join(',')]);
  if (filters.skill) out.push(['skill', filters.skill]);
  if (filters.org) out.push(['org', filters.org]);
  if (filters.minStrength > 1) out.push(['strength', String(filters.minStrength)]);
  if (filters.contact !== 'any') out.push(['contact', filters.contact]);
  return out;
}

export function sameFilters(a: Filters, b: Filters): boolean {
  return JSON.stringify(filtersToParams(a)) === JSON.stringify(filtersToParams(b));
}

/** How many filters are on (for the toolbar's badge). */
export function activeFilterCount(filters: Filters): number {
  return filtersToParams(filters).length;
}

/** The earliest last-contact date (YYYY-MM-DD) a period keeps, or null for 'any'. */
export function contactCutoff(period: ContactPeriod, today: string): string | null {
  if (period === 'any') return null;
  const years = Number(period.slice(0, -1));
  const year = Number(today.slice(0, 4)) - years;
  return `${String(year).padStart(4, '0')}${today.slice(4)}`;
}

/** Toggles one value in a "shown" list where empty means all of `allowed`. */
export function toggleIn<T extends string>(chosen: readonly T[], value: T, allowed: readonly T[]): T[] {
  const current = new Set(chosen.length === 0 ? allowed : chosen);
  if (current.has(value)) current.delete(value);
  else current.add(value);
  const next = allowed.filter((v) => current.has(v));
  // The last ticked value stays ticked: an empty map would only look broken.
  if (next.length === 0) return [...chosen];
  return next.length === allowed.length ? [] : next;
}
