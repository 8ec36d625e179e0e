/**
 * Text normalisation for search: one form for what is stored (`searchText`) and what is asked.
 * NFKC folds full-width letters and half-width kana; katakana become hiragana so that "タナカ"
 * finds "たなか"; spaces go, so "田中花子" finds "田中 花子".
 */
import { isRomaji, toHiragana, toRomaji } from 'wanakana';

const KATAKANA = /[\u30a1-\u30f6]/g;

export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60))
    .replace(/[\s\u3000・·|]+/g, '');
}

/** The stored search text of a node: its names, normalised, separated so no match spans two. */
export function searchTextOf(names: (string | null | undefined)[]): string {
  return names
    .filter((n): n is string => typeof n === 'string' && n.trim() !== '')
    .map(normalise)
    .join('|');
}

/**
 * The forms a query is searched in: as typed, and converted between romaji and kana, so that
 * "tanaka" finds "たなか" and "たなか" finds "Tanaka".
 */
export function queryVariants(text: string): string[] {
  const base = normalise(text);
  const variants = new Set([base]);
  const compact = text.normalize('NFKC').trim().toLowerCase();
  if (/^[a-z' -]+$/.test(compact) && isRomaji(compact)) {
    const kana = normalise(toHiragana(compact.replace(/[' -]/g, '')));
    if (!/[a-z]/.test(kana)) variants.add(kana);
  } else if (/^[\u3041-\u3096ー]+$/.test(base)) {
    variants.add(normalise(toRomaji(base)));
  }
  return [...variants].filter(Boolean);
}

/** The words of a query, each normalised: search finds a record holding them all, in any order. */
export function queryTerms(text: string): string[] {
  return text.split(/\s+/).map(normalise).filter(Boolean);
}
