/**
 * Which node names to show so that none is drawn over another. Names are ranked — the pinned
 * ones first (the centre, the selection, the focused node and the introduction path), then by
 * distance from the centre, then by number of links, then by key so that ties never depend on
 * drawing order — and taken greedily: a name whose box would overlap a name already shown, or
 * another node's body, is hidden (its node stays; hovering or selecting it shows the name).
 * Cytoscape's own `min-zoomed-font-size` still hides small names when zoomed out; names it
 * hides at the current zoom neither show nor block others.
 */
import type { Core } from 'cytoscape';

export const LABEL_HIDDEN_CLASS = 'label-hidden';

export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface LabelCandidate {
  id: string;
  /** The name's box, in the same coordinates as `body`. */
  label: Box;
  /** The node's own shape: other names may not cover it. */
  body: Box;
  pinned: boolean;
  depth: number;
  degree: number;
}

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;
}

export function byLabelPriority(a: LabelCandidate, b: LabelCandidate): number {
  if (a.pinned !== b.pinned) return a.pinned ? -1 : 1;
  return a.depth - b.depth || b.degree - a.degree || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Boxes bucketed on a coarse grid, so each check looks at its neighbourhood only. */
class BoxGrid {
  private readonly cells = new Map<string, { id: string; box: Box }[]>();
  constructor(private readonly size: number) {}

  private keys(box: Box): string[] {
    const keys: string[] = [];
    for (let x = Math.floor(box.x1 / this.size); x <= Math.floor(box.x2 / this.size); x++)
      for (let y = Math.floor(box.y1 / this.size); y <= Math.floor(box.y2 / this.size); y++) keys.push(`${x},${y}`);
    return keys;
  }

  add(id: string, box: Box): void {
    for (const key of this.keys(box)) {
      const cell = this.cells.get(key);
      if (cell) cell.push({ id, box });
      else this.cells.set(key, [{ id, box }]);
    }
  }

  hits(box: Box, gap: number, except: string): boolean {
    const grown = { x1: box.x1 - gap, y1: box.y1 - gap, x2: box.x2 + gap, y2: box.y2 + gap };
    return this.keys(grown).some((key) =>
      (this.cells.get(key) ?? []).some((other) => other.id !== except && overlaps(box, other.box, gap)),
    );
  }
}

/** The ids whose names to hide; `gap` keeps shown names this far apart. Pinned names always show. */
export function labelsToHide(candidates: readonly LabelCandidate[], gap = 2): Set<string> {
  const hidden = new Set<string>();
  const bodies = new BoxGrid(80);
  for (const c of candidates) bodies.add(c.id, c.body);
  const shown = new BoxGrid(80);
  for (const c of [...candidates].sort(byLabelPriority)) {
    if (!c.pinned && (shown.hits(c.label, gap, c.id) || bodies.hits(c.label, 0, c.id))) hidden.add(c.id);
    else shown.add(c.id, c.label);
  }
  return hidden;
}

/** Whether Cytoscape draws this node's name at the current zoom at all (its own rule, replayed). */
function drawnAtZoom(cy: Core, fontSize: number, minSize: number): boolean {
  const ratio = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const scale = 2 ** Math.ceil(Math.log2(cy.zoom() * ratio));
  return fontSize * scale >= minSize;
}

/** Marks the names to hide on the map (model coordinates: overlaps do not change with zoom). */
export function applyLabelPriority(cy: Core, pinned: ReadonlySet<string>): void {
  const candidates: LabelCandidate[] = [];
  const quiet: string[] = [];
  cy.nodes().forEach((node) => {
    const id = node.id();
    const fontSize = Number(node.numericStyle('font-size'));
    const minSize = Number(node.numericStyle('min-zoomed-font-size'));
    if (!pinned.has(id) && !drawnAtZoom(cy, fontSize, minSize)) {
      quiet.push(id);
      return;
    }
    candidates.push({
      id,
      label: node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
        includeOverlays: false,
      }),
      body: node.boundingBox({ includeNodes: true, includeEdges: false, includeLabels: false, includeOverlays: false }),
      pinned: pinned.has(id),
      depth: Number(node.data('depth') ?? 9),
      degree: node.degree(false),
    });
  });
  const hidden = labelsToHide(candidates);
  for (const id of quiet) hidden.add(id);
  cy.batch(() => {
    cy.nodes().forEach((node) => {
      if (hidden.has(node.id())) node.addClass(LABEL_HIDDEN_CLASS);
      else node.removeClass(LABEL_HIDDEN_CLASS);
    });
  });
}
