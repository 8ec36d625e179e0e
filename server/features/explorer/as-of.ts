/**
 * The map on a past day (the explorer's time slider): the neighbourhood as it stood on `date`,
 * by the network's one date rule (graph/network.ts: memberOn, tieOn, projectOn), never a second
 * one. A membership counts from `since` until the day before `until`, a declared tie from its last
 * contact, a project (its participations, its organisations) from its start; skills, needs and
 * the skill hierarchy have no dates and always count. What is left is walked again from the start
 * nodes, so a node reached only through something that did not exist yet is not shown, and each
 * node's depth is its distance on that day.
 */
import { memberOn, projectOn, tieOn } from '../../graph/network.ts';
import type { GraphEdgeModel, GraphNodeModel } from './neighbourhood.ts';

/** A relationship's dates, as the neighbourhood read them (YYYY-MM-DD, or null). */
export interface EdgeDates {
  since: string | null;
  until: string | null;
}

const opt = (s: string | null | undefined): string | undefined => s ?? undefined;

function edgeOn(
  edge: GraphEdgeModel,
  dates: EdgeDates | undefined,
  projectStart: ReadonlyMap<string, string | null>,
  date: string,
): boolean {
  switch (edge.type) {
    case 'MEMBER_OF':
      return memberOn({ since: opt(dates?.since), until: opt(dates?.until) }, date);
    case 'KNOWS':
      return tieOn({ lastContact: opt(edge.lastContact) }, date);
    case 'WORKED_ON':
    case 'LED':
    case 'PARTNERED_IN':
      // The project end of the link decides: a link exists once its project does.
      return [edge.source, edge.target].every(
        (key) => !projectStart.has(key) || projectOn({ start: opt(projectStart.get(key)) }, date),
      );
    default:
      return true;
  }
}

/**
 * The part of a neighbourhood that existed on `date`, walked again from `start` up to `depth`.
 * `projectStart` holds each Project node's start; `dates` each MEMBER_OF edge's since and until.
 */
export function neighbourhoodOn(
  graph: { nodes: GraphNodeModel[]; edges: GraphEdgeModel[] },
  start: readonly string[],
  depth: number,
  date: string,
  projectStart: ReadonlyMap<string, string | null>,
  dates: ReadonlyMap<string, EdgeDates>,
): { nodes: GraphNodeModel[]; edges: GraphEdgeModel[] } {
  const existing = new Set(
    graph.nodes
      .filter((n) => n.kind !== 'Project' || projectOn({ start: opt(projectStart.get(n.key)) }, date))
      .map((n) => n.key),
  );
  const edges = graph.edges.filter(
    (e) => existing.has(e.source) && existing.has(e.target) && edgeOn(e, dates.get(e.key), projectStart, date),
  );
  const next = new Map<string, string[]>();
  const link = (a: string, b: string) => {
    const list = next.get(a);
    if (list) list.push(b);
    else next.set(a, [b]);
  };
  for (const e of edges) {
    link(e.source, e.target);
    link(e.target, e.source);
  }
  const depthOf = new Map(start.filter((k) => existing.has(k)).map((k) => [k, 0]));
  let frontier = [...depthOf.keys()];
  for (let d = 1; d <= depth && frontier.length > 0; d++) {
    const found: string[] = [];
    for (const key of frontier) {
      for (const other of next.get(key) ?? []) {
        if (!depthOf.has(other)) {
          depthOf.set(other, d);
          found.push(other);
        }
      }
    }
    frontier = found;
  }
  return {
    nodes: graph.nodes.filter((n) => depthOf.has(n.key)).map((n) => ({ ...n, depth: depthOf.get(n.key)! })),
    edges: edges.filter((e) => depthOf.has(e.source) && depthOf.has(e.target)),
  };
}
