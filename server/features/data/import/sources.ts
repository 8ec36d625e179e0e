/**
 * What a user hands us — a folder's files, a .zip, a JSON document, a workbook — as raw tables,
 * JSON documents and the optional manifest. Nothing here knows the bundle's sections.
 */
import { allowanceFor, ArchiveRefused, inflateArchive, MAX_UNPACKED_BYTES } from './archives.ts';
import { issue, warning, type Issue } from './issues.ts';
import { decodeText, parseCsv, parseWorkbook, type RawTable } from './raw-tables.ts';
import { MANIFEST_FILE } from './format.ts';
import { jsonErrorLine } from './json-lines.ts';
import { importText } from './messages.ts';

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

const baseName = (name: string) => name.replace(/^.*[\\/]/, '');
const isArchive = (name: string) => /\.(zip|xlsx|7z|rar|gz|tgz|tar|bz2|xz)$/i.test(baseName(name));

/** What is left of MAX_UNPACKED_BYTES for the archives of one upload. */
interface Allowance {
  left: number;
}

function unzip(file: InputFile, issues: Issue[], allowance: Allowance): InputFile[] {
  const nested: string[] = [];
  try {
    const entries = inflateArchive(
      file.bytes,
      (name) => {
        const base = baseName(name);
        if (name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('.')) return false;
        // Workbooks inside a zip are read; other archives inside archives are not opened.
        if (isArchive(name) && !/\.xlsx$/i.test(name)) {
          nested.push(name);
          return false;
        }
        return true;
      },
      { allowance: Math.min(allowanceFor(file.bytes.length), allowance.left) },
    );
    allowance.left -= entries.reduce((sum, e) => sum + e.bytes.length, 0);
    for (const name of nested)
      issues.push(issue('unreadable-file', { file: `${file.name}/${name}` }, importText('nestedArchive')));
    return entries.map(({ name, bytes }) => ({ name: `${file.name}/${name}`, bytes }));
  } catch (error) {
    issues.push(refusal(file.name, error));
    return [];
  }
}

function refusal(file: string, error: unknown): Issue {
  if (error instanceof ArchiveRefused && error.limit)
    return issue('unreadable-file', { file }, importText('zipTooLarge', error.limit.megabytes, error.limit.ratio));
  return issue('unreadable-file', { file }, importText('notZip'));
}

/** A workbook is a zip: it is measured the same way before the workbook reader inflates it. */
function workbookFits(file: InputFile, issues: Issue[], allowance: Allowance): boolean {
  try {
    inflateArchive(file.bytes, () => true, {
      allowance: Math.min(allowanceFor(file.bytes.length), allowance.left),
      collect: false,
    });
    return true;
  } catch (error) {
    if (error instanceof ArchiveRefused && error.reason === 'too-large') {
      issues.push(refusal(file.name, error));
      return false;
    }
    return true; // not a zip at all: the workbook reader says so in its own words
  }
}

function readJson(file: InputFile, issues: Issue[]): JsonDocument | undefined {
  const decoded = decodeText(file.bytes);
  try {
    if (!decoded) throw new Error('encoding');
    return { file: file.name, text: decoded.text, value: JSON.parse(decoded.text) as unknown };
  } catch {
    const line = decoded ? jsonErrorLine(decoded.text) : null;
    issues.push(issue('unreadable-file', { file: file.name, line }, importText('notJson')));
    return undefined;
  }
}

export async function readSources(input: InputFile[]): Promise<Sources> {
  const out: Sources = { tables: [], documents: [], issues: [] };
  const queue = [...input];
  const allowance: Allowance = { left: MAX_UNPACKED_BYTES };
  for (let file = queue.shift(); file; file = queue.shift()) {
    const lower = baseName(file.name).toLowerCase();
    if (lower.endsWith('.zip')) queue.push(...unzip(file, out.issues, allowance));
    else if (lower.endsWith('.csv') || lower.endsWith('.txt')) {
      const { table, issues } = parseCsv(file.name, file.bytes);
      if (table) out.tables.push({ ...table, name: baseName(file.name) });
      out.issues.push(...issues);
    } else if (lower.endsWith('.xlsx')) {
      if (!workbookFits(file, out.issues, allowance)) continue;
      const { tables, issues } = await parseWorkbook(file.name, file.bytes);
      out.tables.push(...tables);
      out.issues.push(...issues);
    } else if (lower === MANIFEST_FILE) out.manifest = readJson(file, out.issues);
    else if (lower.endsWith('.json')) {
      const doc = readJson(file, out.issues);
      if (doc) out.documents.push(doc);
    } else {
      out.issues.push(warning('unknown-file', { file: file.name }, importText('unknownFile')));
    }
  }
  return out;
}
