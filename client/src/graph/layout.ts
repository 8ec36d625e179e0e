/**
 * Layouts for the canvas: fcose (fast, stable force-directed placement) by default, concentric
 * rings by distance from the centre for ego views, and euler (Barnes–Hut forces, cheap per step)
 * for large graphs. A new picture starts from fcose's spectral placement, drawn from a generator
 * seeded by the view (GraphCanvas, seeded-random.ts), so the same link draws the same map. When
 * nodes join a picture (an expansion, a looser filter), the nodes already drawn are pinned
 * (`fixed`) and only the newcomers move, starting beside a neighbour that is already drawn.
 * Above LARGE_GRAPH nodes nothing animates.
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
  /** Nodes that must not move (already drawn when others join the picture). */
  fixed?: readonly { id: string; x: number; y: number }[];
}

export function egoLayout(options: { randomize: boolean; animate: boolean }): LayoutOptions {
  return fcoseLayout({ ...options, fit: true, nodes: 0 });
}

function fcoseLayout({ randomize, animate, fit, nodes, fixed = [] }: RunOptions): LayoutOptions {
  const large = nodes >= LARGE_GRAPH;
  // fcose's draft quality cannot continue from given positions: a large graph keeps the places
  // the newcomers were given (placeNewcomers) rather than a second force run over 1,000+ nodes.
  if (large && !randomize) return { name: 'preset', animate: false, fit, padding: 48 } as LayoutOptions;
  const pins = new Map(fixed.map(({ id, x, y }) => [id, { x, y }]));
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
    // Pinned nodes do not move; fcose then turns packing and tiling off itself.
    fixedNodeConstraint:
      fixed.length > 0 ? fixed.map(({ id, x, y }) => ({ nodeId: id, position: { x, y } })) : undefined,
    // fcose reads a node's box (with its name) as centred on the node, but hands positions back
    // as if the name hung below that box: a pinned node would come back half a name higher.
    transform: (node: NodeSingular, position: { x: number; y: number }) => pins.get(node.id()) ?? position,
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

/** A newcomer's offset from its anchor: a sunflower spiral, so many siblings do not pile up. */
export function spiralOffset(i: number, spacing = 40): { x: number; y: number } {
  const radius = spacing * Math.sqrt(i + 1);
  const angle = i * 2.399963; // the golden angle spreads siblings evenly around their anchor
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/**
 * Puts each new node beside a neighbour that already has a place (drawn before, or placed just
 * now: newcomers are taken by depth, then key, so the order never depends on the server's), else
 * beside the centre, else amid what is drawn.
 */
export function placeNewcomers(cy: Core, newcomers: readonly string[], centre: string | null): void {
  const unplaced = new Set(newcomers);
  const kept = cy.nodes().filter((n) => !unplaced.has(n.id()));
  const middle = kept.nonempty() ? kept.boundingBox() : null;
  const fallback = middle ? { x: (middle.x1 + middle.x2) / 2, y: (middle.y1 + middle.y2) / 2 } : { x: 0, y: 0 };
  const siblings = new Map<string, number>();
  const depth = (id: string) => Number(cy.getElementById(id).data('depth') ?? 9);
  const ordered = [...newcomers].sort((a, b) => depth(a) - depth(b) || (a < b ? -1 : a > b ? 1 : 0));
  for (const id of ordered) {
    const node = cy.getElementById(id) as NodeSingular;
    if (node.empty()) continue;
    const anchor = node
      .neighborhood('node')
      .filter((n) => !unplaced.has(n.id()))
      .sort((a, b) => (a.id() < b.id() ? -1 : 1))
      .first() as NodeSingular;
    const c = centre ? cy.getElementById(centre) : null;
    const [from, anchorId] = anchor.nonempty()
      ? [anchor.position(), anchor.id()]
      : c && c.nonempty() && !unplaced.has(centre!)
        ? [c.position(), centre!]
        : [fallback, ''];
    const i = siblings.get(anchorId) ?? 0;
    siblings.set(anchorId, i + 1);
    const offset = spiralOffset(i);
    node.position({ x: from.x + offset.x, y: from.y + offset.y });
    unplaced.delete(id);
  }
}
