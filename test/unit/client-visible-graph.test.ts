import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode } from '../../client/src/graph/elements.ts';
import { leavesOf } from '../../client/src/graph/node-actions.ts';
import { mergeGraphs, visibleGraph, type VisibleOptions } from '../../client/src/graph/visible-graph.ts';
import { contactCutoff, NO_FILTERS, toggleIn } from '../../client/src/view/filters.ts';
import { KINDS } from '../../client/src/graph/palette.ts';

const node = (key: string, depth = 1, sector: GraphNode['sector'] = null): GraphNode => {
  const [prefix, id] = key.split(':') as [string, string];
  const kind = ({ Person: 'PERSON', Organisation: 'ORGANISATION', Skill: 'SKILL', Project: 'PROJECT' } as const)[
    prefix as 'Person'
  ];
  return { key, id, kind, label: id, labelAlt: null, sector, depth };
};
const edge = (type: GraphEdge['type'], source: string, target: string, extra: Partial<GraphEdge> = {}): GraphEdge => ({
  key: `${type}:${source}->${target}`,
  source,
  target,
  type,
  strength: null,
  lastContact: null,
  level: null,
  priority: null,
  role: null,
  ...extra,
});

// Hanako knows Ken (strong, recent) and Aoi (weak, long ago); Aoi alone knows Mei; Hanako works at
// an NPO, Ken at a company; Hanako holds kintone.
const graph: GraphData = {
  truncated: false,
  nodes: [
    node('Person:hanako', 0),
    node('Person:ken'),
    node('Person:aoi'),
    node('Person:mei', 2),
    node('Organisation:npo', 1, 'NPO'),
    node('Organisation:co', 2, 'COMPANY'),
    node('Skill:kintone'),
  ],
  edges: [
    edge('KNOWS', 'Person:hanako', 'Person:ken', { strength: 5, lastContact: '2026-06-01' }),
    edge('KNOWS', 'Person:hanako', 'Person:aoi', { strength: 2, lastContact: '2019-01-01' }),
    edge('KNOWS', 'Person:aoi', 'Person:mei', { strength: 4, lastContact: '2026-01-01' }),
    edge('MEMBER_OF', 'Person:hanako', 'Organisation:npo'),
    edge('MEMBER_OF', 'Person:ken', 'Organisation:co'),
    edge('HAS_SKILL', 'Person:hanako', 'Skill:kintone', { level: 4 }),
  ],
};

const options = (patch: Partial<VisibleOptions> = {}): VisibleOptions => ({
  centre: 'Person:hanako',
  expanded: [],
  hidden: [],
  filters: NO_FILTERS,
  today: '2026-11-24',
  ...patch,
});
const keys = (o: VisibleOptions) =>
  visibleGraph(graph, o)
    .graph.nodes.map((n) => n.key)
    .sort();

describe('what the map shows', () => {
  it('shows everything loaded when nothing is filtered or hidden', () => {
    const shown = visibleGraph(graph, options());
    expect(shown.graph.nodes).toHaveLength(7);
    expect(shown.graph.edges).toHaveLength(6);
    expect(shown.byKind).toEqual({ PERSON: 4, ORGANISATION: 2, SKILL: 1, PROJECT: 0 });
  });

  it('filters kinds and sectors, never the centre', () => {
    expect(keys(options({ filters: { ...NO_FILTERS, kinds: ['SKILL'] } }))).toEqual(['Person:hanako', 'Skill:kintone']);
    expect(keys(options({ filters: { ...NO_FILTERS, sectors: ['NPO'] } }))).not.toContain('Organisation:co');
  });

  it('does not cross what it filters out: what hangs on a weak or old tie goes with it', () => {
    // Mei is reached only through Aoi, whose tie with Hanako is weak (2) and old (2019).
    const strong = keys(options({ filters: { ...NO_FILTERS, minStrength: 3 } }));
    expect(strong).not.toContain('Person:aoi');
    expect(strong).not.toContain('Person:mei');
    expect(strong).toContain('Person:ken');
    const recent = visibleGraph(graph, options({ filters: { ...NO_FILTERS, contact: '2y' } }));
    expect(recent.graph.nodes.map((n) => n.key)).not.toContain('Person:mei');
    expect(recent.loaded).toEqual({ nodes: 7, edges: 6 });
  });

  it('hides hidden nodes and whatever hung on them alone; expanded nodes anchor their own part', () => {
    expect(keys(options({ hidden: ['Person:aoi'] }))).not.toContain('Person:mei');
    const cut: GraphData = { ...graph, edges: graph.edges.filter((e) => e.target !== 'Person:aoi') };
    expect(visibleGraph(cut, options()).graph.nodes.map((n) => n.key)).not.toContain('Person:mei');
    expect(visibleGraph(cut, options({ expanded: ['Person:aoi'] })).graph.nodes.map((n) => n.key)).toContain(
      'Person:mei',
    );
  });

  it('merges an expansion: new nodes one step further out, known ones unchanged, no duplicates', () => {
    const extra: GraphData = {
      truncated: true,
      nodes: [node('Person:ken', 0), node('Project:p1', 1)],
      edges: [graph.edges[0]!, edge('WORKED_ON', 'Person:ken', 'Project:p1')],
    };
    const merged = mergeGraphs(graph, extra);
    expect(merged.nodes).toHaveLength(8);
    expect(merged.edges).toHaveLength(7);
    expect(merged.nodes.find((n) => n.key === 'Person:ken')!.depth).toBe(1);
    expect(merged.nodes.find((n) => n.key === 'Project:p1')!.depth).toBe(2);
    expect(merged.truncated).toBe(true);
  });

  it('collapses a node by folding away the neighbours that hang on it alone', () => {
    expect(leavesOf(graph, 'Person:aoi', 'Person:hanako')).toEqual(['Person:mei']);
    expect(leavesOf(graph, 'Person:hanako', 'Person:hanako').sort()).toEqual(['Organisation:npo', 'Skill:kintone']);
  });
});

describe('filter helpers', () => {
  it('toggles within "all" and never unticks the last one', () => {
    expect(toggleIn([], 'SKILL', KINDS)).toEqual(['PERSON', 'ORGANISATION', 'PROJECT']);
    expect(toggleIn(['PERSON', 'ORGANISATION', 'PROJECT'], 'SKILL', KINDS)).toEqual([]);
    expect(toggleIn(['PERSON'], 'PERSON', KINDS)).toEqual(['PERSON']);
  });

  it('turns a period into the earliest last contact it keeps', () => {
    expect(contactCutoff('any', '2026-11-24')).toBeNull();
    expect(contactCutoff('1y', '2026-11-24')).toBe('2025-11-24');
    expect(contactCutoff('5y', '2026-02-28')).toBe('2021-02-28');
  });
});
