/**
 * What a user hands us — a folder's files, a .zip, a JSON document, a workbook — as raw tables,
 * JSON documents and the optional manifest. Nothing here knows the bundle's sections.
 */
import { unzipSync } from 'fflate';
import { issue, warning, type Issue } from './issues.ts';
import { decodeText, parseCsv, parseWorkbook, type RawTable } from './raw-tables.ts';
import { MANIFEST_FILE } from './format.ts';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}
export interface JsonDocument {
  file: string;
  text: string;
  value: unknown;
}
export interface Sources {
  tables: RawTable[];
  documents: JsonDocument[];
  manifest?: JsonDocument;
  issues: Issue[];
}

/** Largest bundle we unpack: a zip bomb must not exhaust memory before validation starts. */
export const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');

function unzip(file: InputFile, issues: Issue[]): InputFile[] {
  try {
    let total = 0;
    const entries = unzipSync(file.bytes, {
      filter: (f) => {
        total += f.originalSize;
        const base = baseName(f.name);
        return !f.name.endsWith('/') && !f.name.startsWith('__MACOSX/') && !base.startsWith('.');
      },
    });
    if (total > MAX_UNPACKED_BYTES) throw new Error('too large');
    return Object.entries(entries).map(([name, bytes]) => ({ name: `${file.name}/${name}`, bytes }));
  } catch {
    issues.push(
      issue(
        'unreadable-file',
        { file: file.name },
        'is not a readable .zip archive',
        '読み取れる .zip 形式ではありません',
      ),
    );
    return [];
  }
}

function readJson(file: InputFile, issues: Issue[]): JsonDocument | undefined {
  const decoded = decodeText(file.bytes);
  try {
    if (!decoded) throw new Error('encoding');
    return { file: file.name, text: decoded.text, value: JSON.parse(decoded.text) as unknown };
  } catch (error) {
    const position = /position (\d+)/.exec(String(error))?.[1];
    const line = position && decoded ? decoded.text.slice(0, Number(position)).split('\n').length : null;
    issues.push(issue('unreadable-file', { file: file.name, line }, 'is not valid JSON', 'JSON として読めません'));
    return undefined;
  }
}

export async function readSources(input: InputFile[]): Promise<Sources> {
  const out: Sources = { tables: [], documents: [], issues: [] };
  const queue = [...input];
  for (let file = queue.shift(); file; file = queue.shift()) {
    const lower = baseName(file.name).toLowerCase();
    if (lower.endsWith('.zip')) queue.push(...unzip(file, out.issues));
    else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      const { table, issues } = parseCsv(file.name, file.bytes);
      if (table) out.tables.push({ ...table, name: baseName(file.name) });
      out.issues.push(...issues);
    } else if (lower.endsWith('.xlsx')) {
      const { tables, issues } = await parseWorkbook(file.name, file.bytes);
      out.tables.push(...tables);
      out.issues.push(...issues);
    } else if (lower === MANIFEST_FILE) out.manifest = readJson(file, out.issues);
    else if (lower.endsWith('.json')) {
      const doc = readJson(file, out.issues);
      if (doc) out.documents.push(doc);
    } else {
      out.issues.push(
        warning(
          'unknown-file',
          { file: file.name },
          'is not part of the import format and was ignored',
          'インポート形式に含まれないファイルのため無視しました',
        ),
      );
    }
  }
  return out;
}
