/**
 * What people mistype, refused with words that say what is wrong and, where one value is likely
 * meant, which: prefectures, kana fields with kanji, skill levels as words, e-mail addresses,
 * web addresses and dates. Through the kind specs (the rules the API and imports share), with
 * the Japanese the import report shows.
 */
import { describe, expect, it } from 'vitest';
import { coerceField } from '../../server/features/data/import/coerce.ts';
import { safeParseBoth } from '../../server/shared/validation.ts';
import { REL_SPECS } from '../../server/shared/relationships.ts';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { editDistance, nearest } from '../../server/shared/edit-distance.ts';

type Shape = Record<string, import('zod').ZodType>;
const person = (KIND_SPECS.Person.schema as unknown as { shape: Shape }).shape;
const org = (KIND_SPECS.Organisation.schema as unknown as { shape: Shape }).shape;
const project = (KIND_SPECS.Project.schema as unknown as { shape: Shape }).shape;
const holding = (REL_SPECS.skillHolding.schema as unknown as { shape: Shape }).shape;
const tie = (REL_SPECS.tie.schema as unknown as { shape: Shape }).shape;

/** The value, or the first problem in both languages. */
function check(schema: import('zod').ZodType, value: unknown) {
  const result = safeParseBoth(schema, value);
  if (result.success) return { value: result.data };
  return result.issues[0]!.message;
}

describe('edit distance', () => {
  it('counts kanji as one step and a swap of neighbours as one', () => {
    expect(editDistance('宮城懸', '宮城県')).toBe(1);
    expect(editDistance('gmial.com', 'gmail.com')).toBe(1);
    expect(editDistance('tokyo', 'kyoto')).toBe(4);
  });
  it('gives every target at the nearest distance within the limit, and nothing beyond it', () => {
    const keys = [
      ['茨城', '茨城県'],
      ['栃木', '栃木県'],
      ['茨城県', '茨城県'],
    ] as const;
    expect(nearest('茨木', keys, 1).sort()).toEqual(['栃木県', '茨城県']);
    expect(nearest('東北', keys, 1)).toEqual([]);
  });
});

describe('prefectures', () => {
  it.each([
    ['宮城懸', '宮城県'],
    ['大坂府', '大阪府'],
    ['東京府', '東京都'],
    ['崎玉県', '埼玉県'],
    ['郡馬県', '群馬県'],
    ['北海道県', '北海道'],
    ['東京都新宿区', '東京都'],
    ['Tokio', '東京都'],
    ['Miyagi-ken', '宮城県'],
    ['Tokyo-to', '東京都'],
    ['Ｔｏｋｙｏ', '東京都'],
    ['Tōkyō', '東京都'],
    ['Hukuoka', '福岡県'],
    ['Kanagwa', '神奈川県'],
  ])('%s: did you mean %s?', (typed, meant) => {
    expect(check(org.prefecture!, typed)).toEqual({
      en: `"${typed}" is not a Japanese prefecture; did you mean ${meant}?`,
      ja: `「${typed}」は都道府県名ではありません。${meant} ではありませんか？`,
    });
  });

  it('names both when two are equally near (茨木 is one step from 茨城 and from 栃木)', () => {
    expect(check(org.prefecture!, '茨木県')).toEqual({
      en: '"茨木県" is not a Japanese prefecture; did you mean 茨城県 or 栃木県?',
      ja: '「茨木県」は都道府県名ではありません。茨城県 または 栃木県 ではありませんか？',
    });
  });

  it('suggests only what is near: nothing for another word one step away (東北, Yokohama, Kawasaki)', () => {
    expect(check(org.prefecture!, '宮城懸')).toMatchObject({ en: expect.stringContaining('did you mean 宮城県?') });
    for (const typed of ['Atlantis', '東北', 'Yokohama', 'Kawasaki', 'とうきょう', 'N/A'])
      expect(check(org.prefecture!, typed), typed).toEqual({
        en: 'must be a Japanese prefecture (東京都 or Tokyo)',
        ja: '都道府県名（東京都 または Tokyo）を入力してください',
      });
  });

  it('accepts what it accepted before, and only that: a suggestion never rewrites a value', () => {
    expect(check(org.prefecture!, '東京')).toEqual({ value: '東京都' });
    expect(check(org.prefecture!, 'osaka')).toEqual({ value: '大阪府' });
    expect(check(org.prefecture!, '宮城県　')).toEqual({ value: '宮城県' });
    for (const typed of ['Tokyo-to', 'Ｔｏｋｙｏ', '東京府'])
      expect(check(org.prefecture!, typed), typed).toEqual({
        en: `"${typed}" is not a Japanese prefecture; did you mean 東京都?`,
        ja: `「${typed}」は都道府県名ではありません。東京都 ではありませんか？`,
      });
  });
});

describe('kana fields', () => {
  it('names the kanji in a reading; other mistakes keep the general message', () => {
    expect(check(person.nameKana!, '佐藤 たろう')).toEqual({
      en: 'contains kanji (佐藤); write the reading in kana (ひらがな or カタカナ)',
      ja: '漢字（佐藤）が含まれています。読みをかな（ひらがな・カタカナ）で入力してください',
    });
    expect(check(person.nameKana!, '佐藤 太郎')).toMatchObject({ en: expect.stringContaining('(佐藤 太郎)') });
    expect(check(person.nameKana!, '々'.repeat(30))).toMatchObject({
      en: `contains kanji (${'々'.repeat(20)}…); write the reading in kana (ひらがな or カタカナ)`,
    });
    expect(check(person.nameKana!, 'Taro')).toEqual({
      en: 'must be written in kana (ひらがな or カタカナ)',
      ja: 'かな（ひらがな・カタカナ）で入力してください',
    });
  });

  it('accepts hiragana, katakana and half-width katakana, with its own sound and long-vowel marks', () => {
    for (const reading of ['さとう たろう', 'サトウ・タロウ', 'ｻﾄｳ ﾀﾛｳ', 'ｻﾄｳ ﾀﾞｲｽｹ', 'ﾀﾛｰ', 'すずき　はなこ'])
      expect(check(person.nameKana!, reading), reading).toEqual({ value: reading.trim() });
  });
});

describe('skill levels as words (import only)', () => {
  it.each([
    ['入門', 1],
    ['初心者', 1],
    ['初級', 2],
    ['Beginner', 2],
    ['中級', 3],
    ['intermediate', 3],
    ['上級', 4],
    ['上級者', 4],
    ['ADVANCED', 4],
    ['エキスパート', 5],
    ['ｴｷｽﾊﾟｰﾄ', 5],
    ['専門家', 5],
    ['expert', 5],
    ['★★★', 3],
    ['★★★☆☆', 3],
    ['★', 1],
    ['Lv.4', 4],
    ['レベル２', 2],
    ['３', 3],
  ])('%s is level %d', (cell, level) => {
    expect(coerceField(holding.level!, cell, 'level')).toEqual({ ok: true, value: level });
  });

  it('a word not understood lists the words that are; a number out of range keeps its own message', () => {
    const failed = coerceField(holding.level!, 'すごい', 'level');
    expect(failed).toMatchObject({ ok: false, required: false });
    const message = (failed as { message: { en: string; ja: string } }).message;
    expect(message).toEqual({
      en: 'must be a whole number from 1 to 5 or a level word: 入門, 初心者, novice, 初級, beginner, basic, 中級, intermediate, 上級, advanced, エキスパート, 専門家, expert, ★ to ★★★★★',
      ja: '1から5の整数か、レベルを表す語（入門、初心者、novice、初級、beginner、basic、中級、intermediate、上級、advanced、エキスパート、専門家、expert、★〜★★★★★）で入力してください',
    });
    expect(coerceField(holding.level!, '★★★★★★', 'level')).toMatchObject({ ok: false, message });
    expect(coerceField(holding.level!, '7', 'level')).toMatchObject({
      ok: false,
      message: { en: 'must be at most 5', ja: '5以下で入力してください' },
    });
  });

  it('only the level reads words: a tie strength or a cell without its field stays a number', () => {
    expect(coerceField(holding.level!, '上級', 'level')).toEqual({ ok: true, value: 4 });
    expect(coerceField(tie.strength!, '上級', 'strength')).toMatchObject({
      ok: false,
      message: { en: 'must be a whole number from 1 to 5', ja: '1から5の整数で入力してください' },
    });
    expect(coerceField(holding.level!, '上級')).toMatchObject({ ok: false });
    // The API's schema itself takes numbers only.
    expect(holding.level!.safeParse('上級').success).toBe(false);
  });
});

describe('e-mail addresses', () => {
  it.each([
    ['taro@gmial.com', 'gmial.com', 'gmail.com'],
    ['taro@gmail.co.jp', 'gmail.co.jp', 'gmail.com'],
    ['taro@yahoo.co.jo', 'yahoo.co.jo', 'yahoo.co.jp'],
    ['taro@yahoo.cojp', 'yahoo.cojp', 'yahoo.co.jp'],
    ['taro@docomo.co.jp', 'docomo.co.jp', 'docomo.ne.jp'],
    ['taro@ezwbe.ne.jp', 'ezwbe.ne.jp', 'ezweb.ne.jp'],
    ['taro@iclod.com', 'iclod.com', 'icloud.com'],
    ['taro@outlok.jp', 'outlok.jp', 'outlook.jp'],
    ['taro@hotmial.co.jp', 'hotmial.co.jp', 'hotmail.co.jp'],
  ])('%s: the domain %s, did you mean %s?', (address, typed, meant) => {
    expect(check(person.email!, address)).toEqual({
      en: `"${typed}" looks like a mistyped domain; did you mean ${meant}?`,
      ja: `ドメイン「${typed}」は入力ミスのようです。${meant} ではありませんか？`,
    });
  });

  it('leaves real domains near a provider alone (mail.com, ymail.com, yahoo.com, yahoo.co.uk)', () => {
    expect(check(person.email!, 'a@gmial.com')).toHaveProperty('en');
    for (const address of ['a@mail.com', 'a@email.com', 'a@ymail.com', 'a@yahoo.com', 'a@yahoo.co.uk', 'a@example.jp'])
      expect(check(person.email!, address), address).toEqual({ value: address });
  });

  it('reads an address typed with full-width characters as the same address (NFKC)', () => {
    expect(check(person.email!, 'taro＠example.jp')).toEqual({ value: 'taro@example.jp' });
    expect(check(person.email!, 'ｔａｒｏ@example.jp\u3000')).toEqual({ value: 'taro@example.jp' });
  });

  it('says when the @ is missing or doubled', () => {
    expect(check(person.email!, 'taro.example.jp')).toEqual({
      en: 'must be an email address (it has no @)',
      ja: 'メールアドレスに @ がありません',
    });
    expect(check(person.email!, 'taro@@example.jp')).toEqual({
      en: 'must be an email address (it has more than one @)',
      ja: 'メールアドレスに @ が2つ以上あります',
    });
    expect(check(person.email!, 'taro@example')).toEqual({
      en: 'must be an email address',
      ja: 'メールアドレスの形式で入力してください',
    });
  });
});

describe('web addresses', () => {
  it.each([
    ['www.example.org', 'https://www.example.org'],
    ['example.org/about', 'https://example.org/about'],
    ['https//www.example.org', 'https://www.example.org'],
    ['ｈｔｔｐｓ：／／ｅｘａｍｐｌｅ．ｏｒｇ', 'https://example.org'],
  ])('%s: did you mean %s?', (typed, meant) => {
    expect(check(org.url!, typed)).toEqual({
      en: `must be an http(s) URL; did you mean ${meant}?`,
      ja: `http(s) で始まる URL を入力してください。${meant} ではありませんか？`,
    });
  });

  it('still requires http(s), and suggests nothing for other schemes or what is no host', () => {
    expect(check(org.url!, 'www.example.org')).toMatchObject({ en: expect.stringContaining('did you mean') });
    for (const typed of ['ftp://example.org', 'mailto:a@example.org', 'example', 'not a url'])
      expect(check(org.url!, typed), typed).toEqual({
        en: 'must be an http(s) URL',
        ja: 'http(s) で始まる URL を入力してください',
      });
    expect(check(org.url!, 'http://example.org')).toEqual({ value: 'http://example.org' });
  });
});

describe('dates', () => {
  it.each([
    ['2024/4/1', '2024-04-01'],
    ['2024-4-1', '2024-04-01'],
    ['2024.04.01', '2024-04-01'],
    ['２０２４／４／１', '2024-04-01'],
    ['2024年4月1日', '2024-04-01'],
    ['令和6年4月1日', '2024-04-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['R6.4.1', '2024-04-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['S64.1.7', '1989-01-07'],
    ['20240401', '2024-04-01'],
    ['2024-04-01 09:30', '2024-04-01'],
    ['1 Apr 2024', '2024-04-01'],
    ['April 1, 2024', '2024-04-01'],
  ])('%s: did you mean %s?', (typed, meant) => {
    expect(check(project.start!, typed)).toEqual({
      en: `must be a date written YYYY-MM-DD; did you mean ${meant}?`,
      ja: `日付は YYYY-MM-DD の形式で入力してください。${meant} ではありませんか？`,
    });
  });

  it('reads a five-digit number as an Excel serial day, as text and as the number an import cell becomes', () => {
    const expected = {
      en: 'must be a date written YYYY-MM-DD; 45383 looks like an Excel serial number for 2024-04-01',
      ja: '日付は YYYY-MM-DD の形式で入力してください。45383 は Excel の日付シリアル値のようです。2024-04-01 ではありませんか？',
    };
    expect(check(project.start!, '45383')).toEqual(expected);
    expect(check(project.start!, 45383)).toEqual(expected);
    expect(coerceField(project.start!, '45383')).toMatchObject({ ok: false, message: expected });
    expect(coerceField(project.start!, '20240401')).toMatchObject({
      ok: false,
      message: { en: 'must be a date written YYYY-MM-DD; did you mean 2024-04-01?' },
    });
  });

  it('guesses no day for what is ambiguous or was never a day', () => {
    expect(check(project.start!, '2024/4/1')).toMatchObject({ en: expect.stringContaining('did you mean 2024-04-01') });
    for (const typed of ['4/1/2024', '2024/2/30', '平成31年5月1日', '2024-04-01T09:30:00Z', 'yesterday'])
      expect(check(project.start!, typed), typed).toEqual({
        en: 'must be a date written YYYY-MM-DD',
        ja: '日付は YYYY-MM-DD の形式で入力してください',
      });
    expect(check(project.start!, 7)).toEqual({ en: 'must be a date', ja: '日付で入力してください' });
    expect(check(project.start!, '2024-04-01')).toEqual({ value: '2024-04-01' });
  });
});
