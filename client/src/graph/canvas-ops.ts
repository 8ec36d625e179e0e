/**
 * What GraphCanvas does to the Cytoscape instance, one function per change: apply an element
 * diff, mark the selection, the introduction path and focus mode, move the viewport. Each runs
 * inside one `cy.batch()` so a change costs one redraw.
 */
import type { Collection, Core, ElementDefinition, Layouts, NodeSingular } from 'cytoscape';
import { diffElements, type ElementData, type ElementDiff } from './elements.ts';
import { NO_INSETS, viewportInto, type Overlays } from './insets.ts';
import { prefersReducedMotion } from './layout.ts';
import { PATH_FADED_CLASS, PATH_HIGHLIGHT_CLASS } from './path-overlay.ts';
import { FOCUS_CLASS, FOCUS_FADED_CLASS, largeNodeBox } from './style.ts';

export const FIT_MAX_ZOOM = 1.2;
export const MAX_ZOOM = 3;

function drawnData(cy: Core): Map<string, ElementData> {
  return new Map(cy.elements().map((e) => [e.id(), e.data() as ElementData]));
}

/** What applying `next` would change: the diff, the nodes it adds, and how many drawn nodes stay. */
export interface ElementPlan {
  diff: ElementDiff;
  added: string[];
  kept: number;
  /** Nodes in the picture once applied. */
  nodes: number;
  changed: boolean;
}

export function planElements(cy: Core, next: readonly ElementDefinition[]): ElementPlan {
  const diff = diffElements(drawnData(cy), next);
  const added = diff.add.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
  const removed = new Set(diff.remove);
  const kept = cy.nodes().filter((n) => !removed.has(n.id())).length;
  return { diff, added, kept, nodes: kept + added.length, changed: diff.add.length + diff.remove.length > 0 };
}

/**
 * The plan in two steps, for a large picture drawn progressively: everything but the added edges
 * (the nodes can be painted in their places at once), then the added edges.
 */
export function nodesThenEdges(plan: ElementPlan): [ElementPlan, ElementPlan] {
  const edges = plan.diff.add.filter((e) => e.group === 'edges');
  const nodesFirst = { ...plan, diff: { ...plan.diff, add: plan.diff.add.filter((e) => e.group === 'nodes') } };
  const edgesAfter = { ...plan, added: [], diff: { add: edges, remove: [], update: [] } };
  return [nodesFirst, edgesAfter];
}

/** Applies a plan in one batch; `at` gives the added nodes their places (else Cytoscape's default). */
export function applyPlan(cy: Core, { diff }: ElementPlan, at?: ReadonlyMap<string, { x: number; y: number }>): void {
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    if (diff.add.length > 0) {
      const placed = at
        ? diff.add.map((e) => {
            const position = e.group === 'nodes' ? at.get(String(e.data.id)) : undefined;
            return position ? { ...e, position } : e;
          })
        : diff.add;
      cy.add(placed);
    }
    for (const { id, data } of diff.update) cy.getElementById(id).data(data);
  });
}

export function applySelection(cy: Core, selected: string | null): void {
  cy.batch(() => {
    cy.elements('.selected-edge').removeClass('selected-edge');
    cy.nodes(':selected').unselect();
    if (!selected) return;
    const node = cy.getElementById(selected);
    node.select();
    node.connectedEdges().addClass('selected-edge');
  });
}

/** Marks the path's elements and fades the rest; null clears both. Returns the path's elements. */
export function applyPathClasses(cy: Core, ids: readonly string[] | null): Collection {
  let path = cy.collection();
  cy.batch(() => {
    cy.elements().removeClass(`${PATH_HIGHLIGHT_CLASS} ${PATH_FADED_CLASS}`);
    if (!ids) return;
    for (const id of ids) path = path.union(cy.getElementById(id));
    path.addClass(PATH_HIGHLIGHT_CLASS);
    cy.elements().difference(path).addClass(PATH_FADED_CLASS);
  });
  return path;
}

/** Focus mode: the node, its neighbours and the links between them stay; the rest fades. */
export function applyFocus(cy: Core, focus: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass(`${FOCUS_CLASS} ${FOCUS_FADED_CLASS}`);
    if (!focus) return;
    const node = cy.getElementById(focus);
    if (node.empty()) return;
    const lit = node.closedNeighborhood();
    const among = lit.nodes().edgesWith(lit.nodes());
    lit.union(among).addClass(FOCUS_CLASS);
    cy.elements().difference(lit.union(among)).addClass(FOCUS_FADED_CLASS);
  });
}

/**
 * Moves the viewport to `eles` (zoom capped, so two people do not fill the screen), inside the
 * part of the canvas that `insets` (panels over the map) leave free.
 */
export function fitTo(
  cy: Core,
  eles: Collection,
  padding: number,
  insets: Overlays = NO_INSETS,
  animate = !prefersReducedMotion(),
): void {
  if (eles.empty()) return;
  const limits = { min: cy.minZoom(), max: Math.min(FIT_MAX_ZOOM, cy.maxZoom()) };
  const viewport = viewportInto(
    eles.boundingBox(),
    { width: cy.width(), height: cy.height() },
    insets,
    padding,
    limits,
  );
  if (animate) cy.animate({ ...viewport, duration: 300, easing: 'ease-out-cubic' });
  else cy.viewport(viewport);
}

/**
 * The viewport fitTo would choose (no animation) for nodes about to be drawn at `at`, computed
 * from their positions and sizes (style.ts largeNodeBox) instead of Cytoscape's bounding boxes, so
 * a large picture can be fitted before its first paint without computing every node's style.
 */
export function fittedViewport(
  cy: Core,
  at: ReadonlyMap<string, { x: number; y: number }>,
  elements: readonly ElementDefinition[],
  insets: Overlays = NO_INSETS,
  padding = 48,
): { zoom: number; pan: { x: number; y: number } } {
  const bb = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const { group, data } of elements) {
    const p = group === 'nodes' ? at.get(String(data.id)) : undefined;
    if (!p) continue;
    // Cytoscape's bounding boxes reach 1 px beyond a node's ring.
    const half = largeNodeBox(Number(data.size)) / 2 + 1;
    bb.x1 = Math.min(bb.x1, p.x - half);
    bb.x2 = Math.max(bb.x2, p.x + half);
    bb.y1 = Math.min(bb.y1, p.y - half);
    bb.y2 = Math.max(bb.y2, p.y + half);
  }
  if (bb.x1 > bb.x2) return { zoom: cy.zoom(), pan: cy.pan() };
  const limits = { min: cy.minZoom(), max: Math.min(FIT_MAX_ZOOM, cy.maxZoom()) };
  return viewportInto(bb, { width: cy.width(), height: cy.height() }, insets, padding, limits);
}

/**
 * How much to zoom out around a fixed screen point so that `box` (rendered pixels) fits in a
 * `width` × `height` viewport with `pad` to spare; 1 when it already fits.
 */
export function zoomToContain(
  at: { x: number; y: number },
  box: { x1: number; x2: number; y1: number; y2: number },
  width: number,
  height: number,
  pad = 40,
): number {
  const limits = [
    box.x1 < pad ? (at.x - pad) / (at.x - box.x1) : 1,
    box.x2 > width - pad ? (width - pad - at.x) / (box.x2 - at.x) : 1,
    box.y1 < pad ? (at.y - pad) / (at.y - box.y1) : 1,
    box.y2 > height - pad ? (height - pad - at.y) / (box.y2 - at.y) : 1,
  ].filter((f) => Number.isFinite(f) && f > 0);
  return Math.min(1, ...limits);
}

/**
 * Keeps the reader's place across a layout switch: the anchor node (the selection, else the
 * centre) returns to the spot on screen where it was; if the new picture no longer fits, the
 * map zooms out around that spot, so the anchor still does not move.
 */
export function keepPlace(cy: Core, run: Layouts, anchorId: string | null): void {
  const anchor = anchorId ? (cy.getElementById(anchorId) as NodeSingular) : null;
  if (!anchor || anchor.empty()) return;
  const before = anchor.renderedPosition();
  run.one('layoutstop', () => {
    if (cy.destroyed() || anchor.removed()) return;
    const after = anchor.renderedPosition();
    cy.panBy({ x: before.x - after.x, y: before.y - after.y });
    const factor = zoomToContain(before, cy.elements().renderedBoundingBox(), cy.width(), cy.height());
    if (factor >= 0.999) return;
    const level = Math.max(cy.minZoom(), cy.zoom() * factor);
    if (prefersReducedMotion() || cy.nodes().length > 1000) cy.zoom({ level, renderedPosition: before });
    else cy.animate({ zoom: { level, position: anchor.position() }, duration: 300, easing: 'ease-out-cubic' });
  });
}
