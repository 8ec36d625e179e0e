/**
 * The forms names are compared in when matching records (docs/decisions/0016-matching.md). Each
 * function folds exactly the differences that do not make two names mean different things:
 * width (NFKC), case, kana script, spaces and punctuation, and, for organisations, the legal form
 * (特定非営利活動法人, NPO法人, 株式会社, (株), Inc. …), which is kept apart so that a different
 * legal form can lower a match's score instead of being ignored.
 */
import { toRomaji } from 'wanakana';
import { editDistance } from '../../../shared/edit-distance.ts';

const KATAKANA = /[\u30a1-\u30f6]/g;
const toHira = (s: string) => s.replace(KATAKANA, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0x60));

/** Spaces, dots, quotes and brackets: never what tells two names apart. */
const NOISE = /[\s\u3000・·･.,，、。'"’“”「」『』()（）[\]【】〔〕\-‐―_/／&＆]+/g;

export type LegalForm =
  'npo' | 'association' | 'foundation' | 'company' | 'welfare' | 'school' | 'medical' | 'cooperative';

/**
 * Legal forms as written after NFKC and lower-casing, longest first so that 認定特定非営利活動法人
 * is taken whole. Abbreviations in brackets ((株), (一社)) come out of NFKC as ASCII brackets.
 */
const LEGAL_FORMS: [string, LegalForm][] = (
  [
    ['認定特定非営利活動法人', 'npo'],
    ['特定非営利活動法人', 'npo'],
    ['認定npo法人', 'npo'],
    ['npo法人', 'npo'],
    ['(特非)', 'npo'],
    ['(npo)', 'npo'],
    ['一般社団法人', 'association'],
    ['公益社団法人', 'association'],
    ['(一社)', 'association'],
    ['(公社)', 'association'],
    ['一般財団法人', 'foundation'],
    ['公益財団法人', 'foundation'],
    ['(一財)', 'foundation'],
    ['(公財)', 'foundation'],
    ['社会福祉法人', 'welfare'],
    ['(福)', 'welfare'],
    ['(社福)', 'welfare'],
    ['国立大学法人', 'school'],
    ['学校法人', 'school'],
    ['(学)', 'school'],
    ['医療法人', 'medical'],
    ['(医)', 'medical'],
    ['株式会社', 'company'],
    ['有限会社', 'company'],
    ['合同会社', 'company'],
    ['合資会社', 'company'],
    ['合名会社', 'company'],
    ['(株)', 'company'],
    ['(有)', 'company'],
    ['(同)', 'company'],
    ['生活協同組合', 'cooperative'],
    ['協同組合', 'cooperative'],
  ] as [string, LegalForm][]
).sort((a, b) => b[0].length - a[0].length);

/** English legal forms, matched as whole words at the end (or start) of a Latin name. */
const LATIN_FORMS: [RegExp, LegalForm][] = [
  [/\b(co\.?,?\s*ltd\.?|ltd\.?|inc\.?|incorporated|corp\.?|corporation|k\.?\s?k\.?|llc|g\.?k\.?)\s*$/i, 'company'],
  [/^(npo|nonprofit organi[sz]ation)\s+|\s+(npo)$/i, 'npo'],
  [/^(general|public interest) incorporated association\s+/i, 'association'],
  [/^(general|public interest) incorporated foundation\s+/i, 'foundation'],
];

export interface OrgKey {
  /** The name without legal form, width, case, script and punctuation differences. */
  core: string;
  /** The legal forms written in the name (usually none or one). */
  forms: LegalForm[];
}

const KANJI_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 三丁目 → 3丁目, 十二番 → 12番: numbers in addresses-as-names are written both ways. */
function arabicNumbers(s: string): string {
  return s.replace(/([一二三四五六七八九十]+)(?=丁目|番地|番|号|条)/g, (kanji) => {
    const [tens, ones] = kanji.includes('十') ? kanji.split('十') : ['', kanji];
    const value = (kanji.includes('十') ? (KANJI_DIGITS[tens!] ?? 1) * 10 : 0) + (KANJI_DIGITS[ones!] ?? 0);
    return String(value);
  });
}

export function orgKey(name: string): OrgKey {
  let s = arabicNumbers(name.normalize('NFKC').toLowerCase());
  const forms = new Set<LegalForm>();
  for (const [pattern, form] of LATIN_FORMS) {
    if (pattern.test(s)) {
      forms.add(form);
      s = s.replace(pattern, ' ');
    }
  }
  for (const [written, form] of LEGAL_FORMS) {
    if (s.includes(written)) {
      forms.add(form);
      s = s.split(written).join(' ');
    }
  }
  return { core: toHira(s).replace(NOISE, ''), forms: [...forms] };
}

/** Whether two sets of legal forms can belong to one organisation (one side unstated counts as yes). */
export const formsAgree = (a: LegalForm[], b: LegalForm[]): boolean =>
  a.length === 0 || b.length === 0 || a.some((f) => b.includes(f));

/** Kana readings: script, width and spaces folded. */
export const kanaKey = (kana: string): string => toHira(kana.normalize('NFKC')).replace(NOISE, '');

/** Latin text: letters and digits only, lower case ("Kodomo Gohan Net" → "kodomogohannet"). */
export const latinKey = (text: string): string =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * How a Latin name sounds, roughly: consonants in order, with the spellings Japanese loanwords
 * and English use for one sound folded together, so that さくらシステムズ (sakurashisutemuzu) and
 * "Sakura Systems" meet. Only ever a reason to ask, never to be sure.
 */
export function soundKey(latin: string): string {
  const s = latinKey(latin)
    .replace(/[0-9]/g, '')
    .replace(/ph/g, 'f')
    .replace(/sh|ch|ts|tch/g, (m) => (m === 'sh' ? 's' : 't'))
    .replace(/[jz]/g, 's')
    .replace(/[cqk]+/g, 'k')
    .replace(/x/g, 'ks')
    .replace(/f/g, 'h')
    .replace(/v/g, 'b')
    .replace(/l/g, 'r')
    .replace(/[yw]/g, '');
  const head = s.slice(0, 1);
  const rest = s.slice(1).replace(/[aeiou]/g, '');
  return (head + rest).replace(/(.)\1+/g, '$1');
}

/** A kana reading in Latin letters, for comparing with an English or romaji name. */
export const romajiOf = (kana: string): string => latinKey(toRomaji(kanaKey(kana)));

/**
 * Kanji written two ways in names (異体字): the registry form and the everyday one are one name
 * to a member list (髙橋 and 高橋 are the same person on two lists far more often than two people).
 */
const VARIANTS: Record<string, string> = {
  髙: '高',
  﨑: '崎',
  嵜: '崎',
  邊: '辺',
  邉: '辺',
  齋: '斎',
  齊: '斉',
  濱: '浜',
  濵: '浜',
  澤: '沢',
  櫻: '桜',
  廣: '広',
  國: '国',
  藏: '蔵',
  眞: '真',
  德: '徳',
  冨: '富',
  嶋: '島',
  嶌: '島',
  槇: '槙',
  曾: '曽',
  條: '条',
  瀨: '瀬',
  龍: '竜',
  惠: '恵',
  藪: '薮',
  埜: '野',
};

/** A person's name as written, without width, case and spaces ("佐藤\u3000健" = "佐藤健"). */
export const nameKey = (name: string): string => toHira(name.normalize('NFKC').toLowerCase()).replace(NOISE, '');

/** A person's name with variant kanji folded as well (髙橋 = 高橋). */
export const foldedNameKey = (name: string): string => [...nameKey(name)].map((ch) => VARIANTS[ch] ?? ch).join('');

/** Latin-letter name tokens in order-free form ("Kenji Sato" = "SATO Kenji"). */
export const latinNameKey = (name: string): string =>
  name
    .normalize('NFKC')
    .toLowerCase()
    .split(/[\s,]+/)
    .map((t) => t.replace(/[^a-z0-9]/g, ''))
    .filter(Boolean)
    .sort()
    .join(' ');

/** A kana reading with its space kept as token boundary, in the same order-free Latin form. */
export const readingLatinKey = (kana: string): string =>
  toHira(kana.normalize('NFKC'))
    .split(/[\s\u3000・]+/)
    .map((t) => latinKey(toRomaji(t)))
    .filter(Boolean)
    .sort()
    .join(' ');

/** E-mail addresses: width, case and surrounding space folded. */
export const emailKey = (email: string): string => email.normalize('NFKC').trim().toLowerCase();

/** Skill names: width, case, script, spaces and punctuation folded ("Grant-writing" = "grant writing"). */
export const skillKey = (name: string): string => toHira(name.normalize('NFKC').toLowerCase()).replace(NOISE, '');

/** Edit distance (shared/edit-distance.ts), not computed when the lengths alone exceed `max`. */
export const distance = (a: string, b: string, max: number): number =>
  Math.abs([...a].length - [...b].length) > max ? max + 1 : editDistance(a, b);
