/**
 * A layout as plain data in, positions out: what the layout worker runs (layout.worker.ts). The
 * page sends each node's id and box (width and height as the canvas measures them, border
 * included) and each edge, sorted by key; a headless Cytoscape with those boxes runs the same
 * options (layout.ts) under the same seeded `Math.random` (seeded-random.ts) as the main thread
 * would, so the picture depends on the request only — the same link, the same positions. A new
 * large fcose picture is drawn by pivot-mds.ts instead (fcose's draft idea, over typed arrays).
 */
import type { ElementDefinition } from 'cytoscape';
import { pivotMds } from './pivot-mds.ts';
import { hashString, withSeededRandom } from './seeded-random.ts';

export interface LayoutRequest {
  id: number;
  layout: 'fcose' | 'euler';
  seed: string;
  /** Node ids in the order the layout meets them (sorted by key). */
  nodes: string[];
  /** Each node's box: width, height, pairwise (same order as `nodes`). */
  boxes: Float64Array;
  /** Where each node is now (x, y pairwise): the start when the layout does not randomise. */
  start: Float64Array;
  randomize: boolean;
  /** [id, source, target] per edge, sorted by id. */
  edges: [string, string, string][];
}

export type LayoutAnswer =
  | { id: number; positions: Float64Array; ms: number; error?: undefined }
  | { id: number; error: string; positions?: undefined };

/** Cytoscape and its layouts, loaded only for a run that needs them (the draft does not). */
async function loadCytoscape() {
  const [{ default: cytoscape }, { default: euler }, { default: fcose }, { layoutOptions }] = await Promise.all([
    import('cytoscape'),
    import('cytoscape-euler'),
    import('cytoscape-fcose'),
    import('./layout.ts'),
  ]);
  cytoscape.use(fcose);
  cytoscape.use(euler);
  return { cytoscape, layoutOptions };
}
let loaded: ReturnType<typeof loadCytoscape> | null = null;

export async function computePositions(request: LayoutRequest): Promise<Float64Array> {
  // fcose's draft for a new large picture: the same idea (pivot MDS) over typed arrays, ~20× faster.
  if (request.layout === 'fcose' && request.randomize) return draft(request);
  loaded ??= loadCytoscape();
  const { cytoscape, layoutOptions } = await loaded;
  const { nodes, boxes, start, edges } = request;
  const elements: ElementDefinition[] = nodes.map((id, i) => ({
    group: 'nodes',
    data: { id, w: boxes[2 * i], h: boxes[2 * i + 1] },
    position: { x: start[2 * i]!, y: start[2 * i + 1]! },
  }));
  for (const [id, source, target] of edges) elements.push({ group: 'edges', data: { id, source, target } });
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)', 'border-width': 0, label: '' } }],
    elements,
  });
  const options = layoutOptions(request.layout, {
    randomize: request.randomize,
    animate: false,
    fit: false,
    nodes: nodes.length,
  });
  return new Promise((resolve, reject) => {
    // Sorted by key as on the main thread (GraphCanvas), so fcose meets them in the same order.
    const eles = cy.elements().sort((a, b) => (a.id() < b.id() ? -1 : a.id() > b.id() ? 1 : 0));
    const run = eles.layout(options);
    run.one('layoutstop', () => {
      const positions = new Float64Array(nodes.length * 2);
      cy.nodes().forEach((node, i) => {
        const { x, y } = node.position();
        positions[2 * i] = x;
        positions[2 * i + 1] = y;
      });
      cy.destroy();
      resolve(positions);
    });
    try {
      withSeededRandom(request.seed, () => run.run());
    } catch (error) {
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function draft({ nodes, edges, seed }: LayoutRequest): Float64Array {
  const index = new Map(nodes.map((id, i) => [id, i]));
  const pairs = new Int32Array(edges.length * 2);
  edges.forEach(([, source, target], i) => {
    pairs[2 * i] = index.get(source)!;
    pairs[2 * i + 1] = index.get(target)!;
  });
  return pivotMds(nodes.length, pairs, hashString(seed));
}
