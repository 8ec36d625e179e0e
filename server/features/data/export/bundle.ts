/**
 * The export as the import bundle: one JSON document, or CSV files (UTF-8 with a BOM, so Japanese
 * Excel opens them correctly; formula-like text defused) with the manifest, optionally zipped.
 */
import { stringify } from 'csv-stringify/sync';
import { zipSync } from 'fflate';
import type { Plain } from '../../../db/convert.ts';
import { MANIFEST_FILE, SECTIONS, sectionFields, toColumn } from '../import/format.ts';
import { defuseCell } from '../../../shared/spreadsheet.ts';
import type { ExportData } from './collect.ts';

export interface ExportFile {
  name: string;
  bytes: Uint8Array;
}

export function toJsonText(data: ExportData): string {
  return `${JSON.stringify({ ...data.manifest, ...data.sections }, null, 2)}\n`;
}

/** Text cells are defused against CSV injection; the importer restores them (shared/spreadsheet.ts). */
const cell = (value: Plain | undefined): string =>
  value === null || value === undefined
    ? ''
    : typeof value === 'object'
      ? defuseCell(JSON.stringify(value))
      : typeof value === 'string'
        ? defuseCell(value)
        : String(value);

const BOM = '\ufeff';

export function toCsvFiles(data: ExportData): ExportFile[] {
  const encoder = new TextEncoder();
  const files = SECTIONS.map((section) => {
    const rows = data.sections[section.name];
    const fields = sectionFields(section).filter((f) => f !== 'leadOrganisationId');
    const extras = Object.keys(data.manifest.extraColumns?.[section.name] ?? {});
    const columns = [...fields, ...extras];
    const text = stringify([columns.map(toColumn), ...rows.map((r) => columns.map((c) => cell(r[c])))], {
      record_delimiter: 'unix',
    });
    return { name: section.file, bytes: encoder.encode(BOM + text) };
  });
  files.push({ name: MANIFEST_FILE, bytes: encoder.encode(`${JSON.stringify(data.manifest, null, 2)}\n`) });
  return files;
}

export function toZip(files: ExportFile[]): Uint8Array {
  return zipSync(Object.fromEntries(files.map((f) => [f.name, f.bytes])), { level: 6 });
}
