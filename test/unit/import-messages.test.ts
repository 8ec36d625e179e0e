/**
 * The import report's words: every message of the two catalogues (the shared rules' and the
 * importer's own) in both languages, Japanese that names no English field or column, English
 * with no Japanese labels, and real bad rows read through validation to the Japanese they get —
 * from the catalogues or, for checks without words of ours, from zod's own Japanese locale.
 */
import { describe, expect, it } from 'vitest';
import { IMPORT_MESSAGES } from '../../server/features/data/import/messages.ts';
import { SECTIONS, sectionFields, toColumn } from '../../server/features/data/import/format.ts';
import type { Issue } from '../../server/features/data/import/issues.ts';
import { parseMapping } from '../../server/features/data/import/mapping.ts';
import { parseCsv } from '../../server/features/data/import/raw-tables.ts';
import { tableFromRaw } from '../../server/features/data/import/tables.ts';
import { validateBundle, type Lookup } from '../../server/features/data/import/validate.ts';
import { RULE_MESSAGES, type Catalogue, type Params } from '../../server/shared/messages.ts';
import { MATCH_REASONS } from '../../server/features/data/match/matcher.ts';
import { MATCH_REASON_MESSAGES } from '../../server/features/data/match/reasons.ts';
import importPage from '../../client/src/i18n/features/import.json' with { type: 'json' };

type Samples<C extends Catalogue> = { [K in keyof C]: Params<C, K> };

/**
 * One parameter list per key: a key added without a sample fails to compile. Samples are neutral
 * values (the checks below are about our words, not the user's values quoted in them).
 */
const RULE_SAMPLES: Samples<typeof RULE_MESSAGES> = {
  notString: [],
  empty: [],
  tooLong: [200],
  idCharacters: [],
  controlCharacters: [],
  kana: [],
  kanaWithKanji: ['X Y'],
  notDate: [],
  dateFormat: [],
  dateMeant: ['2024-04-01'],
  dateSerial: ['45383', '2024-04-01'],
  realDate: [],
  wholeNumberFromTo: [1, 5],
  hoursFromTo: [0, 300],
  atLeast: [1],
  atMost: [5],
  oneOf: [['npo', 'company']],
  trueOrFalse: [],
  email: [],
  emailWithoutAt: [],
  emailWithManyAts: [],
  emailDomainMeant: ['gmial.com', 'gmail.com'],
  url: [],
  urlMeant: ['https://example.org'],
  prefecture: [],
  prefectureMeant: ['Tokio', ['Tokyo']],
  stoCapacityNeedsRole: [],
  skillNeedsName: [],
  notBefore: ['start'],
};
const IMPORT_SAMPLES: Samples<typeof IMPORT_MESSAGES> = {
  required: [],
  levelWords: [['expert']],
  wholeNumber: [],
  number: [],
  trueOrFalse: [],
  leadOrPartner: [],
  duplicateId: ['p1', 'more.csv', 3],
  duplicateRelationship: [4],
  selfTie: [],
  mappedConflict: ['B', 'A', 2, 'Organisation'],
  unknownReference: ['Person', 'p9'],
  referenceWithErrors: ['Skill', 's1'],
  broaderCycle: ['s1'],
  notOwnRecord: ['p1'],
  notOwnRelationship: ['o1'],
  noTsunagariTable: [['members.csv']],
  nothingToImport: [],
  notText: [],
  unclosedQuote: [],
  notCsv: [],
  tooManyFields: [5, 4],
  notWorkbook: [],
  notZip: [],
  zipTooLarge: [50, 100],
  nestedArchive: [],
  notJson: [],
  notJsonBundle: [],
  unknownFile: [],
  unknownSection: ['extra'],
  duplicateColumn: [],
  unknownColumn: ['people.csv'],
  missingRequiredColumn: ['Column'],
  missingColumn: ['Email'],
  manifestNotObject: [],
  manifestExtraColumns: [['string', 'date']],
  badMapping: ['files', { en: 'Too small', ja: '小さすぎる値' }],
  mappingValueSources: [],
  mappingParameter: ['me'],
  mappingNoFile: [],
  mappingUnknownField: ['colour', 'people.csv'],
  undecidedMatches: [2],
  unreachable: [1, ['Jane Doe'], 0],
};

function rendered<C extends Catalogue>(catalogue: C, samples: Samples<C>) {
  return Object.keys(catalogue).map((key) => {
    const params = samples[key as keyof C] as unknown[];
    return { key, en: catalogue[key]!.en(...params), ja: catalogue[key]!.ja(...params) };
  });
}
const REASON_SAMPLES = Object.fromEntries(MATCH_REASONS.map((r) => [r, []])) as unknown as Samples<
  typeof MATCH_REASON_MESSAGES
>;
const ALL = [
  ...rendered(RULE_MESSAGES, RULE_SAMPLES),
  ...rendered(IMPORT_MESSAGES, IMPORT_SAMPLES),
  ...rendered(MATCH_REASON_MESSAGES, REASON_SAMPLES),
];

/** Every field and column name of the format: nameKana, name_kana, stoRole, start, … */
const FIELD_NAMES = [...new Set(SECTIONS.flatMap((s) => sectionFields(s)).flatMap((f) => [f, toColumn(f)]))];
const wordIn = (text: string, word: string) => new RegExp(`(?<![A-Za-z_])${word}(?![A-Za-z_])`).test(text);
const JAPANESE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Japanese the English shows as what to type, not as labels. */
const TYPED_EXAMPLES = /ひらがな|カタカナ|東京都|★/g;

describe('message catalogues', () => {
  it.each(ALL)('$key has an English and a Japanese text', ({ en, ja }) => {
    expect(en.trim()).not.toBe('');
    expect(ja.trim()).not.toBe('');
    expect(ja).not.toBe(en);
    expect(ja).toMatch(JAPANESE);
  });

  it('knows the format’s field names (the list the next test checks against)', () => {
    expect(FIELD_NAMES).toEqual(
      expect.arrayContaining(['name_kana', 'nameKana', 'stoRole', 'start', 'since', 'email']),
    );
  });

  it.each(ALL)('$key: the Japanese names no field or column in English', ({ ja }) => {
    expect(FIELD_NAMES.filter((field) => wordIn(ja, field))).toEqual([]);
  });

  it.each(ALL)('$key: the English has no Japanese labels', ({ en }) => {
    expect(en.replace(TYPED_EXAMPLES, '')).not.toMatch(JAPANESE);
  });
});

describe('match reasons', () => {
  const page = importPage as unknown as Record<'en' | 'ja', { matches: { reasons: Record<string, string> } }>;

  it('every reason the matcher gives has words in the server catalogue, and nothing else does', () => {
    expect(Object.keys(MATCH_REASON_MESSAGES).sort()).toEqual([...MATCH_REASONS].sort());
  });

  it.each(['en', 'ja'] as const)('the import page’s %s catalogue has every reason, and nothing else', (lang) => {
    expect(Object.keys(page[lang].matches.reasons).sort()).toEqual([...MATCH_REASONS].sort());
    for (const r of MATCH_REASONS) expect(page[lang].matches.reasons[r]?.trim()).not.toBe('');
  });

  it('no two reasons share their words in either language', () => {
    for (const lang of ['en', 'ja'] as const)
      expect(new Set(MATCH_REASONS.map((r) => MATCH_REASON_MESSAGES[r][lang]())).size).toBe(MATCH_REASONS.length);
  });
});

const noStore: Lookup = { nodes: async () => new Map(), broaderLinks: async () => [], rels: async () => new Map() };

/** The first problem of one CSV file validated against an empty database. */
async function firstProblem(file: string, text: string): Promise<Issue> {
  const { table } = parseCsv(file, new TextEncoder().encode(text));
  const issues: Issue[] = [];
  const source = tableFromRaw(table!, {}, issues);
  expect(issues).toEqual([]);
  const { book } = await validateBundle([source!], noStore);
  return book.issues[0]!;
}

describe('real bad rows in Japanese', () => {
  it('an e-mail address without @', async () => {
    const found = await firstProblem('people.csv', 'id,name,email\np1,田中 花子,hanako.example.jp\n');
    expect(found).toMatchObject({ code: 'invalid-value', line: 2, column: 'email' });
    expect(found.message).toEqual({
      en: 'must be an email address (it has no @)',
      ja: 'メールアドレスに @ がありません',
    });
  });

  it('a mistyped mail domain, with the one meant', async () => {
    const found = await firstProblem('people.csv', 'id,name,email\np1,田中 花子,hanako@gmial.com\n');
    expect(found.message.ja).toBe('ドメイン「gmial.com」は入力ミスのようです。gmail.com ではありませんか？');
  });

  it('a prefecture typo (宮城懸), with the one meant', async () => {
    const found = await firstProblem('organisations.csv', 'id,name,sector,prefecture\no1,みやぎの森,npo,宮城懸\n');
    expect(found).toMatchObject({ column: 'prefecture' });
    expect(found.message).toEqual({
      en: '"宮城懸" is not a Japanese prefecture; did you mean 宮城県?',
      ja: '「宮城懸」は都道府県名ではありません。宮城県 ではありませんか？',
    });
  });

  it('a reading with kanji names the kanji', async () => {
    const found = await firstProblem('people.csv', 'id,name,name_kana\np1,佐藤 太郎,佐藤 たろう\n');
    expect(found).toMatchObject({ column: 'name_kana' });
    expect(found.message.ja).toBe('漢字（佐藤）が含まれています。読みをかな（ひらがな・カタカナ）で入力してください');
  });

  it('too long a text, and not a number', async () => {
    const long = await firstProblem('people.csv', `id,name\np1,${'あ'.repeat(201)}\n`);
    expect(long.message).toEqual({ en: 'must be at most 200 characters', ja: '200文字以内で入力してください' });
    const strength = await firstProblem('ties.csv', 'person_id,other_person_id,strength\np1,p2,とても強い\n');
    expect(strength).toMatchObject({ column: 'strength' });
    expect(strength.message).toEqual({
      en: 'must be a whole number from 1 to 5',
      ja: '1から5の整数で入力してください',
    });
  });

  it('a date in another form, an end before the start (named in Japanese), a bad sector', async () => {
    const date = await firstProblem('projects.csv', 'id,name,start\npj1,X,2024/4/1\n');
    expect(date.message.ja).toBe('日付は YYYY-MM-DD の形式で入力してください。2024-04-01 ではありませんか？');
    const order = await firstProblem('projects.csv', 'id,name,start,end\npj1,X,2024-04-01,2023-04-01\n');
    expect(order).toMatchObject({ column: 'end' });
    expect(order.message).toEqual({ en: 'must not be before start', ja: '開始日より前の日付にはできません' });
    const sector = await firstProblem('organisations.csv', 'id,name,sector\no1,X,charity\n');
    expect(sector.message.ja).toBe(
      '次のいずれかを入力してください: npo, government, company, foundation, academia, community, other',
    );
  });

  it('a mapping file’s structure is worded by zod’s own locales (no words of ours there)', () => {
    const issues: Issue[] = [];
    parseMapping({ files: [] }, 'mine.json', issues);
    expect(issues[0]).toMatchObject({ code: 'bad-mapping', column: 'files' });
    expect(issues[0]!.message).toEqual({
      en: 'is not a valid mapping file at files: Too small: expected array to have >=1 items',
      ja: 'マッピングファイルの形式が正しくありません（files: 小さすぎる値: arrayは1要素以上である必要があります）',
    });
    const ours: Issue[] = [];
    parseMapping(
      { files: [{ match: '*.csv', targets: [{ section: 'people', columns: { id: {} } }] }] },
      'm.json',
      ours,
    );
    expect(ours[0]!.message.ja).toContain('column・join・value・param のうち、ちょうど1つを指定してください');
  });

  it('English elsewhere is unchanged by a Japanese parse (the language does not leak)', async () => {
    await firstProblem('people.csv', 'id,name,email\np1,X,nope\n');
    const { KIND_SPECS } = await import('../../server/shared/kinds.ts');
    const plain = KIND_SPECS.Person.schema.safeParse({ name: 'x', email: 'nope' });
    expect(plain.error!.issues[0]!.message).toBe('must be an email address (it has no @)');
  });
});
