/**
 * Messages written once in both languages, looked up by key: each entry renders its English and
 * its Japanese from the same typed parameters, so neither is ever made from the other. The rules
 * of validation.ts, kinds.ts and relationships.ts say theirs through RULE_MESSAGES; the importer
 * has its own catalogue built the same way (features/data/import/messages.ts).
 *
 * Zod's error maps see only the issue, not who asked, so a schema says its message in the
 * current language (`say`), which is English unless a caller parses inside `inLanguage('ja', …)`.
 * Parsing is synchronous, so the language cannot leak into another request.
 */

export type Language = 'en' | 'ja';
export interface Text {
  en: string;
  ja: string;
}

/** One message: English and Japanese rendered from the same parameters. */
export interface Entry<P extends unknown[]> {
  en: (...params: P) => string;
  ja: (...params: P) => string;
}

/** An entry whose Japanese takes the parameter types the English declares. */
export const entry = <P extends unknown[]>(en: (...params: P) => string, ja: (...params: P) => string): Entry<P> => ({
  en,
  ja,
});

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any parameter list; each key keeps its own
export type Catalogue = Record<string, Entry<any>>;
export type Params<C extends Catalogue, K extends keyof C> = C[K] extends Entry<infer P> ? P : never;

/** `text('key', …params)`: the message in both languages. */
export function textsOf<C extends Catalogue>(catalogue: C) {
  return <K extends keyof C & string>(key: K, ...params: Params<C, K>): Text => ({
    en: catalogue[key]!.en(...params),
    ja: catalogue[key]!.ja(...params),
  });
}

let current: Language = 'en';

/** Runs `run` (a synchronous parse) with schemas speaking `language`. */
export function inLanguage<T>(language: Language, run: () => T): T {
  const before = current;
  current = language;
  try {
    return run();
  } finally {
    current = before;
  }
}

/** `say('key', …params)`: the message in the current language (for a zod schema's `error`). */
export function sayingOf<C extends Catalogue>(catalogue: C) {
  return <K extends keyof C & string>(key: K, ...params: Params<C, K>): string => catalogue[key]![current](...params);
}

const list = (values: readonly string[], separator: string) => values.join(separator);

/** Japanese names of the fields a message must name (never the English field or column name). */
export const FIELD_LABELS_JA = { start: '開始日', since: '所属開始日' } as const;

export const RULE_MESSAGES = {
  notString: entry(
    () => 'must be a string',
    () => '文字列で入力してください',
  ),
  empty: entry(
    () => 'must not be empty',
    () => '空欄にはできません',
  ),
  tooLong: entry(
    (max: number) => `must be at most ${max} characters`,
    (max) => `${max}文字以内で入力してください`,
  ),
  idCharacters: entry(
    () => 'may contain only letters, digits and . _ : @ - (no spaces or quotes)',
    () => '文字・数字と . _ : @ - のみ使えます（空白や引用符は使えません）',
  ),
  controlCharacters: entry(
    () => 'must not contain control characters',
    () => '制御文字を含めることはできません',
  ),
  kana: entry(
    () => 'must be written in kana (ひらがな or カタカナ)',
    () => 'かな（ひらがな・カタカナ）で入力してください',
  ),
  kanaWithKanji: entry(
    (kanji: string) => `contains kanji (${kanji}); write the reading in kana (ひらがな or カタカナ)`,
    (kanji) => `漢字（${kanji}）が含まれています。読みをかな（ひらがな・カタカナ）で入力してください`,
  ),
  notDate: entry(
    () => 'must be a date',
    () => '日付で入力してください',
  ),
  dateFormat: entry(
    () => 'must be a date written YYYY-MM-DD',
    () => '日付は YYYY-MM-DD の形式で入力してください',
  ),
  dateMeant: entry(
    (iso: string) => `must be a date written YYYY-MM-DD; did you mean ${iso}?`,
    (iso) => `日付は YYYY-MM-DD の形式で入力してください。${iso} ではありませんか？`,
  ),
  dateSerial: entry(
    (serial: string, iso: string) =>
      `must be a date written YYYY-MM-DD; ${serial} looks like an Excel serial number for ${iso}`,
    (serial, iso) =>
      `日付は YYYY-MM-DD の形式で入力してください。${serial} は Excel の日付シリアル値のようです。${iso} ではありませんか？`,
  ),
  realDate: entry(
    () => 'must be a real calendar date between 1900 and 2100',
    () => '1900年から2100年までの実在する日付を入力してください',
  ),
  wholeNumberFromTo: entry(
    (min: number, max: number) => `must be a whole number from ${min} to ${max}`,
    (min, max) => `${min}から${max}の整数で入力してください`,
  ),
  hoursFromTo: entry(
    (min: number, max: number) => `must be a whole number of hours from ${min} to ${max}`,
    (min, max) => `${min}〜${max}時間の整数で入力してください`,
  ),
  atLeast: entry(
    (min: number) => `must be at least ${min}`,
    (min) => `${min}以上で入力してください`,
  ),
  atMost: entry(
    (max: number) => `must be at most ${max}`,
    (max) => `${max}以下で入力してください`,
  ),
  oneOf: entry(
    (values: readonly string[]) => `must be one of ${list(values, ', ')}`,
    (values) => `次のいずれかを入力してください: ${list(values, ', ')}`,
  ),
  trueOrFalse: entry(
    () => 'must be true or false',
    () => 'true か false で入力してください',
  ),
  email: entry(
    () => 'must be an email address',
    () => 'メールアドレスの形式で入力してください',
  ),
  emailWithoutAt: entry(
    () => 'must be an email address (it has no @)',
    () => 'メールアドレスに @ がありません',
  ),
  emailWithManyAts: entry(
    () => 'must be an email address (it has more than one @)',
    () => 'メールアドレスに @ が2つ以上あります',
  ),
  emailDomainMeant: entry(
    (domain: string, meant: string) => `"${domain}" looks like a mistyped domain; did you mean ${meant}?`,
    (domain, meant) => `ドメイン「${domain}」は入力ミスのようです。${meant} ではありませんか？`,
  ),
  url: entry(
    () => 'must be an http(s) URL',
    () => 'http(s) で始まる URL を入力してください',
  ),
  urlMeant: entry(
    (meant: string) => `must be an http(s) URL; did you mean ${meant}?`,
    (meant) => `http(s) で始まる URL を入力してください。${meant} ではありませんか？`,
  ),
  prefecture: entry(
    () => 'must be a Japanese prefecture (東京都 or Tokyo)',
    () => '都道府県名（東京都 または Tokyo）を入力してください',
  ),
  prefectureMeant: entry(
    (value: string, meant: readonly string[]) =>
      `"${value}" is not a Japanese prefecture; did you mean ${list(meant, ' or ')}?`,
    (value, meant) => `「${value}」は都道府県名ではありません。${list(meant, ' または ')} ではありませんか？`,
  ),
  stoCapacityNeedsRole: entry(
    () => 'goes with stoRole (only STOs and STO candidates have a capacity)',
    () => 'STO または STO 候補の人だけが受け持ち数を持てます',
  ),
  skillNeedsName: entry(
    () => 'a skill needs a Japanese or an English name',
    () => 'スキルには日本語名か英語名が必要です',
  ),
  notBefore: entry(
    (field: keyof typeof FIELD_LABELS_JA) => `must not be before ${field}`,
    (field) => `${FIELD_LABELS_JA[field]}より前の日付にはできません`,
  ),
} satisfies Catalogue;

export type RuleKey = keyof typeof RULE_MESSAGES;
export const ruleText = textsOf(RULE_MESSAGES);
export const say = sayingOf(RULE_MESSAGES);
