/**
 * Room for the panels that float over the map. The filter panel covers the map's left edge; a
 * layout or "fit" that used the whole canvas would put nodes under it. Panels docked to an edge
 * carry `data-canvas-inset="left|right|top|bottom"`; fitting leaves their part of the screen free.
 * A panel in a corner (the legend: `bottom-left`) is kept clear along whichever of its two edges
 * costs the picture less zoom, so a small box does not take a whole strip of the map.
 */
import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';
import { prefersReducedMotion } from './layout.ts';

export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** A panel in a corner of the canvas, as the room it takes from each of its two edges. */
export interface CornerPanel {
  vertical: 'top' | 'bottom';
  horizontal: 'left' | 'right';
  width: number;
  height: number;
}

/** Edge panels, plus corner panels (optional: most callers have none). */
export interface Overlays extends Insets {
  corners?: readonly CornerPanel[];
}

/** Every way to keep the corner panels clear as edge insets (two per corner panel). */
export function insetChoices(overlays: Overlays): Insets[] {
  const { corners = [], ...edges } = overlays;
  let choices: Insets[] = [edges];
  for (const corner of corners) {
    choices = choices.flatMap((insets) => [
      { ...insets, [corner.horizontal]: Math.max(insets[corner.horizontal], corner.width) },
      { ...insets, [corner.vertical]: Math.max(insets[corner.vertical], corner.height) },
    ]);
  }
  return choices;
}

/** The corner panels' boxes in canvas pixels. */
function cornerBoxes(overlays: Overlays, width: number, height: number) {
  return (overlays.corners ?? []).map((c) => ({
    x1: c.horizontal === 'left' ? 0 : width - c.width,
    x2: c.horizontal === 'left' ? c.width : width,
    y1: c.vertical === 'top' ? 0 : height - c.height,
    y2: c.vertical === 'top' ? c.height : height,
  }));
}

/** How far the docked panels over the map's canvas reach in from each edge, in screen pixels. */
export function overlayInsets(canvas: HTMLElement | null): Overlays {
  const area = canvas?.closest('.canvas-area');
  if (!canvas || !area) return NO_INSETS;
  const box = canvas.getBoundingClientRect();
  const insets: Insets & { corners: CornerPanel[] } = { ...NO_INSETS, corners: [] };
  for (const el of area.querySelectorAll<HTMLElement>('[data-canvas-inset]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const side = el.dataset.canvasInset ?? '';
    const corner = /^(top|bottom)-(left|right)$/.exec(side);
    if (corner) {
      const [vertical, horizontal] = [corner[1] as 'top' | 'bottom', corner[2] as 'left' | 'right'];
      const width = horizontal === 'left' ? r.right - box.left : box.right - r.left;
      const height = vertical === 'top' ? r.bottom - box.top : box.bottom - r.top;
      insets.corners.push({ vertical, horizontal, width, height });
    } else if (side === 'left') insets.left = Math.max(insets.left, r.right - box.left);
    else if (side === 'right') insets.right = Math.max(insets.right, box.right - r.left);
    else if (side === 'top') insets.top = Math.max(insets.top, r.bottom - box.top);
    else if (side === 'bottom') insets.bottom = Math.max(insets.bottom, box.bottom - r.top);
  }
  return insets;
}

/** True when a panel reaches in further than the plain padding leaves free. */
export function needsInsets(insets: Overlays, padding: number): boolean {
  return (
    (insets.corners ?? []).some((c) => Math.min(c.width, c.height) > padding / 2) ||
    Math.max(insets.top, insets.right, insets.bottom, insets.left) > padding / 2
  );
}

/**
 * The zoom and pan that show `bb` (model coordinates) whole and centred in the part of a
 * `width` × `height` canvas the panels leave free, `padding` inside it, zoom within the limits.
 * With corner panels, of the ways to keep them clear the one that allows the largest zoom.
 */
export function viewportInto(
  bb: BoundingBox12,
  size: { width: number; height: number },
  overlays: Overlays,
  padding: number,
  zoomLimits: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  const options = insetChoices(overlays).map((insets) => viewportBeside(bb, size, insets, padding, zoomLimits));
  return options.reduce((best, next) => (next.zoom > best.zoom + 1e-9 ? next : best));
}

function viewportBeside(
  bb: BoundingBox12,
  size: { width: number; height: number },
  insets: Insets,
  padding: number,
  zoomLimits: { min: number; max: number },
): { zoom: number; pan: { x: number; y: number } } {
  // On a narrow screen a panel may cover most of the map: then fit as if it were not there.
  const roomy = size.width - insets.left - insets.right >= 240 && size.height - insets.top - insets.bottom >= 200;
  if (!roomy) insets = NO_INSETS;
  const free = {
    x: insets.left + padding,
    y: insets.top + padding,
    w: Math.max(1, size.width - insets.left - insets.right - 2 * padding),
    h: Math.max(1, size.height - insets.top - insets.bottom - 2 * padding),
  };
  const w = Math.max(bb.x2 - bb.x1, 1);
  const h = Math.max(bb.y2 - bb.y1, 1);
  const zoom = Math.min(zoomLimits.max, Math.max(zoomLimits.min, Math.min(free.w / w, free.h / h)));
  return {
    zoom,
    pan: {
      x: free.x + free.w / 2 - zoom * ((bb.x1 + bb.x2) / 2),
      y: free.y + free.h / 2 - zoom * ((bb.y1 + bb.y2) / 2),
    },
  };
}

/** Whether any node is drawn (even partly) under a panel. */
export function coversNodes(cy: Core, insets: Overlays): boolean {
  const [w, h] = [cy.width(), cy.height()];
  const corners = cornerBoxes(insets, w, h);
  return cy.nodes().some((node) => {
    const b = node.renderedBoundingBox({ includeLabels: false });
    if (b.x1 < insets.left || b.x2 > w - insets.right || b.y1 < insets.top || b.y2 > h - insets.bottom) return true;
    return corners.some((c) => b.x1 < c.x2 && c.x1 < b.x2 && b.y1 < c.y2 && c.y1 < b.y2);
  });
}

/** Pans (never zooms) so `node` is on screen outside the panels, with some room around it. */
export function bringIntoView(cy: Core, node: NodeSingular, insets: Insets, margin = 60): void {
  const at = node.renderedPosition();
  const [w, h] = [cy.width(), cy.height()];
  const limits = {
    x1: insets.left + margin,
    x2: w - insets.right - margin,
    y1: insets.top + margin,
    y2: h - insets.bottom - margin,
  };
  const dx = at.x < limits.x1 ? limits.x1 - at.x : at.x > limits.x2 ? limits.x2 - at.x : 0;
  const dy = at.y < limits.y1 ? limits.y1 - at.y : at.y > limits.y2 ? limits.y2 - at.y : 0;
  if (dx === 0 && dy === 0) return;
  const pan = cy.pan();
  cy.stop();
  cy.animate({ pan: { x: pan.x + dx, y: pan.y + dy }, duration: prefersReducedMotion() ? 0 : 200 });
}
