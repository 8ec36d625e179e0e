/**
 * Layouts for the canvas (fcose: fast, stable, compound-aware force-directed placement). The
 * first drawing starts from random positions; later ones start from where nodes already are,
 * with newcomers placed beside a neighbour that is already drawn, so the picture moves calmly
 * instead of jumping.
 */
import type { Core, LayoutOptions, NodeSingular } from 'cytoscape';

export function prefersReducedMotion(): boolean {
  return typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true;
}

export function egoLayout(options: { randomize: boolean; animate: boolean }): LayoutOptions {
  return {
    name: 'fcose',
    quality: 'default',
    randomize: options.randomize,
    animate: options.animate,
    animationDuration: 650,
    animationEasing: 'ease-out-cubic',
    fit: true,
    padding: 48,
    nodeDimensionsIncludeLabels: true,
    uniformNodeDimensions: false,
    packComponents: true,
    nodeRepulsion: () => 12000,
    idealEdgeLength: () => 100,
    edgeElasticity: () => 0.4,
    nestingFactor: 0.1,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
  } as LayoutOptions;
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
