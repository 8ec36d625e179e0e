/**
 * Bytes to tables: text encoding detection, CSV and workbook parsing. A raw table keeps every
 * record's line as an editor shows it (the header is line 1), so later steps can point at it.
 */
import { restoreCell } from '../../../shared/spreadsheet.ts';
import type { Options as CsvOptions } from 'csv-parse';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { issue, type Issue } from './issues.ts';
import { importText } from './messages.ts';

export interface RawRecord {
  line: number;
  cells: unknown[];
}
export interface RawTable {
  /** Where it came from, for reports: `people.csv`, `bundle.xlsx#people`. */
  file: string;
  /** What names its content: the file name, or the sheet name in a workbook. */
  name: string;
  /** Every record, the header included: presets may need to find the header below a preamble. */
  records: RawRecord[];
  encoding: Encoding;
}
export type Encoding = 'utf-8' | 'utf-8-bom' | 'shift_jis' | 'xlsx' | 'json';

/**
 * UTF-8 (with or without BOM) or Shift_JIS, decided by whether the bytes are valid UTF-8: kintone
 * and Japanese Excel write Shift_JIS (CP932), which is almost never valid UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: Encoding } | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    try {
      return { text: new TextDecoder('shift_jis', { fatal: true }).decode(bytes), encoding: 'shift_jis' };
    } catch {
      return undefined;
    }
  }
}

export function parseCsv(file: string, bytes: Uint8Array): { table?: RawTable; issues: Issue[] } {
  const decoded = decodeText(bytes);
  if (!decoded) {
    return {
      issues: [issue('unreadable-file', { file }, importText('notText'))],
    };
  }
  // Each record becomes its line and cells as it is read, and nothing else is kept of it: a
  // million ties parsed with csv-parse's `raw` and `info` held twice the memory (920 against 423
  // MB). A record starts on the line after the last one ended (csv-parse's count, which includes
  // the lines inside quoted cells), past the blank lines skipped between them. csv-parse counts a
  // CR LF inside a quoted cell as two lines where an editor shows one: `doubled` takes them back.
  let ended = 0;
  let blank = 0;
  let doubled = 0;
  try {
    const options: CsvOptions<RawRecord, string[]> = {
      skip_empty_lines: true,
      relax_column_count: true,
      // Files edited by hand mix line endings; any of them ends a record.
      record_delimiter: ['\r\n', '\n', '\r'],
      on_record: (record, context) => {
        const line = ended + 1 + (context.empty_lines - blank);
        for (const cell of record) if (cell.includes('\r\n')) doubled += cell.split('\r\n').length - 1;
        ended = context.lines - doubled;
        blank = context.empty_lines;
        // A defused cell (an export's, or a spreadsheet user's leading apostrophe) reads as its text.
        return { line, cells: record.map(restoreCell) };
      },
    };
    // Typed by the overload without `columns`, which does not follow on_record's result.
    const records = parse(decoded.text, options as unknown as CsvOptions) as unknown as RawRecord[];
    return { table: { file, name: file, records, encoding: decoded.encoding }, issues: [] };
  } catch (error) {
    const e = error as { code?: string; lines?: number };
    return {
      issues: [
        issue(
          'malformed-csv',
          { file, line: e.lines ?? null },
          importText(e.code === 'CSV_QUOTE_NOT_CLOSED' ? 'unclosedQuote' : 'notCsv'),
        ),
      ],
    };
  }
}

function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('text' in value && typeof value.text === 'string') return value.text;
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellValue(value.result as ExcelJS.CellValue);
    return '';
  }
  return value;
}

/** Each worksheet becomes a table named `<sheet>.csv`; row numbers are Excel's. */
export async function parseWorkbook(file: string, bytes: Uint8Array): Promise<{ tables: RawTable[]; issues: Issue[] }> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    return {
      tables: [],
      issues: [issue('unreadable-file', { file }, importText('notWorkbook'))],
    };
  }
  const tables = workbook.worksheets.map((sheet) => {
    const records: RawRecord[] = [];
    sheet.eachRow({ includeEmpty: false }, (row, line) => {
      const cells: unknown[] = [];
      for (let c = 1; c <= row.cellCount; c++) cells.push(cellValue(row.getCell(c).value));
      if (cells.some((c) => c !== '')) records.push({ line, cells });
    });
    return { file: `${file}#${sheet.name}`, name: sheet.name, records, encoding: 'xlsx' as const };
  });
  return { tables, issues: [] };
}
