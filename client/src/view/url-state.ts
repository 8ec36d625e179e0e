/**
 * The view lives in the URL, so links can be shared and back/forward work:
 * `?node=Person:p001&depth=2&sel=Skill:kintone&layout=concentric&kinds=PERSON&exp=Person:p002&lang=en`.
 * Parsing is forgiving: anything malformed falls back to the default rather than breaking the page.
 */
import { isLanguage, type Language } from '../i18n/languages.ts';
import { parseNodeKey } from '../graph/palette.ts';
import { filtersToParams, NO_FILTERS, parseFilters, sameFilters, type Filters } from './filters.ts';

export type Depth = 1 | 2 | 3;
export const DEPTHS: readonly Depth[] = [1, 2, 3];
export const DEFAULT_DEPTH: Depth = 1;

export const LAYOUTS = ['fcose', 'concentric', 'euler'] as const;
export type LayoutName = (typeof LAYOUTS)[number];
export const DEFAULT_LAYOUT: LayoutName = 'fcose';

/** How many nodes an ego network may bring: readable by default, big on request. */
export const LIMITS = [200, 1000, 5000] as const;
export type Limit = (typeof LIMITS)[number];
export const DEFAULT_LIMIT: Limit = 200;

export type Display = 'map' | 'list';

/** Expanded and hidden nodes are lists in the URL: a cap keeps links a sane length. */
const MAX_KEYS = 40;

export interface ViewState {
  /** The centre of the ego network, or null for the welcome screen. */
  node: string | null;
  depth: Depth;
  /** The node whose details are open (defaults to the centre). */
  selected: string | null;
  /** Explicit language from the URL; null means "the reader's saved preference". */
  language: Language | null;
  layout: LayoutName;
  limit: Limit;
  display: Display;
  filters: Filters;
  /** Nodes whose neighbours were added to the map, in the order they were expanded. */
  expanded: string[];
  /** Nodes the reader took off the map. */
  hidden: string[];
  /** The node whose neighbourhood stays lit while everything else fades, if any. */
  focus: string | null;
  /** The time slider: the network as it stood at the end of this year, or null for today. */
  year: number | null;
}

export const EMPTY_VIEW: ViewState = {
  node: null,
  depth: DEFAULT_DEPTH,
  selected: null,
  language: null,
  layout: DEFAULT_LAYOUT,
  limit: DEFAULT_LIMIT,
  display: 'map',
  filters: NO_FILTERS,
  expanded: [],
  hidden: [],
  focus: null,
  year: null,
};

/** The time slider's range: the first year it offers, and this year (the slider's right end is today). */
export const FIRST_YEAR = 1990;
export const thisYear = (): number => new Date().getFullYear();

function parseYear(value: string | null): number | null {
  const n = Number(value);
  return value !== null && Number.isInteger(n) && n >= FIRST_YEAR && n < thisYear() ? n : null;
}

/** The day the server is asked for: the end of the slider's year (null: today). */
export const asOfDay = (year: number | null): string | null => (year === null ? null : `${year}-12-31`);

function nodeKey(value: string | null): string | null {
  return value !== null && parseNodeKey(value) ? value : null;
}

function keyList(value: string | null): string[] {
  if (!value) return [];
  return [...new Set(value.split(',').filter((k) => nodeKey(k) !== null))].slice(0, MAX_KEYS);
}

export function parseDepth(value: string | null): Depth {
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 ? n : DEFAULT_DEPTH;
}

function oneOf<T extends string | number>(value: unknown, allowed: readonly T[], fallback: T): T {
  return allowed.find((a) => String(a) === value) ?? fallback;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = nodeKey(params.get('node'));
  const lang = params.get('lang');
  const language = isLanguage(lang) ? lang : null;
  if (!node) return { ...EMPTY_VIEW, language };
  return {
    node,
    depth: parseDepth(params.get('depth')),
    selected: nodeKey(params.get('sel')) ?? node,
    language,
    layout: oneOf(params.get('layout'), LAYOUTS, DEFAULT_LAYOUT),
    limit: oneOf(params.get('limit'), LIMITS, DEFAULT_LIMIT),
    display: params.get('show') === 'list' ? 'list' : 'map',
    filters: parseFilters(params),
    expanded: keyList(params.get('exp')),
    hidden: keyList(params.get('hide')).filter((k) => k !== node),
    focus: nodeKey(params.get('focus')),
    year: parseYear(params.get('year')),
  };
}

// Keys such as `Person:p001` stay readable: ':' and ',' are legal in a query string.
const encode = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':');
const encodeList = (values: readonly string[]): string => values.map(encode).join(',');

function explorerParts(view: ViewState): string[] {
  const parts = [`node=${encode(view.node!)}`, `depth=${view.depth}`];
  if (view.selected && view.selected !== view.node) parts.push(`sel=${encode(view.selected)}`);
  if (view.layout !== DEFAULT_LAYOUT) parts.push(`layout=${view.layout}`);
  if (view.limit !== DEFAULT_LIMIT) parts.push(`limit=${view.limit}`);
  if (view.display === 'list') parts.push('show=list');
  for (const [name, value] of filtersToParams(view.filters)) parts.push(`${name}=${encodeList(value.split(','))}`);
  if (view.expanded.length > 0) parts.push(`exp=${encodeList(view.expanded)}`);
  if (view.hidden.length > 0) parts.push(`hide=${encodeList(view.hidden)}`);
  if (view.focus) parts.push(`focus=${encode(view.focus)}`);
  if (view.year !== null) parts.push(`year=${view.year}`);
  return parts;
}

/**
 * What seeds the map's layout: the parts of the view that choose which network is drawn (centre,
 * steps, size). The same link therefore draws the same picture; selecting, filtering or
 * expanding changes what is shown, not where the drawn nodes go.
 */
export function layoutSeed(view: ViewState): string {
  return view.node ? `${view.node}|${view.depth}|${view.limit}` : '';
}

export function viewToSearch(view: ViewState): string {
  const parts = view.node ? explorerParts(view) : [];
  if (view.language) parts.push(`lang=${view.language}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((v, i) => v === b[i]);

export function sameView(a: ViewState, b: ViewState): boolean {
  return (
    a.node === b.node &&
    a.depth === b.depth &&
    a.selected === b.selected &&
    a.language === b.language &&
    a.layout === b.layout &&
    a.limit === b.limit &&
    a.display === b.display &&
    a.focus === b.focus &&
    a.year === b.year &&
    sameFilters(a.filters, b.filters) &&
    sameList(a.expanded, b.expanded) &&
    sameList(a.hidden, b.hidden)
  );
}
