/**
 * The pure parts of import: encoding detection, CSV line numbers, JSON element lines, cell
 * coercion by a field's own schema, mapping helpers, cycles, and Japanese for every message.
 */
import { describe, expect, it } from 'vitest';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { coerceExtra, coerceField } from '../../server/features/data/import/coerce.ts';
import { findCycles } from '../../server/features/data/import/cycles.ts';
import { jsonElementLines } from '../../server/features/data/import/json-lines.ts';
import { mappedDate, slugOf } from '../../server/features/data/import/mapping-values.ts';
import { hasTranslation, translateMessage } from '../../server/features/data/import/messages-ja.ts';
import { decodeText, parseCsv } from '../../server/features/data/import/raw-tables.ts';
import { REL_SPECS } from '../../server/features/catalogue/relationships.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const shape = (schema: unknown) => (schema as { shape: Record<string, never> }).shape;

describe('encodings', () => {
  it('UTF-8, UTF-8 with BOM and Shift_JIS are told apart', () => {
    expect(decodeText(utf8('名前'))).toEqual({ text: '名前', encoding: 'utf-8' });
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('名前')]))).toEqual({
      text: '名前',
      encoding: 'utf-8-bom',
    });
    // 名前 in Shift_JIS
    expect(decodeText(new Uint8Array([0x96, 0xbc, 0x91, 0x4f]))).toEqual({ text: '名前', encoding: 'shift_jis' });
    expect(decodeText(new Uint8Array([0x82, 0xff]))).toBeUndefined();
  });
});

describe('CSV lines as an editor shows them', () => {
  it('counts the header as line 1, skips blank lines, and starts multi-line records where they start', () => {
    const { table } = parseCsv('a.csv', utf8('id,bio\n\np1,"one\ntwo"\r\np2,x\n'));
    expect(table!.records.map((r) => r.line)).toEqual([1, 3, 5]);
    expect(table!.records[1]!.cells).toEqual(['p1', 'one\ntwo']);
  });

  it('reports an unclosed quote', () => {
    const { issues } = parseCsv('a.csv', utf8('id,name\np1,"Taro\n'));
    expect(issues[0]).toMatchObject({ code: 'malformed-csv', file: 'a.csv' });
  });
});

describe('JSON element lines', () => {
  it('finds the line each element of a top-level array starts on', () => {
    const text = '{\n "people": [\n  {"id": "a", "tags": ["x", "]"]},\n  {\n   "id": "b"\n  }\n ],\n "ties": []\n}';
    expect(jsonElementLines(text).get('people')).toEqual([3, 4]);
    expect(jsonElementLines(text).get('ties')).toEqual([]);
  });
});

describe('cells are read by the field they go into', () => {
  const person = shape(KIND_SPECS.Person.schema);
  const tie = shape(REL_SPECS.tie.schema);
  it('numbers, booleans and text', () => {
    expect(coerceField(tie.strength, '4')).toEqual({ ok: true, value: 4 });
    expect(coerceField(person.discoverable, 'false')).toEqual({ ok: true, value: false });
    expect(coerceField(person.discoverable, '')).toEqual({ ok: true, value: true });
    expect(coerceField(person.name, '123')).toEqual({ ok: true, value: '123' });
    expect(coerceField(tie.strength, '7')).toMatchObject({ ok: false, message: 'must be at most 5' });
    expect(coerceField(person.name, ' ')).toMatchObject({ ok: false, required: true, message: 'is required' });
  });
  it('declared extra columns by their declared type', () => {
    expect(coerceExtra('integer', '42')).toEqual({ ok: true, value: 42 });
    expect(coerceExtra('integer', '4.2')).toMatchObject({ ok: false });
    expect(coerceExtra('date', '2024-02-30')).toMatchObject({ ok: false });
    expect(coerceExtra('boolean', 'はい')).toEqual({ ok: true, value: true });
    expect(coerceExtra('string', '')).toEqual({ ok: true, value: null });
  });
});

describe('mapping helpers', () => {
  it('reads the date styles of real exports', () => {
    expect(mappedDate('2024/4/1')).toBe('2024-04-01');
    expect(mappedDate('2024年4月1日')).toBe('2024-04-01');
    expect(mappedDate('4/1/2024')).toBe('2024-04-01');
    expect(mappedDate('15 Mar 2023')).toBe('2023-03-15');
    expect(mappedDate('2024-04-01 09:12')).toBe('2024-04-01');
    expect(mappedDate('yesterday')).toBe('yesterday');
  });
  it('makes ids from names', () => {
    expect(slugOf('NPO法人 まちの灯り')).toBe('npo法人-まちの灯り');
    expect(slugOf('Kizuna Consulting, Inc.')).toBe('kizuna-consulting-inc');
  });
});

describe('skill hierarchy cycles', () => {
  it('finds the skills on a cycle and nothing else', () => {
    const links = new Map([
      ['a', 'b'],
      ['b', 'c'],
      ['c', 'a'],
      ['d', 'a'],
      ['e', 'e'],
    ]);
    expect([...findCycles(links)].sort()).toEqual(['a', 'b', 'c', 'e']);
    expect(findCycles(new Map([['x', 'y']])).size).toBe(0);
  });
});

describe('messages in Japanese', () => {
  const english = [
    'must be a string',
    'must not be empty',
    'is required',
    'must be at most 200 characters',
    'may contain only letters, digits and . _ : @ - (no spaces or quotes)',
    'must not contain control characters',
    'must be written in kana (ひらがな or カタカナ)',
    'must be a date written YYYY-MM-DD',
    'must be a real calendar date between 1900 and 2100',
    'must be a whole number from 1 to 5',
    'must be at least 1',
    'must be at most 5',
    'must be one of npo, government',
    'must be an email address',
    'must be an http(s) URL',
    'must be a Japanese prefecture (東京都 or Tokyo)',
    'must be true or false',
    'a skill needs a Japanese or an English name',
    'must not be before start',
    'a person cannot have a tie to themselves',
    '"宮城懸" is not a Japanese prefecture; did you mean 宮城県?',
    'contains kanji (佐藤); write the reading in kana (ひらがな or カタカナ)',
    'must be a whole number from 1 to 5 or a level word: 入門, 初級, ★ to ★★★★★',
    'must be an email address (it has no @)',
    'must be an email address (it has more than one @)',
    '"gmial.com" looks like a mistyped domain; did you mean gmail.com?',
    'must be an http(s) URL; did you mean https://www.example.org?',
    'must be a date written YYYY-MM-DD; did you mean 2024-04-01?',
    'must be a date written YYYY-MM-DD; 45383 looks like an Excel serial number for 2024-04-01',
  ];
  it.each(english)('"%s" has a translation', (en) => {
    expect(hasTranslation(en)).toBe(true);
    expect(translateMessage(en)).not.toBe(en);
  });
  it('what validation actually says is covered (a sample of real failures)', () => {
    const samples = [
      KIND_SPECS.Person.schema.safeParse({ name: 'x', email: 'nope' }),
      KIND_SPECS.Organisation.schema.safeParse({ name: 'x', sector: 'charity' }),
      KIND_SPECS.Organisation.schema.safeParse({ name: 'x', sector: 'npo', prefecture: 'Atlantis' }),
      KIND_SPECS.Project.schema.safeParse({ name: 'x', start: '2024-13-01' }),
      KIND_SPECS.Person.schema.safeParse({ name: 'x', nameKana: 'Taro' }),
      KIND_SPECS.Person.schema.safeParse({ name: 'x', nameKana: '佐藤 たろう' }),
      KIND_SPECS.Person.schema.safeParse({ name: 'x', email: 'taro@gmial.com' }),
      KIND_SPECS.Person.schema.safeParse({ name: 'x', email: 'a@b@c.jp' }),
      KIND_SPECS.Organisation.schema.safeParse({ name: 'x', sector: 'npo', prefecture: '宮城懸' }),
      KIND_SPECS.Organisation.schema.safeParse({ name: 'x', sector: 'npo', url: 'www.example.org' }),
      KIND_SPECS.Project.schema.safeParse({ name: 'x', start: '令和6年4月1日' }),
      KIND_SPECS.Project.schema.safeParse({ name: 'x', start: '45383' }),
    ];
    for (const r of samples)
      expect(hasTranslation(r.error!.issues[0]!.message), r.error!.issues[0]!.message).toBe(true);
    const level = coerceField(shape(REL_SPECS.skillHolding.schema).level, '達人', 'level');
    expect(level.ok).toBe(false);
    expect(hasTranslation((level as { message: string }).message)).toBe(true);
  });
  it('Japanese suggestions keep the value and the suggestion, and no English words of ours', () => {
    for (const en of english.filter((e) => / mean |looks like|contains kanji|level word/.test(e)))
      expect(translateMessage(en), en).not.toMatch(/did you|mean|looks like|must|contains|level word|serial/);
  });
});
