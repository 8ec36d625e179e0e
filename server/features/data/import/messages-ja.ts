/**
 * Japanese for the validation messages of server/shared/validation.ts, import's coerce.ts and the
 * kind specs, which are written once in English. A message without a pattern here stays in
 * English (a test lists the known ones, so a new message in validation.ts shows up as
 * untranslated). A suggestion in a message ("did you mean 宮城県?") is carried over as it is.
 */
const PATTERNS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^must be a string$/, () => '文字列で入力してください'],
  [/^must not be empty$/, () => '空欄にはできません'],
  [/^is required$/, () => '必須の項目です'],
  [/^must be at most (\d+) characters$/, (m) => `${m[1]}文字以内で入力してください`],
  [/^may contain only letters, digits and/, () => '文字・数字と . _ : @ - のみ使えます（空白や引用符は使えません）'],
  [/^must not contain control characters$/, () => '制御文字を含めることはできません'],
  [
    /^contains kanji \((.+)\); write the reading in kana/,
    (m) => `漢字（${m[1]}）が含まれています。読みをかな（ひらがな・カタカナ）で入力してください`,
  ],
  [/^must be written in kana/, () => 'かな（ひらがな・カタカナ）で入力してください'],
  [
    /^must be a date written YYYY-MM-DD; did you mean (.+)\?$/,
    (m) => `日付は YYYY-MM-DD の形式で入力してください。${m[1]} ではありませんか？`,
  ],
  [
    /^must be a date written YYYY-MM-DD; (.+) looks like an Excel serial number for (.+)$/,
    (m) =>
      `日付は YYYY-MM-DD の形式で入力してください。${m[1]} は Excel の日付シリアル値のようです。${m[2]} ではありませんか？`,
  ],
  [/^must be a date written YYYY-MM-DD$/, () => '日付は YYYY-MM-DD の形式で入力してください'],
  [/^must be a date$/, () => '日付で入力してください'],
  [
    /^must be a real calendar date between 1900 and 2100$/,
    () => '1900年から2100年までの実在する日付を入力してください',
  ],
  [
    /^must be a whole number from (\d+) to (\d+) or a level word: (.+)$/,
    (m) =>
      `${m[1]}から${m[2]}の整数か、レベルを表す語（${m[3]!.replace(/ to /g, '〜').replace(/, /g, '、')}）で入力してください`,
  ],
  [/^must be a whole number from (\d+) to (\d+)$/, (m) => `${m[1]}から${m[2]}の整数で入力してください`],
  [/^must be a whole number of hours from (\d+) to (\d+)$/, (m) => `${m[1]}〜${m[2]}時間の整数で入力してください`],
  [/^goes with stoRole/, () => 'stoRole（STO または STO 候補）がある場合にのみ指定できます'],
  [/^must be at least (\d+)$/, (m) => `${m[1]}以上で入力してください`],
  [/^must be at most (\d+)$/, (m) => `${m[1]}以下で入力してください`],
  [/^must be one of (.+)$/, (m) => `次のいずれかを入力してください: ${m[1]}`],
  [/^must be an email address$/, () => 'メールアドレスの形式で入力してください'],
  [/^must be an email address \(it has no @\)$/, () => 'メールアドレスに @ がありません'],
  [/^must be an email address \(it has more than one @\)$/, () => 'メールアドレスに @ が2つ以上あります'],
  [
    /^"(.*)" looks like a mistyped domain; did you mean (.+)\?$/,
    (m) => `ドメイン「${m[1]}」は入力ミスのようです。${m[2]} ではありませんか？`,
  ],
  [/^must be an http\(s\) URL$/, () => 'http(s) で始まる URL を入力してください'],
  [
    /^must be an http\(s\) URL; did you mean (.+)\?$/,
    (m) => `http(s) で始まる URL を入力してください。${m[1]} ではありませんか？`,
  ],
  [/^must be a Japanese prefecture/, () => '都道府県名（東京都 または Tokyo）を入力してください'],
  [
    /^"(.*)" is not a Japanese prefecture; did you mean (.+)\?$/,
    (m) => `「${m[1]}」は都道府県名ではありません。${m[2]!.replace(/ or /g, ' または ')} ではありませんか？`,
  ],
  [/^must be true or false$/, () => 'true か false で入力してください'],
  [/^must be a number$/, () => '数値で入力してください'],
  [/^must be a whole number$/, () => '整数で入力してください'],
  [/^a skill needs a Japanese or an English name$/, () => 'スキルには日本語名か英語名が必要です'],
  [/^must not be before (\w+)$/, (m) => `${m[1]} より前の日付にはできません`],
  [/^a person cannot have a tie to themselves$/, () => '本人同士のつながりは登録できません'],
];

export function translateMessage(en: string): string {
  for (const [pattern, render] of PATTERNS) {
    const match = pattern.exec(en);
    if (match) return render(match);
  }
  return en;
}

export const hasTranslation = (en: string): boolean => PATTERNS.some(([p]) => p.test(en));
