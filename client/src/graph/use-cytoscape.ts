/**
 * Creates the Cytoscape instance once for a container and destroys it on unmount. The instance
 * lives in a ref (not state): effects declared after this hook in the same component run after
 * it, so they always find the instance, and React never re-renders for it.
 */
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { useEffect, useRef, type RefObject } from 'react';
import { graphStyle } from './style.ts';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  registered = true;
}

export interface CanvasHandlers {
  onSelect(key: string | null): void;
  onFocus(key: string): void;
}

/** Hovering a node lifts it and its neighbours and dims the rest, to show who is next to whom. */
function bindHover(cy: Core): void {
  cy.on('mouseover', 'node', (event: EventObject) => {
    const node = event.target as NodeSingular;
    cy.batch(() => {
      cy.elements().difference(node.closedNeighborhood()).addClass('faded');
      node.addClass('hovered');
      node.connectedEdges().addClass('hover-edge');
    });
  });
  cy.on('mouseout', 'node', () => {
    cy.batch(() => cy.elements().removeClass('faded hovered hover-edge'));
  });
}

/**
 * Cytoscape only notices window resizes; the canvas also changes size when the details panel
 * opens or closes. Keep what was in the middle in the middle.
 */
function followContainerSize(cy: Core, element: HTMLElement): () => void {
  let { width, height } = element.getBoundingClientRect();
  const observer = new ResizeObserver(() => {
    const next = element.getBoundingClientRect();
    if (next.width === width && next.height === height) return;
    cy.resize();
    cy.panBy({ x: (next.width - width) / 2, y: (next.height - height) / 2 });
    ({ width, height } = next);
  });
  observer.observe(element);
  return () => observer.disconnect();
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  handlers: CanvasHandlers,
): RefObject<Core | null> {
  const cyRef = useRef<Core | null>(null);
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });

  useEffect(() => {
    if (!container.current) return;
    registerExtensions();
    const cy = cytoscape({
      container: container.current,
      style: graphStyle,
      minZoom: 0.15,
      maxZoom: 3, // GraphCanvas caps it lower while fitting
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    cy.on('tap', 'node', (event: EventObject) => latest.current.onSelect((event.target as NodeSingular).id()));
    cy.on('dbltap', 'node', (event: EventObject) => latest.current.onFocus((event.target as NodeSingular).id()));
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) latest.current.onSelect(null);
    });
    bindHover(cy);
    const unobserve = followContainerSize(cy, container.current);
    cyRef.current = cy;
    // For browser tests only (they read the drawn graph); harmless in production.
    window.__tsunagari = { cy };
    return () => {
      unobserve();
      cy.destroy();
      cyRef.current = null;
      if (window.__tsunagari?.cy === cy) delete window.__tsunagari;
    };
  }, [container]);

  return cyRef;
}
