/**
 * The pure parts of import: encoding detection, CSV line numbers, JSON element lines, cell
 * coercion by a field's own schema, mapping helpers and cycles (messages: import-messages.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { KIND_SPECS } from '../../server/shared/kinds.ts';
import { coerceExtra, coerceField } from '../../server/features/data/import/coerce.ts';
import { findCycles } from '../../server/features/data/import/cycles.ts';
import { jsonElementLines, jsonErrorLine } from '../../server/features/data/import/json-lines.ts';
import { mappedDate, slugOf } from '../../server/features/data/import/mapping-values.ts';
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

  it('counts lines inside quoted cells as an editor does, whatever the line endings', () => {
    const text = 'a,b\n1,"x\ny"\n\n\n2,z\r\n3,"p\r\nq\r\nr"\r\n\r\n4,w\r5,v\n';
    const { table } = parseCsv('a.csv', utf8(text));
    expect(table!.records.map((r) => r.line)).toEqual([1, 2, 6, 7, 11, 12]);
    expect(table!.records[3]!.cells).toEqual(['3', 'p\r\nq\r\nr']);
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

  it('skips deeply nested rows whole: only elements of the top-level arrays count', () => {
    const deep = (n: number): string => (n === 0 ? '"leaf"' : `{"a": [${deep(n - 1)}, {"b": []}]}`);
    const text = `{\n "people": [\n  ${deep(200)},\n  {"id": "p2",\n   "more": [[[{"x": [1, {"y": {"z": []}}]}]]]},\n\n  {"id": "p3"}\n ]\n}`;
    expect(jsonElementLines(text).get('people')).toEqual([3, 4, 7]);
    expect(JSON.parse(text).people).toHaveLength(3);
  });

  it('is not misled by braces, brackets, quotes and escaped newlines inside strings', () => {
    const text = [
      '{',
      '  "people": [',
      '    {"id": "a", "bio": "{ [ \\"quoted\\" ] } \\n\\n not a new line \\\\"},',
      '    {"id": "b", "bio": "ends in a backslash \\\\", "x": "}]"},',
      '    {"id": "c", "name": "田中 \\u82b1\\u5b50 \\" , {"}',
      '  ],',
      '  "ties": [{"personId": "a", "context": "\\r\\n]\\t["}]',
      '}',
    ].join('\r\n');
    expect(JSON.parse(text).people).toHaveLength(3);
    expect(jsonElementLines(text).get('people')).toEqual([3, 4, 5]);
    expect(jsonElementLines(text).get('ties')).toEqual([7]);
  });

  it('gives the line of a syntax error, and treats comments and trailing commas as errors as JSON.parse does', () => {
    expect(jsonErrorLine('{\n "people": [\n  {"id": "a"}\n ]\n}')).toBeNull();
    expect(jsonErrorLine('{\n "people": [\n  {"id": "a"},\n ]\n}')).toBe(4);
    expect(jsonErrorLine('{\n // people\n "people": []\n}')).toBe(2);
    expect(jsonErrorLine('{\n "people": [\n  {"id": "a" "name": "b"}\n ]\n}')).toBe(3);
    expect(jsonErrorLine('')).toBe(1);
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
    expect(coerceField(tie.strength, '7')).toMatchObject({
      ok: false,
      message: { en: 'must be at most 5', ja: '5以下で入力してください' },
    });
    expect(coerceField(person.name, ' ')).toMatchObject({
      ok: false,
      required: true,
      message: { en: 'is required', ja: '必須の項目です' },
    });
  });
  it('declared extra columns by their declared type', () => {
    expect(coerceExtra('integer', '42')).toEqual({ ok: true, value: 42 });
    expect(coerceExtra('integer', '4.2')).toMatchObject({ ok: false, message: { ja: '整数で入力してください' } });
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
