/**
 * The one component that owns the Cytoscape instance. It turns props into drawing: element
 * diffs applied in one batch, a layout when nodes come or go, the selection ring, and the
 * introduction path shown over the network.
 */
import type { Collection, Core, ElementDefinition, Layouts } from 'cytoscape';
import { useEffect, useImperativeHandle, useMemo, useRef, type Ref } from 'react';
import type { Language } from '../i18n/languages.ts';
import { diffElements, toElements, type ElementData, type GraphData } from './elements.ts';
import { egoLayout, placeNewcomers, prefersReducedMotion } from './layout.ts';
import {
  PATH_FADED_CLASS,
  PATH_HIGHLIGHT_CLASS,
  pathOverlay,
  withOverlay,
  type PathHighlight,
} from './path-overlay.ts';
import { useCytoscape } from './use-cytoscape.ts';

const FIT_MAX_ZOOM = 1.2;
const MAX_ZOOM = 3;

export interface GraphCanvasHandle {
  fit(): void;
}

interface Props {
  graph: GraphData | undefined;
  centre: string | null;
  selected: string | null;
  /** The introduction path to show, or null. */
  path: PathHighlight | null;
  language: Language;
  label: string;
  onSelect(key: string | null): void;
  onFocus(key: string): void;
  ref?: Ref<GraphCanvasHandle>;
}

function drawnData(cy: Core): Map<string, ElementData> {
  return new Map(cy.elements().map((e) => [e.id(), e.data() as ElementData]));
}

/** Applies the diff; returns the ids of nodes that were added and whether any survived. */
function applyElements(cy: Core, next: ElementDefinition[]): { added: string[]; kept: number; changed: boolean } {
  const diff = diffElements(drawnData(cy), next);
  const added = diff.add.filter((e) => e.group === 'nodes').map((e) => String(e.data.id));
  cy.batch(() => {
    for (const id of diff.remove) cy.getElementById(id).remove();
    if (diff.add.length > 0) cy.add(diff.add);
    for (const { id, data } of diff.update) cy.getElementById(id).data(data);
  });
  return { added, kept: cy.nodes().length - added.length, changed: diff.add.length + diff.remove.length > 0 };
}

function applySelection(cy: Core, selected: string | null): void {
  cy.batch(() => {
    cy.elements().removeClass('selected-edge');
    cy.nodes(':selected').unselect();
    if (!selected) return;
    const node = cy.getElementById(selected);
    node.select();
    node.connectedEdges().addClass('selected-edge');
  });
}

/** Marks the path's elements and fades the rest; null clears both. Returns the path's elements. */
function applyPathClasses(cy: Core, ids: readonly string[] | null): Collection {
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

/** Moves the viewport to `eles` (zoom capped, so two people do not fill the screen). */
function fitTo(cy: Core, eles: Collection, padding: number): void {
  if (eles.empty()) return;
  cy.maxZoom(FIT_MAX_ZOOM); // the target viewport is computed now, under the cap
  cy.animate({ fit: { eles, padding }, duration: prefersReducedMotion() ? 0 : 300 });
  cy.maxZoom(MAX_ZOOM);
}

export function GraphCanvas({ graph, centre, selected, path, language, label, onSelect, onFocus, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useCytoscape(container, { onSelect, onFocus });
  const layout = useRef<Layouts | null>(null);
  const layoutRunning = useRef(false);
  const shownPath = useRef<string | null>(null);
  const overlay = useMemo(
    () => (path ? pathOverlay(graph, path, centre, language) : null),
    [graph, path, centre, language],
  );

  useImperativeHandle(ref, () => ({
    fit() {
      const cy = cyRef.current;
      if (cy) fitTo(cy, cy.elements(), 48);
    },
  }));

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const elements = withOverlay(graph ? toElements(graph, centre, language) : [], overlay);
    const { added, kept, changed } = applyElements(cy, elements);
    if (!changed || cy.nodes().empty()) return;
    layout.current?.stop();
    placeNewcomers(cy, added, centre);
    // Fitting a handful of nodes would blow them up: cap the zoom while the layout fits.
    cy.maxZoom(FIT_MAX_ZOOM);
    const run = cy.layout(egoLayout({ randomize: kept === 0, animate: !prefersReducedMotion() }));
    run.one('layoutstop', () => {
      layoutRunning.current = false;
      if (!cy.destroyed()) cy.maxZoom(MAX_ZOOM);
    });
    layout.current = run;
    layoutRunning.current = true;
    run.run();
  }, [cyRef, graph, centre, language, overlay]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selected);
  }, [cyRef, graph, selected]);

  // Declared after the drawing effect, so the path's elements exist when they are marked.
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const eles = applyPathClasses(cy, overlay?.highlighted ?? null);
    const id = path?.id ?? null;
    if (id === shownPath.current) return;
    shownPath.current = id;
    // A new path is brought into view; clearing it shows the whole network again.
    const move = () => void (cy.destroyed() || fitTo(cy, id ? eles : cy.elements(), id ? 96 : 48));
    if (layoutRunning.current && layout.current) layout.current.one('layoutstop', move);
    else move();
  }, [cyRef, overlay, path]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}
