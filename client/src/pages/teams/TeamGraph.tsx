/**
 * The selected team on a small Cytoscape graph of its own: core members, experts and introducers
 * in distinct shapes and colours, edges along the introduction paths. This component owns the
 * instance (created once, elements replaced in cy.batch(), destroyed on unmount); tapping a
 * person opens them on the map.
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
      'font-size': 10,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      width: 22,
      height: 22,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node.core', style: { shape: 'round-rectangle', 'background-color': '#1f3a5f', width: 26, height: 26 } },
  { selector: 'node.expert', style: { shape: 'star', 'background-color': '#e07b00', width: 30, height: 30 } },
  { selector: 'node.introducer', style: { shape: 'ellipse', 'background-color': '#9aa3ad' } },
  { selector: 'edge', style: { width: 2, 'line-color': '#b8c0c8', 'curve-style': 'bezier' } },
];

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
        ...elements.edges.map((e) => ({ group: 'edges' as const, data: e })),
      ]);
    });
    cy.layout({
      name: 'cose',
      animate: false,
      padding: 20,
      nodeRepulsion: () => 8000,
    } as cytoscape.LayoutOptions).run();
  }, [elements]);
  return (
    <figure className="teams-graph">
      <figcaption>
        <span className="teams-graph-title">{t('teams.graph')}</span>
        <span className="teams-hint">{t('teams.graphHint')}</span>
      </figcaption>
      <div ref={container} className="teams-graph-canvas" data-testid="teams-graph" />
      <ul className="teams-legend">
        <li className="core">{t('teams.legendCore')}</li>
        <li className="expert">{t('teams.legendExpert')}</li>
        <li className="introducer">{t('teams.legendIntroducer')}</li>
      </ul>
    </figure>
  );
}
