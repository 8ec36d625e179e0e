/**
 * The one component that owns the Cytoscape instance. It turns props into drawing: element
 * diffs applied in one batch, a layout when nodes come or go, and the selection ring.
 */
import type { Core, ElementDefinition, Layouts } from 'cytoscape';
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import type { Language } from '../i18n/languages.ts';
import { diffElements, toElements, type ElementData, type GraphData } from './elements.ts';
import { egoLayout, placeNewcomers, prefersReducedMotion } from './layout.ts';
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

export function GraphCanvas({ graph, centre, selected, language, label, onSelect, onFocus, ref }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const cyRef = useCytoscape(container, { onSelect, onFocus });
  const layout = useRef<Layouts | null>(null);

  useImperativeHandle(ref, () => ({
    fit() {
      const cy = cyRef.current;
      if (!cy || cy.nodes().empty()) return;
      cy.maxZoom(FIT_MAX_ZOOM); // the target viewport is computed now, under the cap
      cy.animate({ fit: { eles: cy.elements(), padding: 48 }, duration: prefersReducedMotion() ? 0 : 300 });
      cy.maxZoom(MAX_ZOOM);
    },
  }));

  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const { added, kept, changed } = applyElements(cy, graph ? toElements(graph, centre, language) : []);
    if (!changed || cy.nodes().empty()) return;
    layout.current?.stop();
    placeNewcomers(cy, added, centre);
    // Fitting a handful of nodes would blow them up: cap the zoom while the layout fits.
    cy.maxZoom(FIT_MAX_ZOOM);
    const run = cy.layout(egoLayout({ randomize: kept === 0, animate: !prefersReducedMotion() }));
    run.one('layoutstop', () => void (cy.destroyed() || cy.maxZoom(MAX_ZOOM)));
    layout.current = run;
    run.run();
  }, [cyRef, graph, centre, language]);

  useEffect(() => {
    const cy = cyRef.current;
    if (cy) applySelection(cy, selected);
  }, [cyRef, graph, selected]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={label} />;
}
