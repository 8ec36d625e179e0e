/**
 * GraphML and GEXF 1.2draft for Gephi and Cytoscape desktop: every node and relationship, with its
 * kind (`kind`, `type`) and its properties as typed attributes. Node ids are keys (`Person:p001`).
 * Both validate against their official schemas (test/int/import-api, test/unit/import-graph-xml);
 * GEXF is 1.2draft rather than 1.3 because Cytoscape desktop reads only 1.2draft (decision 0005).
 */
import type { Plain } from '../../../db/convert.ts';
import { SECTIONS, type SectionName } from '../import/format.ts';
import { REL_SPECS } from '../../../shared/relationships.ts';
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

/**
 * Text for element content and attribute values alike. Characters XML 1.0 cannot carry (C0 controls
 * other than tab and line breaks, U+FFFE/U+FFFF, unpaired surrogates) are dropped; tab and line
 * breaks become character references so attribute-value normalisation keeps them.
 */
const esc = (s: string) =>
  s
    // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');

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
      const { [section.fromField]: from, [section.toField]: to, ...rest } = row;
      // A project's organisation row's role says which relationship it is (LED or PARTNERED_IN);
      // every other role (a membership's, a participation's) is a property of the edge.
      const projectRole = section.name === 'projectOrganisations';
      const { role, ...withoutRole } = rest;
      const attrs = projectRole ? withoutRole : rest;
      const type = projectRole ? (role === 'partner' ? 'PARTNERED_IN' : 'LED') : REL_OF[section.name]!;
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

/**
 * GraphML ids are XML name tokens: a node keeps its readable key (`Person:p001`) or an attribute
 * its name when they are tokens; a user's id with a space or a symbol gets a positional id instead
 * (its key stays in the `kind` and `id` attributes). Fallbacks start with `_`, which no kind does.
 */
const TOKEN = /^[\p{L}\p{N}._:-]+$/u;
const ASCII_NAME = /^[A-Za-z][\w.-]*$/;

function graphmlNodeIds(nodes: Item[]): (key: string) => string {
  const ids = new Map(nodes.map((n, i) => [n.id, TOKEN.test(n.id) ? n.id : `_${i}`]));
  return (key) => ids.get(key) ?? (TOKEN.test(key) ? key : `_missing`);
}

interface GraphmlKey {
  id: string;
  /** attr.name is a name token too: other characters become `_` (the full name is the key's desc). */
  name: string;
  type: AttrType;
}

function graphmlKeys(scope: 'n' | 'e', attrs: Map<string, AttrType>): Map<string, GraphmlKey> {
  const used = new Set<string>();
  const tokenName = (name: string) => {
    const base = name.replace(/[^\p{L}\p{N}._:-]/gu, '_') || '_';
    let out = base;
    for (let n = 2; used.has(out); n++) out = `${base}_${n}`;
    used.add(out);
    return out;
  };
  return new Map(
    [...attrs].map(([name, type], i) => [
      name,
      { id: ASCII_NAME.test(name) ? `${scope}_${name}` : `${scope}_${i}`, name: tokenName(name), type },
    ]),
  );
}

export function toGraphML(data: ExportData): string {
  const { nodes, edges } = graphOf(data);
  const nodeKeys = graphmlKeys('n', schemaOf(nodes));
  const edgeKeys = graphmlKeys('e', schemaOf(edges.map((e) => ({ attrs: { type: e.type, ...e.attrs } }))));
  const nodeId = graphmlNodeIds(nodes);
  const data_ = (keys: typeof nodeKeys, attrs: Row) =>
    Object.entries(attrs)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => `<data key="${keys.get(k)!.id}">${value(v)}</data>`)
      .join('');
  const decl = (scope: string, keys: typeof nodeKeys) =>
    [...keys].map(([k, key]) => {
      const head = `  <key id="${key.id}" for="${scope}" attr.name="${key.name}" attr.type="${key.type}"`;
      return key.name === k ? `${head}/>` : `${head}><desc>${esc(k)}</desc></key>`;
    });
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    ...decl('node', nodeKeys),
    ...decl('edge', edgeKeys),
    '  <graph id="tsunagari" edgedefault="directed">',
    ...nodes.map(
      (n) =>
        `    <node id="${esc(nodeId(n.id))}"><data key="label">${esc(n.label)}</data>${data_(nodeKeys, n.attrs)}</node>`,
    ),
    ...edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${esc(nodeId(e.source))}" target="${esc(nodeId(e.target))}"${e.undirected ? ' directed="false"' : ''}>${data_(edgeKeys, { type: e.type, ...e.attrs })}</edge>`,
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
    ...[...attrs].map(([k, t]) => `      <attribute id="${esc(k)}" title="${esc(k)}" type="${gexfType(t)}"/>`),
    '    </attributes>',
  ];
  const values = (attrs: Row) => {
    const set = Object.entries(attrs).filter(([, v]) => v !== null);
    return set.length === 0
      ? ''
      : `<attvalues>${set.map(([k, v]) => `<attvalue for="${esc(k)}" value="${value(v)}"/>`).join('')}</attvalues>`;
  };
  const out = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
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
