import { describe, expect, it } from 'vitest';
import type { GraphData } from '../../client/src/graph/elements.ts';
import { csvCell, edgesCsv, exportName, graphJson, nodesCsv } from '../../client/src/graph/export.ts';
import { EMPTY_VIEW } from '../../client/src/view/url-state.ts';

const graph: GraphData = {
  truncated: false,
  nodes: [
    {
      key: 'Person:p1',
      id: 'p1',
      kind: 'PERSON',
      label: '田中 "はな" 子',
      labelAlt: 'Tanaka, Hanako',
      sector: null,
      depth: 0,
    },
    {
      key: 'Organisation:o1',
      id: 'o1',
      kind: 'ORGANISATION',
      label: '=HYPERLINK("x")',
      labelAlt: null,
      sector: 'NPO',
      depth: 1,
    },
  ],
  edges: [
    {
      key: 'MEMBER_OF:Person:p1->Organisation:o1',
      source: 'Person:p1',
      target: 'Organisation:o1',
      type: 'MEMBER_OF',
      strength: null,
      lastContact: null,
      level: null,
      priority: null,
      role: 'Director\nand founder',
    },
  ],
};

describe('export', () => {
  it('quotes CSV cells that need it and defuses spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell(null)).toBe('');
  });

  it('writes nodes and links as CSV with a BOM, a header and one row each', () => {
    const nodes = nodesCsv(graph, 'en');
    expect(nodes.startsWith('\uFEFFkey,id,kind,label,name,alt_name,sector,hops\r\n')).toBe(true);
    const rows = nodes.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toBe('Person:p1,p1,PERSON,"Tanaka, Hanako","田中 ""はな"" 子","Tanaka, Hanako",,0');
    expect(rows[2]).toContain(`'=HYPERLINK`);
    expect(edgesCsv(graph)).toContain('"Director\nand founder"');
  });

  it('writes the subgraph and the view as JSON, and names files by centre and day', () => {
    const json = JSON.parse(graphJson(graph, { ...EMPTY_VIEW, node: 'Person:p1' }, '2026-11-24T10:00:00Z'));
    expect(json).toMatchObject({ format: 'tsunagari-subgraph', version: 1, view: { centre: 'Person:p1', depth: 1 } });
    expect(json.nodes).toEqual(graph.nodes);
    expect(exportName('Person:p1', 'csv', '2026-11-24', 'nodes')).toBe('tsunagari-Person_p1-nodes-2026-11-24.csv');
  });
});
