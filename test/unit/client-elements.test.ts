import { describe, expect, it } from 'vitest';
import {
  diffElements,
  edgeWidth,
  nodeLabel,
  toElements,
  type ElementData,
  type GraphData,
} from '../../client/src/graph/elements.ts';
import { nodeColour, parseNodeKey, SECTOR_COLOURS } from '../../client/src/graph/palette.ts';

const graph: GraphData = {
  truncated: false,
  nodes: [
    {
      key: 'Person:p001',
      id: 'p001',
      kind: 'PERSON',
      label: '田中 花子',
      labelAlt: 'Tanaka Hanako',
      sector: null,
      depth: 0,
    },
    {
      key: 'Organisation:o01',
      id: 'o01',
      kind: 'ORGANISATION',
      label: 'こどもごはんネット',
      labelAlt: 'Kodomo Gohan Net',
      sector: 'NPO',
      depth: 1,
    },
    {
      key: 'Project:pj02',
      id: 'pj02',
      kind: 'PROJECT',
      label: '子ども食堂マップ',
      labelAlt: '2016',
      sector: null,
      depth: 2,
    },
  ],
  edges: [
    {
      key: 'MEMBER_OF:Person:p001->Organisation:o01',
      source: 'Person:p001',
      target: 'Organisation:o01',
      type: 'MEMBER_OF',
      strength: null,
      lastContact: null,
      level: null,
      priority: null,
      role: '代表理事',
    },
    {
      key: 'KNOWS:Person:p001->Person:p999',
      source: 'Person:p001',
      target: 'Person:p999',
      type: 'KNOWS',
      strength: 5,
      lastContact: null,
      level: null,
      priority: null,
      role: null,
    },
  ],
};

const dataOf = (elements: ReturnType<typeof toElements>) =>
  new Map(elements.map((e) => [String(e.data.id), e.data as ElementData]));

describe('graph elements', () => {
  it('labels nodes in the reader’s language, but keeps project names (their alt is a year)', () => {
    const [person, org, project] = graph.nodes;
    expect(nodeLabel(person!, 'ja')).toBe('田中 花子');
    expect(nodeLabel(person!, 'en')).toBe('Tanaka Hanako');
    expect(nodeLabel(org!, 'en')).toBe('Kodomo Gohan Net');
    expect(nodeLabel(project!, 'en')).toBe('子ども食堂マップ');
    expect(nodeLabel({ ...person!, labelAlt: null }, 'en')).toBe('田中 花子');
  });

  it('draws tie strength as width and every other relationship as a hairline', () => {
    expect(edgeWidth({ type: 'KNOWS', strength: 1 })).toBe(1);
    expect(edgeWidth({ type: 'KNOWS', strength: 5 })).toBeGreaterThan(edgeWidth({ type: 'KNOWS', strength: 3 }));
    expect(edgeWidth({ type: 'KNOWS', strength: 99 })).toBe(edgeWidth({ type: 'KNOWS', strength: 5 }));
    expect(edgeWidth({ type: 'MEMBER_OF', strength: null })).toBe(1);
  });

  it('puts nodes before edges, marks the centre, colours organisations by sector and drops dangling edges', () => {
    const elements = toElements(graph, { centre: 'Person:p001', language: 'ja' });
    expect(elements.map((e) => e.group)).toEqual(['nodes', 'nodes', 'nodes', 'edges']);
    const data = dataOf(elements);
    expect(data.get('Person:p001')).toMatchObject({ centre: 1, shape: 'ellipse', colour: '#0072B2' });
    expect(data.get('Organisation:o01')).toMatchObject({
      centre: 0,
      shape: 'round-rectangle',
      colour: SECTOR_COLOURS.NPO,
    });
    expect(data.get('MEMBER_OF:Person:p001->Organisation:o01')).toMatchObject({ near: 1, width: 1 });
    expect(Number(data.get('Person:p001')!.size)).toBeGreaterThan(Number(data.get('Project:pj02')!.size));
  });

  it('diffs what is drawn against what should be: add, remove, update only what changed', () => {
    const before = dataOf(toElements(graph, { centre: 'Person:p001', language: 'ja' }));
    before.set('Skill:gone', { id: 'Skill:gone', kind: 'SKILL' });
    before.delete('Project:pj02');
    const next = toElements(graph, { centre: 'Person:p001', language: 'en' });
    const diff = diffElements(before, next);
    expect(diff.remove).toEqual(['Skill:gone']);
    expect(diff.add.map((e) => e.data.id)).toEqual(['Project:pj02']);
    expect(diff.update.map((u) => u.id).sort()).toEqual(['Organisation:o01', 'Person:p001']);
    expect(diffElements(dataOf(next), next)).toEqual({ add: [], remove: [], update: [] });
  });
});

describe('palette', () => {
  it('parses node keys and rejects anything else', () => {
    expect(parseNodeKey('Person:p001')).toEqual({ kind: 'PERSON', id: 'p001' });
    expect(parseNodeKey('Skill:data-protection-law')).toEqual({ kind: 'SKILL', id: 'data-protection-law' });
    for (const bad of ['', 'p001', 'Person:', ':p001', 'Robot:r1']) expect(parseNodeKey(bad)).toBeNull();
  });

  it('falls back to the kind colour for an organisation without a sector', () => {
    expect(nodeColour('ORGANISATION', null)).toBe('#E69F00');
    expect(nodeColour('SKILL', 'NPO')).toBe('#009E73');
  });
});
