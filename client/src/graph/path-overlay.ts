/**
 * An introduction path drawn over the ego network: the path's people and the links between
 * consecutive ones are added when the neighbourhood does not already hold them, and named for
 * highlighting. A link is the KNOWS edge already drawn (either direction), else a temporary
 * "introduction" edge: solid when the pair declared a tie, dashed when they only share a project
 * or an organisation. Plain functions, so they are tested without Cytoscape.
 */
import type { ElementDefinition } from 'cytoscape';
import type { Language } from '../i18n/languages.ts';
import { edgeWidth, toNodeElement, type GraphData, type GraphNode } from './elements.ts';

/** The edge type of links that exist only while a path is shown. */
export const INTRODUCTION_EDGE = 'INTRODUCTION';
export const PATH_HIGHLIGHT_CLASS = 'path-highlight';
export const PATH_FADED_CLASS = 'path-faded';

export interface PathPerson {
  key: string;
  id: string;
  name: string;
  nameKana?: string | null;
  nameLatin?: string | null;
}

/** What the canvas needs to know of a path: who is on it and whether each pair declared a tie. */
export interface PathHighlight {
  /** Tells paths apart (their people, in order): the list marks the one shown. */
  id: string;
  people: PathPerson[];
  /** Per consecutive pair: the strongest declared tie strength (1–5), or null. */
  declared: (number | null)[];
}

interface PathLike {
  people: PathPerson[];
  hops: { evidence: { kind: string; tieStrength?: number | null }[] }[];
}

export function pathId(path: Pick<PathLike, 'people'>): string {
  return path.people.map((p) => p.key).join('>');
}

export function toPathHighlight(path: PathLike): PathHighlight {
  return {
    id: pathId(path),
    people: path.people,
    declared: path.hops.map((hop) => {
      const strengths = hop.evidence.filter((e) => e.kind === 'DECLARED').map((e) => e.tieStrength ?? 1);
      return strengths.length > 0 ? Math.max(...strengths) : null;
    }),
  };
}

export interface PathOverlay {
  /** Path people missing from the neighbourhood. */
  nodes: ElementDefinition[];
  /** Links between consecutive people that the neighbourhood does not draw. */
  edges: ElementDefinition[];
  /** Element ids to highlight: every person on the path and every link between them. */
  highlighted: string[];
}

function personNode(person: PathPerson): GraphNode {
  return {
    key: person.key,
    id: person.id,
    kind: 'PERSON',
    label: person.name,
    labelAlt: person.nameLatin ?? person.nameKana ?? null,
    sector: null,
    depth: 2,
  };
}

function knowsEdges(graph: GraphData | undefined, a: string, b: string): string[] {
  if (!graph) return [];
  return graph.edges
    .filter((e) => e.type === 'KNOWS' && ((e.source === a && e.target === b) || (e.source === b && e.target === a)))
    .map((e) => e.key);
}

export function pathOverlay(
  graph: GraphData | undefined,
  path: PathHighlight,
  centre: string | null,
  language: Language,
): PathOverlay {
  const drawn = new Set(graph?.nodes.map((n) => n.key) ?? []);
  const overlay: PathOverlay = { nodes: [], edges: [], highlighted: path.people.map((p) => p.key) };
  for (const person of path.people) {
    if (!drawn.has(person.key)) overlay.nodes.push(toNodeElement(personNode(person), centre, language));
  }
  path.people.slice(1).forEach((person, i) => {
    const from = path.people[i]!.key;
    const existing = knowsEdges(graph, from, person.key);
    if (existing.length > 0) {
      overlay.highlighted.push(...existing);
      return;
    }
    const strength = path.declared[i] ?? null;
    const id = `${INTRODUCTION_EDGE}:${from}->${person.key}`;
    overlay.edges.push({
      group: 'edges',
      selectable: false,
      data: {
        id,
        source: from,
        target: person.key,
        type: INTRODUCTION_EDGE,
        width: strength === null ? 1.5 : edgeWidth({ type: 'KNOWS', strength }),
        near: 0,
        declared: strength === null ? 0 : 1,
      },
    });
    overlay.highlighted.push(id);
  });
  return overlay;
}

/** The neighbourhood's elements plus the overlay's, nodes before edges (Cytoscape needs both ends). */
export function withOverlay(elements: ElementDefinition[], overlay: PathOverlay | null): ElementDefinition[] {
  if (!overlay) return elements;
  const nodes = elements.filter((e) => e.group === 'nodes');
  const edges = elements.filter((e) => e.group !== 'nodes');
  return [...nodes, ...overlay.nodes, ...edges, ...overlay.edges];
}
