/**
 * Layouts for the canvas: fcose (fast, stable force-directed placement) by default, concentric
 * rings by distance from the centre for ego views, and euler (Barnes–Hut forces, cheap per step)
 * for large graphs. The first drawing starts from random positions; later ones start from where
 * nodes already are, with newcomers placed beside a neighbour that is already drawn, so the
 * picture moves calmly instead of jumping. Above LARGE_GRAPH nodes nothing animates.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../view/url-state.ts';

/** From this many nodes on, the map switches to its large-graph drawing (see use-cytoscape.ts). */
export const LARGE_GRAPH = 1000;

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

interface RunOptions {
  randomize: boolean;
  animate: boolean;
  /** Fit the result to the screen (a new picture), or leave the viewport (a layout switch). */
  fit: boolean;
  nodes: number;
}

export function egoLayout(options: { randomize: boolean; animate: boolean }): LayoutOptions {
  return fcoseLayout({ ...options, fit: true, nodes: 0 });
}

function fcoseLayout({ randomize, animate, fit, nodes }: RunOptions): LayoutOptions {
  const large = nodes >= LARGE_GRAPH;
  return {
    name: 'fcose',
    // 'draft' skips the force-directed polish: the spectral start alone reads fine at this size.
    quality: large ? 'draft' : 'default',
    randomize,
    animate,
    animationDuration: 650,
    animationEasing: 'ease-out-cubic',
    fit,
    padding: 48,
    nodeDimensionsIncludeLabels: !large,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 100,
    edgeElasticity: () => 0.4,
    nestingFactor: 0.1,
    gravity: 0.3,
    numIter: large ? 1000 : 2500,
    tile: true,
  } as LayoutOptions;
}

/** Rings by hops from the centre: the centre in the middle, each step one ring further out. */
function concentricLayout({ animate, fit }: RunOptions): LayoutOptions {
  return {
    name: 'concentric',
    // The centre alone in the middle, whatever depth an expansion reported for other nodes.
    concentric: (node: NodeSingular) => (node.data('centre') === 1 ? 100 : 10 - Number(node.data('depth') ?? 3)),
    levelWidth: () => 1,
    minNodeSpacing: 28,
    startAngle: (3 / 2) * Math.PI,
    avoidOverlap: true,
    nodeDimensionsIncludeLabels: false,
    animate,
    animationDuration: 650,
    animationEasing: 'ease-out-cubic',
    fit,
    padding: 48,
  } as LayoutOptions;
}

function eulerLayout({ randomize, animate, fit, nodes }: RunOptions): LayoutOptions {
  return {
    name: 'euler',
    springLength: () => 90,
    springCoeff: () => 0.0008,
    mass: () => 4,
    gravity: -1.2,
    pull: 0.001,
    theta: nodes >= LARGE_GRAPH ? 0.9 : 0.666,
    dragCoeff: 0.02,
    movementThreshold: 1,
    timeStep: 20,
    maxIterations: nodes >= LARGE_GRAPH ? 400 : 1000,
    maxSimulationTime: nodes >= LARGE_GRAPH ? 3000 : 4000,
    refresh: 10,
    animate: animate ? 'end' : false,
    animationDuration: 650,
    randomize,
    fit,
    padding: 48,
  } as unknown as LayoutOptions;
}

export function layoutOptions(name: LayoutName, options: RunOptions): LayoutOptions {
  const run = { ...options, animate: options.animate && options.nodes < LARGE_GRAPH && !prefersReducedMotion() };
  switch (name) {
    case 'fcose':
      return fcoseLayout(run);
    case 'concentric':
      return concentricLayout(run);
    case 'euler':
      return eulerLayout(run);
  }
}

/**
 * Puts each new node beside a neighbour that already has a place (drawn before, or placed just
 * now: nodes arrive sorted by depth), else beside the centre, else amid what is drawn.
 */
export function placeNewcomers(cy: Core, newcomers: readonly string[], centre: string | null): void {
  const unplaced = new Set(newcomers);
  const kept = cy.nodes().filter((n) => !unplaced.has(n.id()));
  const middle = kept.nonempty() ? kept.boundingBox() : null;
  const fallback = middle ? { x: (middle.x1 + middle.x2) / 2, y: (middle.y1 + middle.y2) / 2 } : { x: 0, y: 0 };
  newcomers.forEach((id, i) => {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty()) return;
    const anchor = node
      .neighborhood('node')
      .filter((n) => !unplaced.has(n.id()))
      .first() as NodeSingular;
    const c = centre ? cy.getElementById(centre) : null;
    const from = anchor.nonempty()
      ? anchor.position()
      : c && c.nonempty() && !unplaced.has(centre!)
        ? c.position()
        : fallback;
    const angle = i * 2.399963; // the golden angle spreads siblings evenly around their anchor
    node.position({ x: from.x + 40 * Math.cos(angle), y: from.y + 40 * Math.sin(angle) });
    unplaced.delete(id);
  });
}
