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

/**
 * Community colours: the Okabe–Ito hues the map uses (graph/palette.ts), minus vermillion, which
 * is kept for the ring on single points of failure; then two neutral tones for small communities.
 */
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#F0E442', '#7A6A58', '#A8A8A8'];
export const SPOF_COLOUR = '#D55E00';
export const communityColour = (community: number): string => PALETTE[community % PALETTE.length]!;
/** Only the most prominent people carry a permanent label; the rest show theirs on hover. */
const LABELLED = 14;

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
      'font-size': 10,
      color: '#1f2933',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-opacity': 0,
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.75,
      'text-background-padding': '1px',
      'border-width': 1,
      'border-color': '#ffffff',
    },
  },
  { selector: 'node[kind = "ORGANISATION"]', style: { shape: 'round-rectangle', 'background-color': '#1f3a5f' } },
  { selector: 'node.labelled, node.hover, node[kind = "ORGANISATION"]', style: { 'text-opacity': 1 } },
  { selector: 'node.hover', style: { 'z-index': 10 } },
  { selector: 'node.member', style: { 'border-width': 3, 'border-color': '#1f3a5f' } },
  { selector: 'node.spof', style: { 'border-width': 6, 'border-style': 'double', 'border-color': SPOF_COLOUR } },
  { selector: 'edge', style: { width: 1, 'line-color': '#cdd2d8', opacity: 0.7, 'curve-style': 'haystack' } },
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
    cy.on('mouseover', 'node', (event) => (event.target as cytoscape.NodeSingular).addClass('hover'));
    cy.on('mouseout', 'node', (event) => (event.target as cytoscape.NodeSingular).removeClass('hover'));
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
    const prominent = new Set(
      [...nodes]
        .filter((n) => n.kind === 'PERSON' && (n.size ?? 0) > 0)
        .sort((a, b) => (b.size ?? 0) - (a.size ?? 0))
        .slice(0, LABELLED)
        .map((n) => n.key),
    );
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
            colour: n.community === null ? '#9aa5b1' : communityColour(n.community),
            metric: n.size ?? 0,
          },
          classes: [
            n.member ? 'member' : '',
            n.spof ? 'spof' : '',
            n.member || n.spof || prominent.has(n.key) ? 'labelled' : '',
          ]
            .join(' ')
            .trim(),
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
      nodeRepulsion: () => 12000,
      idealEdgeLength: () => 60,
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
      <figcaption className="assets-graph-legend">
        <span className="assets-legend-item">
          <span className="assets-swatch assets-swatch-size" aria-hidden="true" />
          {t('assets.network.legendSize')}
        </span>
        <span className="assets-legend-item">
          <span className="assets-swatch assets-swatch-community" aria-hidden="true" />
          {t('assets.network.legendCommunity')}
        </span>
        <span className="assets-legend-item">
          <span className="assets-swatch assets-swatch-member" aria-hidden="true" />
          {t('assets.network.legendMember')}
        </span>
        <span className="assets-legend-item">
          <span className="assets-swatch assets-swatch-spof" aria-hidden="true" />
          {t('assets.network.legendSpof')}
        </span>
        <span className="assets-legend-hint">{t('assets.network.legendHint')}</span>
      </figcaption>
    </figure>
  );
}
