/**
 * The selected team on a small Cytoscape graph of its own, read left to right: the organisation,
 * its core members, then the people who introduce each expert, then the experts — distinct
 * shapes and colours, labels beside their node on a light background, one column per step
 * (a preset layout: the same team always gives the same picture, and labels in a column never
 * meet). This component owns the instance (created once, elements replaced in cy.batch(),
 * destroyed on unmount); tapping a person opens them on the map.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_STACK } from '../../graph/style.ts';
import type { TeamElements } from './team-graph-elements.ts';

declare global {
  interface Window {
    /** The team composer's graph, for browser tests only. */
    __tsunagariTeams?: Core;
  }
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 12,
      'text-valign': 'center',
      'text-halign': 'right',
      'text-margin-x': 6,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.85,
      'text-background-padding': '2px',
      'text-background-shape': 'roundrectangle',
      width: 22,
      height: 22,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.core', style: { shape: 'round-rectangle', 'background-color': '#1f3a5f', width: 26, height: 26 } },
  { selector: 'node.expert', style: { shape: 'star', 'background-color': '#e07b00', width: 30, height: 30 } },
  { selector: 'node.introducer', style: { shape: 'ellipse', 'background-color': '#9aa3ad' } },
  {
    selector: 'node.organisation',
    style: { shape: 'hexagon', 'background-color': '#4a7ab0', width: 30, height: 30, 'font-weight': 'bold' },
  },
  { selector: 'edge', style: { width: 2, 'line-color': '#b8c0c8', 'curve-style': 'bezier' } },
  { selector: 'edge.member', style: { width: 1, 'line-style': 'dashed', 'line-color': '#c9d1d9' } },
];

/** Space between rows of a column, and between the widest label of a column and the next column. */
const ROW = 34;
const GAP = 36;

/** Columns by level, each column's people in order, centred vertically (x set once labels are measured). */
function rows(elements: TeamElements): { columns: string[][]; at: Map<string, { x: number; y: number }> } {
  const byLevel = new Map<number, string[]>();
  for (const n of elements.nodes) byLevel.set(n.level, [...(byLevel.get(n.level) ?? []), n.id]);
  const columns = [...byLevel].sort((a, b) => a[0] - b[0]).map(([, ids]) => ids);
  const at = new Map<string, { x: number; y: number }>();
  columns.forEach((ids, c) => ids.forEach((id, i) => at.set(id, { x: c * 200, y: (i - (ids.length - 1) / 2) * ROW })));
  return { columns, at };
}

/**
 * Places each column right of the previous column's widest label, so no label reaches the next
 * column; rows are ROW apart, more than a label is tall, so labels in a column never meet.
 */
function spreadColumns(cy: Core, columns: string[][]): void {
  let x = 0;
  for (const ids of columns) {
    let right = x;
    for (const id of ids) {
      const node = cy.getElementById(id);
      node.position('x', x);
      right = Math.max(right, node.boundingBox({ includeLabels: true, includeNodes: true }).x2);
    }
    x = right + GAP;
  }
}

export function TeamGraph({ elements, onOpenNode }: { elements: TeamElements; onOpenNode(key: string): void }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const open = useRef(onOpenNode);
  useEffect(() => {
    open.current = onOpenNode;
  });
  useEffect(() => {
    const cy = cytoscape({ container: container.current, style: STYLE, minZoom: 0.3, maxZoom: 3 });
    cy.on('tap', 'node', (e) => open.current(e.target.id()));
    cyRef.current = cy;
    window.__tsunagariTeams = cy;
    // The column narrows with the window: keep the canvas its container's size and the team in view.
    const resize = new ResizeObserver(() => {
      cy.resize();
      cy.fit(undefined, 20);
    });
    if (container.current) resize.observe(container.current);
    return () => {
      resize.disconnect();
      cy.destroy();
      cyRef.current = null;
      if (window.__tsunagariTeams === cy) delete window.__tsunagariTeams;
    };
  }, []);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    cy.batch(() => {
      cy.elements().remove();
      cy.add([
        ...elements.nodes.map((n) => ({
          group: 'nodes' as const,
          data: { id: n.id, label: n.label },
          classes: n.role,
        })),
        ...elements.edges.map((e) => ({
          group: 'edges' as const,
          data: { id: e.id, source: e.source, target: e.target },
          classes: e.kind,
        })),
      ]);
    });
    const { columns, at } = rows(elements);
    cy.layout({
      name: 'preset',
      animate: false,
      fit: false,
      positions: (node: cytoscape.NodeSingular) => at.get(node.id()) ?? { x: 0, y: 0 },
    } as cytoscape.LayoutOptions).run();
    spreadColumns(cy, columns);
    cy.fit(undefined, 20);
  }, [elements]);
  return (
    <figure className="teams-graph">
      <figcaption>
        <span className="teams-graph-title">{t('teams.graph')}</span>
        <span className="teams-hint">{t('teams.graphHint')}</span>
      </figcaption>
      <div ref={container} className="teams-graph-canvas" data-testid="teams-graph" />
      <ul className="teams-legend">
        <li className="organisation">{t('teams.legendOrganisation')}</li>
        <li className="core">{t('teams.legendCore')}</li>
        <li className="expert">{t('teams.legendExpert')}</li>
        <li className="introducer">{t('teams.legendIntroducer')}</li>
      </ul>
    </figure>
  );
}
