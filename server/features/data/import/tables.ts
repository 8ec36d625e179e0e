/**
 * Raw tables and JSON documents in the bundle's own format become section tables: columns named,
 * checked against the section's fields (unknown ones reported unless declared), rows located.
 */
import {
  EXTRA_TYPES,
  SECTIONS,
  requiredColumns,
  sectionByFile,
  sectionByName,
  sectionFields,
  toColumn,
  toField,
  type ExtraType,
  type Manifest,
  type Section,
  type SectionName,
} from './format.ts';
import { issue, warning, type Issue } from './issues.ts';
import type { RawTable } from './raw-tables.ts';
import type { JsonDocument } from './sources.ts';
import { jsonElementLines } from './json-lines.ts';
import { importText } from './messages.ts';

export interface SourceRow {
  line: number | null;
  values: Record<string, unknown>;
  /**
   * The row is a stored record found by matching (../match/resolve.ts): its values fill only
   * the fields the record leaves empty, and change nothing it holds.
   */
  fillOnly?: boolean;
}
export interface SourceTable {
  section: Section;
  file: string;
  /** Field → the column label the user sees, for reports. */
  columns: Record<string, string>;
  /** Declared extra properties kept on the node or relationship, with their types. */
  extras: Record<string, ExtraType>;
  rows: SourceRow[];
  /** Records that could not become rows (too many fields): reported and counted as skipped. */
  malformed: Issue[];
  /** Mapping files: values a new node gets for fields the row leaves empty. */
  newDefaults?: Record<string, string>;
  /**
   * The rows come from another tool's export (read through a preset or mapping): two rows with
   * different ids may be one record (a member registered twice, an organisation written two
   * ways), so they are matched with each other as well as with stored records. Rows of the
   * Tsunagari format are one record per id.
   */
  external?: boolean;
}

export type Declared = Manifest['extraColumns'];

/** Names a header's columns; reports duplicates, unknown and missing columns. */
export function headerFields(
  section: Section,
  file: string,
  labels: string[],
  declared: Declared,
  issues: Issue[],
  line: number | null = 1,
): { fields: (string | null)[]; columns: Record<string, string>; extras: Record<string, ExtraType> } {
  const known = new Set(sectionFields(section));
  const extras: Record<string, ExtraType> = {};
  const columns: Record<string, string> = {};
  const fields = labels.map((raw) => {
    const label = String(raw ?? '').trim();
    if (label === '') return null;
    const field = toField(label);
    if (field in columns) {
      issues.push(issue('duplicate-column', { file, line, column: label }, importText('duplicateColumn')));
      return null;
    }
    const type = declared?.[section.name]?.[field] ?? declared?.[section.name]?.[label];
    if (!known.has(field) && !type) {
      issues.push(issue('unknown-column', { file, line, column: label }, importText('unknownColumn', section.file)));
      return null;
    }
    if (!known.has(field)) extras[field] = type!;
    columns[field] = label;
    return field;
  });
  for (const required of requiredColumns(section)) {
    if (!(required in columns)) {
      issues.push(
        issue(
          'missing-column',
          { file, line, column: toColumn(required) },
          importText('missingRequiredColumn', toColumn(required)),
        ),
      );
    }
  }
  return { fields, columns, extras };
}

/** A CSV or sheet in the bundle format: the first record is the header. */
export function tableFromRaw(raw: RawTable, declared: Declared, issues: Issue[]): SourceTable | undefined {
  const section = sectionByFile(raw.name);
  if (!section) {
    issues.push(warning('unknown-file', { file: raw.file }, importText('unknownFile')));
    return undefined;
  }
  const [header, ...records] = raw.records;
  const before = issues.length;
  const { fields, columns, extras } = headerFields(
    section,
    raw.file,
    (header?.cells ?? []) as string[],
    declared,
    issues,
    header?.line ?? 1,
  );
  if (issues.slice(before).some((i) => i.code === 'missing-column')) return undefined;
  const rows: SourceRow[] = [];
  const malformed: Issue[] = [];
  for (const record of records) {
    if (record.cells.length > fields.length && record.cells.slice(fields.length).some((c) => String(c).trim() !== '')) {
      malformed.push(
        issue(
          'malformed-csv',
          { file: raw.file, line: record.line },
          importText('tooManyFields', record.cells.length, fields.length),
        ),
      );
      continue;
    }
    const values: Record<string, unknown> = {};
    fields.forEach((field, i) => {
      if (field) values[field] = record.cells[i] ?? '';
    });
    rows.push({ line: record.line, values });
  }
  return { section, file: raw.file, columns, extras, rows, malformed };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A JSON document: `{ "people": [{ "id": …, "name": … }], … }`, optionally with a manifest. */
export function tablesFromJson(doc: JsonDocument, issues: Issue[]): { tables: SourceTable[]; manifest: Manifest } {
  const file = doc.file.replace(/^.*[\\/]/, '');
  if (!isRecord(doc.value)) {
    issues.push(issue('unreadable-file', { file }, importText('notJsonBundle')));
    return { tables: [], manifest: {} };
  }
  // Manifest keys beside the sections (an export writes them all).
  const { format, version, extraColumns, exportedAt: _at, scope: _scope, ...sections } = doc.value;
  void _at;
  void _scope;
  const manifest = checkManifest({ format, version, extraColumns }, file, issues);
  const lines = jsonElementLines(doc.text);
  const tables: SourceTable[] = [];
  for (const [name, rows] of Object.entries(sections)) {
    const section = sectionByName(name);
    if (!section || !Array.isArray(rows)) {
      issues.push(warning('unknown-file', { file, column: name }, importText('unknownSection', name)));
      continue;
    }
    const keys = [...new Set(rows.filter(isRecord).flatMap((r) => Object.keys(r)))];
    const before = issues.length;
    const { fields, columns, extras } = headerFields(section, file, keys, manifest.extraColumns, issues, null);
    if (issues.slice(before).some((i) => i.code === 'missing-column')) continue;
    const at = lines.get(name) ?? [];
    tables.push({
      section,
      file,
      columns,
      extras,
      malformed: [],
      rows: rows.map((row, i) => ({
        line: at[i] ?? null,
        values: Object.fromEntries(
          keys.flatMap((k, j) => (fields[j] && isRecord(row) && k in row ? [[fields[j], row[k]]] : [])),
        ),
      })),
    });
  }
  return { tables, manifest };
}

export function checkManifest(value: unknown, file: string, issues: Issue[]): Manifest {
  if (!isRecord(value)) {
    issues.push(issue('bad-manifest', { file }, importText('manifestNotObject')));
    return {};
  }
  const extra = value.extraColumns;
  if (extra === undefined || extra === null) return value as Manifest;
  const ok =
    isRecord(extra) &&
    Object.entries(extra).every(
      ([name, cols]) =>
        SECTIONS.some((s) => s.name === name) &&
        isRecord(cols) &&
        Object.values(cols).every((t) => EXTRA_TYPES.includes(t as ExtraType)),
    );
  if (!ok) {
    issues.push(
      issue('bad-manifest', { file, column: 'extraColumns' }, importText('manifestExtraColumns', EXTRA_TYPES)),
    );
    return {};
  }
  return { ...(value as Manifest), extraColumns: extra as Partial<Record<SectionName, Record<string, ExtraType>>> };
}
