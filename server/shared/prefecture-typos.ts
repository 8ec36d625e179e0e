/**
 * The prefecture a value that is not one most likely meant: 宮城懸 → 宮城県, 大坂府 → 大阪府,
 * "Tokio" → 東京都, "Miyagi-ken" → 宮城県, "東京都新宿区" → 東京都. Only ever a suggestion: what
 * prefectureName() accepts is unchanged, so a value is never silently turned into another one.
 */
import { nearest } from './edit-distance.ts';
import { PREFECTURES } from './prefectures.ts';

/**
 * Old or look-alike kanji people type for the ones in prefecture names (大坂 is Osaka's old
 * spelling; 懸 and 縣 for 県; 﨑 and 嵜 for 崎; 髙 for 高; 冨 for 富; 郡 for 群; old forms of 広,
 * 静, 縄, 児). Without this, 大坂 is one step from both 大阪 and 大分 and gets no suggestion.
 */
const VARIANTS: Record<string, string> = {
  坂: '阪',
  懸: '県',
  縣: '県',
  﨑: '崎',
  嵜: '崎',
  碕: '崎',
  髙: '高',
  冨: '富',
  廣: '広',
  靜: '静',
  繩: '縄',
  兒: '児',
  郡: '群',
};

/** Kanji forms: 宮城県 and 宮城 both name 宮城県. */
const KANJI_KEYS: [string, string][] = PREFECTURES.flatMap(([ja]) => [
  [ja, ja],
  [ja.replace(/[都府県]$/, ''), ja],
]);

/**
 * Romaji as people write it, folded to one spelling: macrons and long vowels dropped (Tōkyō,
 * Toukyou, Oosaka → tokyo, osaka), Kunrei-shiki as Hepburn (Hukuoka, Simane, Totigi → fukuoka,
 * shimane, tochigi).
 */
function foldRomaji(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ou|oo/g, 'o')
    .replace(/uu/g, 'u')
    .replace(/s(?=i)/g, 'sh')
    .replace(/t(?=i)/g, 'ch')
    .replace(/(?<![sc])h(?=u)/g, 'f')
    .replace(/z(?=i)/g, 'j');
}

const ROMAJI_KEYS: [string, string][] = PREFECTURES.map(([ja, en]) => [foldRomaji(en), ja]);

/** The forms of a romaji value to compare: "Miyagi-ken", "Hokkai-do", "Osaka Prefecture". */
function romajiForms(text: string): string[] {
  const folded = foldRomaji(text).trim();
  const stripped = folded
    .replace(/[\s_.-]*(prefecture|pref\.?|metropolis|ken)$/, '')
    .replace(/[\s_-]+(to|fu|do)$/, '')
    .replace(/[\s_.-]+/g, '');
  return [...new Set([stripped, folded.replace(/[\s_.-]+/g, '')])].filter(Boolean);
}

function kanjiSuggestions(text: string): string[] {
  const typed = Array.from(text.normalize('NFKC').replace(/\s+/g, ''))
    .map((c) => VARIANTS[c] ?? c)
    .join('');
  // An address in the prefecture column (東京都新宿区…): the prefecture it starts with.
  const prefix = PREFECTURES.find(([ja]) => typed.startsWith(ja) && typed !== ja);
  if (prefix) return [prefix[0]];
  // Two characters one step from a name are as often another word (東北) as a typo.
  if (Array.from(typed).length < 3) return nearest(typed, KANJI_KEYS, 0);
  return nearest(typed, KANJI_KEYS, 1);
}

function romajiSuggestions(text: string): string[] {
  for (const form of romajiForms(text)) {
    const exact = ROMAJI_KEYS.find(([key]) => key === form);
    if (exact) return [exact[1]];
  }
  const [form] = romajiForms(text);
  if (!form || form.length < 3) return [];
  // Two steps only for long names: at eight letters, Kawasaki is two from Nagasaki.
  return nearest(form, ROMAJI_KEYS, form.length >= 9 ? 2 : 1);
}

/**
 * The prefectures (at most two, when equally near) that an unknown value most likely meant; empty
 * when nothing is near enough to say.
 */
export function prefectureSuggestions(text: string): string[] {
  const latin = /^[\p{Script=Latin}\s.'_-]+$/u.test(text.normalize('NFKC'));
  const found = latin ? romajiSuggestions(text) : kanjiSuggestions(text);
  return found.length <= 2 ? found : [];
}
