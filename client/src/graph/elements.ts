/**
 * GraphQL neighbourhood → Cytoscape elements, and the diff between what is drawn and what should
 * be. Plain functions without React or Cytoscape instances, so they are tested directly.
 */
import type { ElementDefinition } from 'cytoscape';
import type { NeighbourhoodQuery } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { KIND_VISUALS, nodeColour, outlineColour } from './palette.ts';

export type GraphData = NeighbourhoodQuery['neighbourhood'];
export type GraphNode = GraphData['nodes'][number];
export type GraphEdge = GraphData['edges'][number];

/** Everything the stylesheet reads; values only (no functions) so diffs can compare them. */
export type ElementData = Record<string, string | number>;

/** Node sizes by hops from the centre: the ego stands out, the far rim recedes. */
const SIZE_BY_DEPTH = [52, 34, 26, 22] as const;

export function nodeLabel(node: Pick<GraphNode, 'kind' | 'label' | 'labelAlt'>, language: Language): string {
  // A project's labelAlt is its start year, not a name: projects keep their (Japanese) name.
  if (language === 'en' && node.kind !== 'PROJECT' && node.labelAlt) return node.labelAlt;
  return node.label;
}

/** KNOWS strength 1–5 → 1–3.4 px; every other relationship is a hairline. */
export function edgeWidth(edge: Pick<GraphEdge, 'type' | 'strength'>): number {
  if (edge.type !== 'KNOWS' || edge.strength == null) return 1;
  const strength = Math.min(5, Math.max(1, edge.strength));
  return 1 + (strength - 1) * 0.6;
}

/** How far a tie's last contact lies back → its line's opacity: recent ties read strongest. */
export function recencyOpacity(lastContact: string | null | undefined, today: string): number {
  if (!lastContact) return 0.45;
  const years = (Date.parse(today) - Date.parse(lastContact)) / (365.25 * 24 * 3600 * 1000);
  if (!Number.isFinite(years) || years <= 1) return 1;
  if (years <= 3) return 0.75;
  return 0.45;
}

export interface ElementOptions {
  centre: string | null;
  language: Language;
  /** Expanded nodes wear a double ring, so the reader sees where the map grew. */
  expanded?: readonly string[];
  today?: string;
}

export function toNodeElement(
  node: GraphNode,
  centre: string | null,
  language: Language,
  expanded: readonly string[] = [],
): ElementDefinition {
  const colour = nodeColour(node.kind, node.sector);
  const isCentre = node.key === centre;
  return {
    group: 'nodes',
    data: {
      id: node.key,
      kind: node.kind,
      label: nodeLabel(node, language),
      colour,
      outline: outlineColour(colour),
      shape: KIND_VISUALS[node.kind].shape,
      size: isCentre ? SIZE_BY_DEPTH[0] : SIZE_BY_DEPTH[Math.min(Math.max(node.depth, 1), 3)],
      depth: node.depth,
      centre: isCentre ? 1 : 0,
      expanded: expanded.includes(node.key) ? 1 : 0,
    },
  };
}

/**
 * `near` marks edges that touch the centre: they stay crisp while edges among the neighbours
 * recede, which keeps a two- or three-step network readable.
 */
export function toEdgeElement(edge: GraphEdge, centre: string | null, today = ''): ElementDefinition {
  return {
    group: 'edges',
    selectable: false,
    data: {
      id: edge.key,
      source: edge.source,
      target: edge.target,
      type: edge.type,
      width: edgeWidth(edge),
      near: edge.source === centre || edge.target === centre ? 1 : 0,
      recency: edge.type === 'KNOWS' && today ? recencyOpacity(edge.lastContact, today) : 1,
    },
  };
}

/** Nodes first (Cytoscape rejects an edge whose ends do not exist yet); dangling edges dropped. */
export function toElements(graph: GraphData, options: ElementOptions): ElementDefinition[] {
  const { centre, language, expanded = [], today = '' } = options;
  const keys = new Set(graph.nodes.map((n) => n.key));
  return [
    ...graph.nodes.map((n) => toNodeElement(n, centre, language, expanded)),
    ...graph.edges.filter((e) => keys.has(e.source) && keys.has(e.target)).map((e) => toEdgeElement(e, centre, today)),
  ];
}

export interface ElementDiff {
  add: ElementDefinition[];
  remove: string[];
  update: { id: string; data: ElementData }[];
}

function sameData(a: ElementData, b: ElementData): boolean {
  const keys = Object.keys(b);
  return keys.length === Object.keys(a).length && keys.every((k) => a[k] === b[k]);
}

/** What to change so that `current` (id → data, as drawn) becomes `next`. */
export function diffElements(
  current: ReadonlyMap<string, ElementData>,
  next: readonly ElementDefinition[],
): ElementDiff {
  const diff: ElementDiff = { add: [], remove: [], update: [] };
  const wanted = new Set<string>();
  for (const element of next) {
    const data = element.data as ElementData;
    const id = String(data.id);
    wanted.add(id);
    const drawn = current.get(id);
    if (!drawn) diff.add.push(element);
    else if (!sameData(drawn, data)) diff.update.push({ id, data });
  }
  for (const id of current.keys()) if (!wanted.has(id)) diff.remove.push(id);
  return diff;
}
