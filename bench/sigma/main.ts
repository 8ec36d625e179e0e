/**
 * The peer for `npm run bench:browser`: Sigma.js (WebGL) over a graphology graph, drawing the same
 * synthetic graph at the same positions the explorer's layout gave it, so the two pages are timed
 * on drawing alone. `window.__sigmaDraw` answers the time from hand-over to the first painted
 * frame; `window.__sigma` is the renderer the benchmark pans.
 */
import { UndirectedGraph } from 'graphology';
import Sigma from 'sigma';

interface Drawn {
  nodes: { key: string; label: string; kind: string }[];
  edges: { key: string; source: string; target: string }[];
}

const COLOURS: Record<string, string> = {
  PERSON: '#3b6ea5',
  ORGANISATION: '#c2703d',
  SKILL: '#4f8a5b',
  PROJECT: '#8a5a9e',
};

declare global {
  interface Window {
    __sigmaDraw?: (graph: Drawn, positions: Record<string, { x: number; y: number }>) => Promise<number>;
    __sigma?: Sigma;
  }
}

window.__sigmaDraw = async (drawn, positions) => {
  const started = performance.now();
  const graph = new UndirectedGraph();
  for (const n of drawn.nodes) {
    const at = positions[n.key] ?? { x: 0, y: 0 };
    // Sigma's y axis points up, Cytoscape's down: flipped, the two pictures look alike.
    graph.addNode(n.key, { x: at.x, y: -at.y, size: 4, label: n.label, color: COLOURS[n.kind] ?? '#888' });
  }
  for (const e of drawn.edges) {
    if (e.source !== e.target && !graph.hasEdge(e.source, e.target))
      graph.addEdgeWithKey(e.key, e.source, e.target, { size: 1, color: '#c3c8cf' });
  }
  window.__sigma = new Sigma(graph, document.getElementById('graph')!);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return performance.now() - started;
};
