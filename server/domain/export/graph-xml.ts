/**
 * GraphML and GEXF 1.3 for Gephi and Cytoscape desktop: every node and relationship, with its kind
 * (`kind`, `type`) and its properties as typed attributes. Node ids are keys (`Person:p001`).
 */
import type { Plain } from '../../db/convert.ts';
import { SECTIONS, type SectionName } from '../import/format.ts';
import { REL_SPECS } from '../relationships.ts';
import type { ExportData } from './collect.ts';

type Row = Record<string, Plain>;
type AttrType = 'string' | 'int' | 'double' | 'boolean';

interface Item {
  id: string;
  label: string;
  attrs: Row;
}
interface Edge {
  source: string;
  target: string;
  type: string;
  undirected: boolean;
  attrs: Row;
}

const esc = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

const typeOf = (v: Plain): AttrType =>
  typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'double') : 'string';

const REL_OF: Partial<Record<SectionName, string>> = {
  skillHoldings: 'HAS_SKILL',
  memberships: 'MEMBER_OF',
  participations: 'WORKED_ON',
  ties: 'KNOWS',
  needs: 'NEEDS',
};

function graphOf(data: ExportData): { nodes: Item[]; edges: Edge[] } {
  const nodes: Item[] = [];
  const edges: Edge[] = [];
  for (const section of SECTIONS) {
    for (const row of data.sections[section.name]) {
      if (section.type === 'node') {
        const { broader, ...attrs } = row;
        const id = `${section.kind}:${String(row.id)}`;
        const label = String(row.name ?? row.nameJa ?? row.nameEn ?? row.id);
        nodes.push({ id, label, attrs: { kind: section.kind, ...attrs } });
        if (broader)
          edges.push({ source: id, target: `Skill:${String(broader)}`, type: 'BROADER', undirected: false, attrs: {} });
        continue;
      }
      const { [section.fromField]: from, [section.toField]: to, role, ...attrs } = row;
      const type =
        section.name === 'projectOrganisations' ? (role === 'partner' ? 'PARTNERED_IN' : 'LED') : REL_OF[section.name]!;
      edges.push({
        source: `${section.fromKind}:${String(from)}`,
        target: `${section.toKind}:${String(to)}`,
        type,
        undirected: type === REL_SPECS.tie.type,
        attrs,
      });
    }
  }
  return { nodes, edges };
}

/** Attribute names and types over all items; a name seen with two types becomes a string. */
function schemaOf(items: { attrs: Row }[]): Map<string, AttrType> {
  const out = new Map<string, AttrType>();
  for (const item of items) {
    for (const [k, v] of Object.entries(item.attrs)) {
      if (v === null) continue;
      const t = typeOf(v);
      const had = out.get(k);
      out.set(k, had && had !== t ? 'string' : t);
    }
  }
  return out;
}

const value = (v: Plain) => esc(typeof v === 'object' ? JSON.stringify(v) : String(v));

export function toGraphML(data: ExportData): string {
  const { nodes, edges } = graphOf(data);
  const nodeKeys = schemaOf(nodes);
  const edgeKeys = schemaOf([...edges.map((e) => ({ attrs: { type: e.type, ...e.attrs } }))]);
  const key = (scope: 'n' | 'e', name: string) => `${scope}_${name}`;
  const data_ = (scope: 'n' | 'e', attrs: Row) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<data key="${key(scope, k)}">${value(v)}</data>`)
      .join('');
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="n_label" for="node" attr.name="label" attr.type="string"/>',
    ...[...nodeKeys].map(([k, t]) => `  <key id="${key('n', k)}" for="node" attr.name="${k}" attr.type="${t}"/>`),
    ...[...edgeKeys].map(([k, t]) => `  <key id="${key('e', k)}" for="edge" attr.name="${k}" attr.type="${t}"/>`),
    '  <graph id="tsunagari" edgedefault="directed">',
    ...nodes.map(
      (n) => `    <node id="${esc(n.id)}"><data key="n_label">${esc(n.label)}</data>${data_('n', n.attrs)}</node>`,
    ),
    ...edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${esc(e.source)}" target="${esc(e.target)}"${e.undirected ? ' directed="false"' : ''}>${data_('e', { type: e.type, ...e.attrs })}</edge>`,
    ),
    '  </graph>',
    '</graphml>',
  ];
  return `${out.join('\n')}\n`;
}

export function toGexf(data: ExportData): string {
  const { nodes, edges } = graphOf(data);
  const nodeAttrs = schemaOf(nodes);
  const edgeAttrs = schemaOf(edges.map((e) => ({ attrs: { type: e.type, ...e.attrs } })));
  const gexfType = (t: AttrType) => (t === 'int' ? 'integer' : t);
  const decl = (cls: string, attrs: Map<string, AttrType>) => [
    `    <attributes class="${cls}">`,
    ...[...attrs].map(([k, t]) => `      <attribute id="${k}" title="${k}" type="${gexfType(t)}"/>`),
    '    </attributes>',
  ];
  const values = (attrs: Row) => {
    const set = Object.entries(attrs).filter(([, v]) => v !== null);
    return set.length === 0
      ? ''
      : `<attvalues>${set.map(([k, v]) => `<attvalue for="${k}" value="${value(v)}"/>`).join('')}</attvalues>`;
  };
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    `  <meta lastmodifieddate="${data.manifest.exportedAt.slice(0, 10)}"><creator>Tsunagari</creator><description>${esc(data.manifest.scope)}</description></meta>`,
    '  <graph defaultedgetype="directed" mode="static">',
    ...decl('node', nodeAttrs),
    ...decl('edge', edgeAttrs),
    '    <nodes>',
    ...nodes.map((n) => `      <node id="${esc(n.id)}" label="${esc(n.label)}">${values(n.attrs)}</node>`),
    '    </nodes>',
    '    <edges>',
    ...edges.map(
      (e, i) =>
        `      <edge id="${i}" source="${esc(e.source)}" target="${esc(e.target)}" label="${e.type}"${e.undirected ? ' type="undirected"' : ''}>${values({ type: e.type, ...e.attrs })}</edge>`,
    ),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${out.join('\n')}\n`;
}
