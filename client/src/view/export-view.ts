/** Runs an export chosen in the toolbar: the picture from the canvas, the data from the graph. */
import type { ExportFormat } from '../graph/ExportMenu.tsx';
import type { GraphCanvasHandle } from '../graph/GraphCanvas.tsx';
import type { GraphData } from '../graph/elements.ts';
import { download, edgesCsv, exportName, graphJson, nodesCsv } from '../graph/export.ts';
import type { Language } from '../i18n/languages.ts';
import type { ViewState } from './url-state.ts';

export async function exportView(
  format: ExportFormat,
  graph: GraphData,
  view: ViewState,
  language: Language,
  canvas: GraphCanvasHandle | null,
): Promise<void> {
  const now = new Date().toISOString();
  const name = (extension: string, part?: string) => exportName(view.node, extension, now.slice(0, 10), part);
  switch (format) {
    case 'png':
      if (canvas) download(await canvas.png(), name('png'), 'image/png');
      return;
    case 'svg':
      if (canvas) download(canvas.svg(), name('svg'), 'image/svg+xml');
      return;
    case 'nodesCsv':
      return download(nodesCsv(graph, language), name('csv', 'nodes'), 'text/csv;charset=utf-8');
    case 'edgesCsv':
      return download(edgesCsv(graph), name('csv', 'links'), 'text/csv;charset=utf-8');
    case 'json':
      return download(graphJson(graph, view, now), name('json'), 'application/json');
  }
}
