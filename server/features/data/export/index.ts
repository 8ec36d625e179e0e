/**
 * Exporting: the bundle (JSON, CSV files, .zip) or a graph file (GraphML, GEXF), of everything or
 * of one organisation's part of the network.
 */
import type { Db } from '../../../db/driver.ts';
import { toCsvFiles, toJsonText, toZip, type ExportFile } from './bundle.ts';
import { collectExport, type ExportOptions } from './collect.ts';
import { toGexf, toGraphML } from './graph-xml.ts';

export const EXPORT_FORMATS = ['json', 'csv-zip', 'graphml', 'gexf'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export { collectExport, type ExportData, type ExportOptions } from './collect.ts';
export { toCsvFiles, toJsonText, toZip, type ExportFile } from './bundle.ts';
export { toGexf, toGraphML } from './graph-xml.ts';

const MIME: Record<ExportFormat, string> = {
  json: 'application/json',
  'csv-zip': 'application/zip',
  graphml: 'application/graphml+xml',
  gexf: 'application/gexf+xml',
};
const EXT: Record<ExportFormat, string> = { json: 'json', 'csv-zip': 'zip', graphml: 'graphml', gexf: 'gexf' };

/** One file in the chosen format, named after the scope and the day. */
export async function exportFile(
  db: Db,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportFile & { mimeType: string }> {
  const data = await collectExport(db, options);
  const encoder = new TextEncoder();
  const bytes =
    format === 'json'
      ? encoder.encode(toJsonText(data))
      : format === 'csv-zip'
        ? toZip(toCsvFiles(data))
        : encoder.encode(format === 'graphml' ? toGraphML(data) : toGexf(data));
  const scope = options.organisationId ? `-${options.organisationId.replace(/[^\w.-]/g, '_')}` : '';
  const name = `tsunagari${scope}-${data.manifest.exportedAt.slice(0, 10)}.${EXT[format]}`;
  return { name, bytes, mimeType: MIME[format] };
}
