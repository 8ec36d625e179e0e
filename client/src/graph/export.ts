/**
 * The shown subgraph as files: nodes and links as CSV (UTF-8 with a byte-order mark, so Excel
 * opens Japanese correctly; CRLF; cells that a spreadsheet would run as a formula are defused),
 * and the whole view as JSON. Plain functions of the graph, tested without a browser; the
 * download itself is the one DOM call at the end.
 */
import { defuseCell } from '../../../server/shared/spreadsheet.ts';
import type { Language } from '../i18n/languages.ts';
import type { ViewState } from '../view/url-state.ts';
import { nodeLabel, type GraphData } from './elements.ts';

const BOM = '\uFEFF';

/** Quotes when needed; text a spreadsheet would evaluate is defused (server/shared/spreadsheet.ts). */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? defuseCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const csv = (rows: (string | number | null | undefined)[][]): string =>
  BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

export function nodesCsv(graph: GraphData, language: Language): string {
  const header = ['key', 'id', 'kind', 'label', 'name', 'alt_name', 'sector', 'hops'];
  return csv([
    header,
    ...graph.nodes.map((n) => [n.key, n.id, n.kind, nodeLabel(n, language), n.label, n.labelAlt, n.sector, n.depth]),
  ]);
}

export function edgesCsv(graph: GraphData): string {
  const header = ['source', 'target', 'type', 'strength', 'last_contact', 'level', 'priority', 'role'];
  return csv([
    header,
    ...graph.edges.map((e) => [e.source, e.target, e.type, e.strength, e.lastContact, e.level, e.priority, e.role]),
  ]);
}

export function graphJson(graph: GraphData, view: ViewState, exportedAt: string): string {
  const { node, depth, layout, filters, expanded, hidden } = view;
  return JSON.stringify(
    {
      format: 'tsunagari-subgraph',
      version: 1,
      exportedAt,
      view: { centre: node, depth, layout, filters, expanded, hidden },
      nodes: graph.nodes,
      edges: graph.edges,
    },
    null,
    2,
  );
}

/** A file name that says what and when: tsunagari-Person_p001-2026-11-24.csv */
export function exportName(centre: string | null, extension: string, today: string, part?: string): string {
  const what = (centre ?? 'map').replace(/[^\w-]+/g, '_');
  return `tsunagari-${what}${part ? `-${part}` : ''}-${today}.${extension}`;
}

export function download(content: Blob | string, name: string, type: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked later: some browsers start reading the blob only after click() returns.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
