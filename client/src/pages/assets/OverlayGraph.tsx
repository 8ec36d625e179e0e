/**
 * The organisation's members and their contacts on a small Cytoscape view of its own, with the
 * network analysis as overlays: size by betweenness, colour by community, a red ring on single
 * points of failure. This component owns the instance (created once, diffs in cy.batch()).
 * Tapping a person opens them on the map.
 */
import cytoscape, { type Core } from 'cytoscape';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { FONT_STACK } from '../../graph/style.ts';

export interface OverlayNode {
  key: string;
  label: string;
  kind: string;
  member: boolean;
  /** The chosen size metric, larger = bigger node (null before an analysis). */
  size: number | null;
  community: number | null;
  spof: boolean;
}

const PALETTE = [
  '#4c78a8',
  '#f58518',
  '#54a24b',
  '#b279a2',
  '#e45756',
  '#72b7b2',
  '#eeca3b',
  '#9d755d',
  '#ff9da6',
  '#bab0ac',
];

declare global {
  interface Window {
    /** The dashboard's overlay graph, for browser tests only. */
    __tsunagariAssets?: Core;
  }
}

const STYLE: cytoscape.StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(colour)',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(label)',
      'font-family': FONT_STACK,
      'font-size': 9,
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "ORGANISATION"]', style: { shape: 'round-rectangle', 'background-color': '#1f3a5f' } },
  { selector: 'node.member', style: { 'border-width': 3, 'border-color': '#1f3a5f' } },
  { selector: 'node.spof', style: { 'border-width': 5, 'border-color': '#c62828' } },
  { selector: 'edge', style: { width: 1, 'line-color': '#c3c8cf', 'curve-style': 'haystack' } },
];

export function OverlayGraph({
  nodes,
  edges,
  onOpenNode,
}: {
  nodes: OverlayNode[];
  edges: { key: string; source: string; target: string }[];
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement | null>(null);
  const cyRef = useRef<Core | null>(null);
  const open = useRef(onOpenNode);
  useEffect(() => {
    open.current = onOpenNode;
  });
  useEffect(() => {
    if (!container.current) return;
    const cy = cytoscape({
      container: container.current,
      style: STYLE,
      minZoom: 0.1,
      maxZoom: 3,
      boxSelectionEnabled: false,
    });
    cy.on('tap', 'node[kind = "PERSON"]', (event) => open.current((event.target as cytoscape.NodeSingular).id()));
    cyRef.current = cy;
    window.__tsunagariAssets = cy;
    return () => {
      cy.destroy();
      cyRef.current = null;
      if (window.__tsunagariAssets === cy) delete window.__tsunagariAssets;
    };
  }, []);
  useEffect(() => {
    const cy = cyRef.current;
    if (!cy) return;
    const maxSize = Math.max(1e-9, ...nodes.map((n) => n.size ?? 0));
    const present = new Set(nodes.map((n) => n.key));
    cy.batch(() => {
      cy.elements().remove();
      cy.add(
        nodes.map((n) => ({
          group: 'nodes' as const,
          data: {
            id: n.key,
            label: n.label,
            kind: n.kind,
            size: n.kind === 'PERSON' ? 12 + 40 * Math.sqrt(Math.max(0, n.size ?? 0) / maxSize) : 18,
            colour: n.community === null ? '#9aa5b1' : PALETTE[n.community % PALETTE.length],
            metric: n.size ?? 0,
          },
          classes: [n.member ? 'member' : '', n.spof ? 'spof' : ''].join(' ').trim(),
        })),
      );
      cy.add(
        edges
          .filter((e) => present.has(e.source) && present.has(e.target))
          .map((e) => ({ group: 'edges' as const, data: { id: e.key, source: e.source, target: e.target } })),
      );
    });
    cy.layout({
      name: 'cose',
      animate: false,
      randomize: false,
      nodeRepulsion: () => 8000,
    } as cytoscape.LayoutOptions).run();
    cy.fit(undefined, 20);
  }, [nodes, edges]);
  return (
    <figure className="assets-graph-figure">
      <div
        ref={container}
        className="assets-graph"
        role="img"
        aria-label={t('assets.network.graphLabel', { count: nodes.length })}
        data-testid="assets-graph"
      />
      <figcaption className="assets-muted">{t('assets.network.graphLegend')}</figcaption>
    </figure>
  );
}
