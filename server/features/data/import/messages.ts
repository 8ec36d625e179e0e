/**
 * Every message the import report writes, by key, in English and Japanese (the catalogue shape of
 * shared/messages.ts). The rules shared with the API's writes (validation.ts, the kind specs) say
 * theirs in shared/messages.ts; zod's own locales word the checks that have no message of ours
 * (a mapping file's structure). Japanese names kinds and fields in Japanese, never by the English
 * field or column name; the user's own values, file and column names are quoted as they are.
 */
import { entry, sayingOf, textsOf, type Catalogue, type Text } from '../../../shared/messages.ts';
import type { Kind } from '../../../shared/model.ts';

const KIND_WORDS: Record<Kind, { en: string; ja: string }> = {
  Person: { en: 'person', ja: '人物' },
  Organisation: { en: 'organisation', ja: '団体' },
  Skill: { en: 'skill', ja: 'スキル' },
  Project: { en: 'project', ja: 'プロジェクト' },
};

const en = (list: readonly string[]) => list.join(', ');
const ja = (list: readonly string[]) => list.join('、');

export const IMPORT_MESSAGES = {
  // Cells
  required: entry(
    () => 'is required',
    () => '必須の項目です',
  ),
  levelWords: entry(
    (words: readonly string[]) => `must be a whole number from 1 to 5 or a level word: ${en(words)}, ★ to ★★★★★`,
    (words) => `1から5の整数か、レベルを表す語（${ja(words)}、★〜★★★★★）で入力してください`,
  ),
  wholeNumber: entry(
    () => 'must be a whole number',
    () => '整数で入力してください',
  ),
  number: entry(
    () => 'must be a number',
    () => '数値で入力してください',
  ),
  trueOrFalse: entry(
    () => 'must be true or false',
    () => 'true か false で入力してください',
  ),
  leadOrPartner: entry(
    () => 'must be one of lead, partner',
    () => '次のいずれかを入力してください: lead, partner',
  ),
  // Rows
  duplicateId: entry(
    (id: string, otherFile: string | null, line: number | null) =>
      `the id "${id}" already appears on ${otherFile ? `${otherFile} ` : ''}line ${line}`,
    (id, otherFile, line) => `ID「${id}」は ${otherFile ? `${otherFile} ` : ''}${line} 行目にもあります`,
  ),
  duplicateRelationship: entry(
    (line: number | null) => `the same relationship already appears on line ${line}`,
    (line) => `同じ関係が ${line} 行目にもあります`,
  ),
  selfTie: entry(
    () => 'a person cannot have a tie to themselves',
    () => '本人同士のつながりは登録できません',
  ),
  mappedConflict: entry(
    (now: string, was: string, line: number | null, kind: Kind | null) =>
      `"${now}" differs from "${was}" on line ${line} for the same ${kind ? KIND_WORDS[kind].en : 'record'}: correct one of them`,
    (now, was, line, kind) =>
      `同じ${kind ? KIND_WORDS[kind].ja : '記録'}の ${line} 行目は「${was}」ですが、この行は「${now}」です。どちらかを直してください`,
  ),
  unknownReference: entry(
    (kind: Kind, id: string) => `no ${KIND_WORDS[kind].en} with id "${id}" in the bundle or the database`,
    (kind, id) => `ID「${id}」の${KIND_WORDS[kind].ja}はファイルにもデータベースにもありません`,
  ),
  referenceWithErrors: entry(
    (kind: Kind, id: string) => `refers to ${KIND_WORDS[kind].en} "${id}", whose row has errors`,
    (kind, id) => `${KIND_WORDS[kind].ja}「${id}」を参照していますが、その行にエラーがあります`,
  ),
  broaderCycle: entry(
    (id: string) => `"${id}" would be broader than itself (a cycle in the skill hierarchy)`,
    (id) => `「${id}」が自分自身より上位になります（スキル階層の循環）`,
  ),
  notOwnRecord: entry(
    (id: string) =>
      `"${id}" is a record this organisation does not manage: an import for an organisation adds new records and changes its own (an administrator can import the rest)`,
    (id) =>
      `「${id}」はこの団体が管理していない記録です。団体のインポートでできるのは、新しい記録の追加とこの団体の記録の変更です（それ以外は管理者がインポートできます）`,
  ),
  notOwnRelationship: entry(
    (organisationId: string) =>
      `an import for organisation "${organisationId}" may not change this relationship: it touches no record that organisation manages`,
    (organisationId) =>
      `団体「${organisationId}」のインポートでは、この関係は変更できません（この団体が管理する記録に関わりません）`,
  ),
  // Files and headers
  noTsunagariTable: entry(
    (files: readonly string[]) =>
      `none of the files (${en(files)}) is a Tsunagari table (people.csv, organisations.csv, skills.csv, ties.csv, …): for a kintone, Salesforce or LinkedIn export choose its preset, or give a mapping file`,
    (files) =>
      `ファイル（${ja(files)}）はどれも Tsunagari 形式の表（people.csv、organisations.csv、skills.csv、ties.csv など）ではありません。kintone・Salesforce・LinkedIn の書き出しなら種類（プリセット）を選ぶか、マッピングファイルを指定してください`,
  ),
  nothingToImport: entry(
    () => 'the upload holds no CSV, JSON or .xlsx file to import',
    () => 'インポートできる CSV・JSON・.xlsx ファイルがありません',
  ),
  notText: entry(
    () => 'is neither UTF-8 nor Shift_JIS text; save it as CSV (UTF-8)',
    () => 'UTF-8 でも Shift_JIS でもありません。CSV（UTF-8）で保存し直してください',
  ),
  unclosedQuote: entry(
    () => 'a quoted field is never closed (a " is missing)',
    () => '引用符（"）で始まった項目が閉じられていません',
  ),
  notCsv: entry(
    () => 'is not valid CSV (check quotes and separators)',
    () => 'CSV として読めません（引用符と区切り文字を確認してください）',
  ),
  tooManyFields: entry(
    (fields: number, header: number) => `has ${fields} fields but the header has ${header}`,
    (fields, header) => `項目数が ${fields} 個ありますが、見出し行は ${header} 個です`,
  ),
  notWorkbook: entry(
    () => 'is not an .xlsx workbook',
    () => '.xlsx 形式のブックではありません',
  ),
  notZip: entry(
    () => 'is not a readable .zip archive',
    () => '読み取れる .zip 形式ではありません',
  ),
  zipTooLarge: entry(
    (megabytes: number, ratio: number) => `unpacks to more than ${megabytes} MB (at most ${ratio}× its own size)`,
    (megabytes, ratio) => `展開後のサイズが大きすぎます（${megabytes} MB まで、元のサイズの ${ratio} 倍まで）`,
  ),
  nestedArchive: entry(
    () => 'is an archive inside an archive and was not opened; unpack it and upload its files',
    () => 'アーカイブ内のアーカイブは開きません。展開してファイルをアップロードしてください',
  ),
  notJson: entry(
    () => 'is not valid JSON',
    () => 'JSON として読めません',
  ),
  notJsonBundle: entry(
    () => 'must be a JSON object with one array per section',
    () => 'セクションごとの配列を持つ JSON オブジェクトにしてください',
  ),
  unknownFile: entry(
    () => 'is not part of the import format and was ignored',
    () => 'インポート形式に含まれないファイルのため無視しました',
  ),
  unknownSection: entry(
    (name: string) => `"${name}" is not a section of the import format and was ignored`,
    (name) => `「${name}」はインポート形式のセクションではないため無視しました`,
  ),
  duplicateColumn: entry(
    () => 'appears twice in the header',
    () => '見出し行に2回現れます',
  ),
  unknownColumn: entry(
    (file: string) =>
      `is not a column of ${file}; declare it in tsunagari.json ("extraColumns") to keep it as a property`,
    (file) =>
      `${file} の列ではありません。プロパティとして残すには tsunagari.json の "extraColumns" で宣言してください`,
  ),
  missingRequiredColumn: entry(
    (column: string) => `the required column "${column}" is missing`,
    (column) => `必須の列「${column}」がありません`,
  ),
  missingColumn: entry(
    (column: string) => `the column "${column}" is missing`,
    (column) => `列「${column}」がありません`,
  ),
  // Manifest and mapping files
  manifestNotObject: entry(
    () => 'must be a JSON object',
    () => 'JSON オブジェクトにしてください',
  ),
  manifestExtraColumns: entry(
    (types: readonly string[]) =>
      `must map section names (people, ties, …) to { column: type } with types ${en(types)}`,
    (types) => `セクション名（people、ties など）から { 列名: 型 } への対応にしてください（型: ${en(types)}）`,
  ),
  /** `problem` is zod's own message in each language (its locales; see validation.ts safeParseBoth). */
  badMapping: entry(
    (where: string | null, problem: Text) => `is not a valid mapping file at ${where ?? '(top)'}: ${problem.en}`,
    (where, problem) => `マッピングファイルの形式が正しくありません（${where ?? '最上位'}: ${problem.ja}）`,
  ),
  mappingValueSources: entry(
    () => 'needs exactly one of column, join, value or param',
    () => 'column・join・value・param のうち、ちょうど1つを指定してください',
  ),
  mappingParameter: entry(
    (param: string) => `this mapping needs the parameter "${param}" (e.g. --${param} <id>)`,
    (param) => `このマッピングにはパラメーター「${param}」が必要です（例: --${param} <ID>）`,
  ),
  mappingNoFile: entry(
    () => 'matches no file of the mapping and was ignored',
    () => 'マッピングのどのファイルにも当てはまらないため無視しました',
  ),
  mappingUnknownField: entry(
    (field: string, file: string) => `"${field}" is not a field of ${file}`,
    (field, file) => `「${field}」は ${file} の項目ではありません`,
  ),
  // Matching and reach
  undecidedMatches: entry(
    (n: number) =>
      `${n} possible ${n === 1 ? 'match needs' : 'matches need'} a decision: confirm or reject each (or all at once) before importing; nothing is written until then`,
    (n) =>
      `一致の可能性がある記録が ${n} 件あります。インポートの前に、それぞれ（またはまとめて）同じか別かを決めてください。決めるまで何も書き込まれません`,
  ),
  unreachable: entry(
    (n: number, names: readonly string[], more: number) =>
      `${n} ${n === 1 ? 'person' : 'people'} will not be reachable: no organisation, project or tie in this import (${en(names)}${more > 0 ? ` and ${more} more` : ''}); introductions, teams and connection assets only find people through these`,
    (n, names, more) =>
      `${n} 人はつながりがないため見つけられません。このインポートに所属・プロジェクト・つながりがありません（${ja(names)}${more > 0 ? ` ほか ${more} 人` : ''}）。紹介・チーム・つながり資産はこれらを通してしか人を見つけられません`,
  ),
} satisfies Catalogue;

export type ImportMessageKey = keyof typeof IMPORT_MESSAGES;
/** `importText('key', …params)`: an import message in English and Japanese. */
export const importText = textsOf(IMPORT_MESSAGES);
/** `sayImport('key', …params)`: the message in the current language (for a zod schema's `error`). */
export const sayImport = sayingOf(IMPORT_MESSAGES);
