/**
 * Creates the Cytoscape instance once for a container and destroys it on unmount. The instance
 * lives in a ref (not state): effects declared after this hook in the same component run after
 * it, so they always find the instance, and React never re-renders for it.
 */
import cytoscape, { type Core, type EventObject, type NodeSingular } from 'cytoscape';
import euler from 'cytoscape-euler';
import fcose from 'cytoscape-fcose';
import svg from 'cytoscape-svg';
import { useEffect, useRef, type RefObject } from 'react';
import { graphStyle, largeGraphStyle } from './style.ts';

let registered = false;
function registerExtensions(): void {
  if (registered) return;
  cytoscape.use(fcose);
  cytoscape.use(euler);
  cytoscape.use(svg);
  registered = true;
}

export interface CanvasHandlers {
  onSelect(key: string | null): void;
  onExpand(key: string): void;
  /** A right click or a long press on a node: where (in canvas pixels), for the context menu. */
  onMenu(key: string, at: { x: number; y: number }): void;
}

export interface CanvasMode {
  /** The large-graph drawing: its own stylesheet, no hover effects, cheaper viewport updates. */
  large: boolean;
  /** Cytoscape's WebGL renderer (large graphs only, unless the page asked for the canvas one). */
  webgl: boolean;
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

function bindEvents(cy: Core, latest: RefObject<CanvasHandlers>): void {
  const key = (event: EventObject) => (event.target as NodeSingular).id();
  cy.on('tap', 'node', (event) => latest.current.onSelect(key(event)));
  cy.on('dbltap', 'node', (event) => latest.current.onExpand(key(event)));
  cy.on('cxttap taphold', 'node', (event) => {
    latest.current.onSelect(key(event));
    // Beside the node, not the pointer: the same place for a click, a long press or a test.
    latest.current.onMenu(key(event), (event.target as NodeSingular).renderedPosition());
  });
  cy.on('tap', (event: EventObject) => {
    if (event.target === cy) latest.current.onSelect(null);
  });
}

export function useCytoscape(
  container: RefObject<HTMLDivElement | null>,
  handlers: CanvasHandlers,
  { large, webgl }: CanvasMode,
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
      style: large ? largeGraphStyle : graphStyle,
      minZoom: large ? 0.02 : 0.15,
      maxZoom: 3, // GraphCanvas caps it lower while fitting
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Documented large-graph switches: GPU drawing, and cheaper frames while panning.
      webgl,
      hideEdgesOnViewport: large && !webgl,
      textureOnViewport: large && !webgl,
      pixelRatio: large ? 1 : 'auto',
    } as cytoscape.CytoscapeOptions);
    bindEvents(cy, latest);
    if (!large) bindHover(cy);
    const unobserve = followContainerSize(cy, container.current);
    cyRef.current = cy;
    // For browser tests and the benchmark only (they read the drawn graph); harmless in production.
    window.__tsunagari = { cy, large, layoutMs: null };
    return () => {
      unobserve();
      cy.destroy();
      cyRef.current = null;
      if (window.__tsunagari?.cy === cy) delete window.__tsunagari;
    };
    // The renderer is chosen at creation: a change of mode means a new instance.
  }, [container, large, webgl]);

  return cyRef;
}
