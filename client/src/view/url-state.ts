/**
 * The view lives in the URL, so links can be shared and back/forward work:
 * `?node=Person:p001&depth=2&sel=Skill:kintone&lang=en`. Parsing is forgiving: anything
 * malformed falls back to the default rather than breaking the page.
 */
import { isLanguage, type Language } from '../i18n/languages.ts';
import { parseNodeKey } from '../graph/palette.ts';

export type Depth = 1 | 2 | 3;
export const DEPTHS: readonly Depth[] = [1, 2, 3];
export const DEFAULT_DEPTH: Depth = 1;

export interface ViewState {
  /** The centre of the ego network, or null for the welcome screen. */
  node: string | null;
  depth: Depth;
  /** The node whose details are open (defaults to the centre). */
  selected: string | null;
  /** Explicit language from the URL; null means "the reader's saved preference". */
  language: Language | null;
}

export const EMPTY_VIEW: ViewState = { node: null, depth: DEFAULT_DEPTH, selected: null, language: null };

function nodeKey(value: string | null): string | null {
  return value !== null && parseNodeKey(value) ? value : null;
}

export function parseDepth(value: string | null): Depth {
  const n = Number(value);
  return n === 1 || n === 2 || n === 3 ? n : DEFAULT_DEPTH;
}

export function parseView(search: string): ViewState {
  const params = new URLSearchParams(search);
  const node = nodeKey(params.get('node'));
  const lang = params.get('lang');
  return {
    node,
    depth: parseDepth(params.get('depth')),
    selected: node ? (nodeKey(params.get('sel')) ?? node) : null,
    language: isLanguage(lang) ? lang : null,
  };
}

// Keys such as `Person:p001` stay readable: ':' is legal in a query string.
const encode = (value: string): string => encodeURIComponent(value).replace(/%3A/gi, ':');

export function viewToSearch(view: ViewState): string {
  const parts: string[] = [];
  if (view.node) {
    parts.push(`node=${encode(view.node)}`, `depth=${view.depth}`);
    if (view.selected && view.selected !== view.node) parts.push(`sel=${encode(view.selected)}`);
  }
  if (view.language) parts.push(`lang=${view.language}`);
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

export function sameView(a: ViewState, b: ViewState): boolean {
  return a.node === b.node && a.depth === b.depth && a.selected === b.selected && a.language === b.language;
}
