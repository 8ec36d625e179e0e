/**
 * Room for the panels that float over the map. The filter panel covers the map's left edge; a
 * layout or "fit" that used the whole canvas would put nodes under it. Panels docked to an edge
 * carry `data-canvas-inset="left|right|top|bottom"`; fitting leaves their part of the screen free.
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

/** How far the docked panels over the map's canvas reach in from each edge, in screen pixels. */
export function overlayInsets(canvas: HTMLElement | null): Insets {
  const area = canvas?.closest('.canvas-area');
  if (!canvas || !area) return NO_INSETS;
  const box = canvas.getBoundingClientRect();
  const insets = { ...NO_INSETS };
  for (const el of area.querySelectorAll<HTMLElement>('[data-canvas-inset]')) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const side = el.dataset.canvasInset;
    if (side === 'left') insets.left = Math.max(insets.left, r.right - box.left);
    else if (side === 'right') insets.right = Math.max(insets.right, box.right - r.left);
    else if (side === 'top') insets.top = Math.max(insets.top, r.bottom - box.top);
    else if (side === 'bottom') insets.bottom = Math.max(insets.bottom, box.bottom - r.top);
  }
  return insets;
}

/** True when a panel reaches in further than the plain padding leaves free. */
export function needsInsets(insets: Insets, padding: number): boolean {
  return Math.max(insets.top, insets.right, insets.bottom, insets.left) > padding / 2;
}

/**
 * The zoom and pan that show `bb` (model coordinates) whole and centred in the part of a
 * `width` × `height` canvas the panels leave free, `padding` inside it, zoom within the limits.
 */
export function viewportInto(
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
export function coversNodes(cy: Core, insets: Insets): boolean {
  const [w, h] = [cy.width(), cy.height()];
  return cy.nodes().some((node) => {
    const b = node.renderedBoundingBox({ includeLabels: false });
    return b.x1 < insets.left || b.x2 > w - insets.right || b.y1 < insets.top || b.y2 > h - insets.bottom;
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
