/**
 * A synthetic network shaped as the explorer's GraphQL `Graph`, for the browser benchmark: the
 * people of a synthetic dataset (seed/synthetic) with their organisations, skills and projects,
 * cut to a node and edge budget. Ties come first (they are what the map is about), then
 * memberships, skills held and project participation.
 */
import type { GraphData } from '../client/src/graph/elements.ts';
import { generateSynthetic } from '../seed/synthetic/index.ts';

export function syntheticGraph(nodes: number, edges: number, seed = 1): GraphData {
  // ~10 ties per person: this many people give enough ties among the first `people` of them.
  const data = generateSynthetic({ people: Math.max(10, Math.ceil(nodes * 1.2)), seed });
  const organisations = data.organisations.slice(0, Math.ceil(nodes * 0.04));
  const skills = data.skills.slice(0, 60);
  const projects = data.projects.slice(0, Math.ceil(nodes * 0.04));
  const people = data.people.slice(0, nodes - organisations.length - skills.length - projects.length);
  const graph: GraphData = { nodes: [], edges: [], truncated: false };
  const keys = new Set<string>();
  const add = (node: GraphData['nodes'][number]) => {
    keys.add(node.key);
    graph.nodes.push(node);
  };
  people.forEach((p, i) =>
    add({
      key: `Person:${p.id}`,
      id: p.id,
      kind: 'PERSON',
      label: p.name,
      labelAlt: p.nameLatin ?? null,
      sector: null,
      depth: i === 0 ? 0 : 2,
    }),
  );
  for (const o of organisations) {
    const sector = o.sector.toUpperCase() as GraphData['nodes'][number]['sector'];
    add({
      key: `Organisation:${o.id}`,
      id: o.id,
      kind: 'ORGANISATION',
      label: o.name,
      labelAlt: o.nameEn ?? null,
      sector,
      depth: 2,
    });
  }
  for (const s of skills) {
    add({
      key: `Skill:${s.id}`,
      id: s.id,
      kind: 'SKILL',
      label: s.nameJa ?? s.nameEn ?? s.id,
      labelAlt: s.nameEn ?? null,
      sector: null,
      depth: 2,
    });
  }
  for (const p of projects) {
    add({ key: `Project:${p.id}`, id: p.id, kind: 'PROJECT', label: p.name, labelAlt: null, sector: null, depth: 2 });
  }
  const edge = (type: string, source: string, target: string, extra: Partial<GraphData['edges'][number]> = {}) => {
    if (graph.edges.length >= edges || !keys.has(source) || !keys.has(target)) return;
    graph.edges.push({
      key: `${type}:${source}->${target}`,
      source,
      target,
      type: type as GraphData['edges'][number]['type'],
      strength: null,
      lastContact: null,
      level: null,
      priority: null,
      role: null,
      ...extra,
    });
  };
  for (const t of data.ties) {
    edge('KNOWS', `Person:${t.personId}`, `Person:${t.otherPersonId}`, {
      strength: t.strength,
      lastContact: t.lastContact ?? null,
    });
  }
  for (const m of data.memberships) edge('MEMBER_OF', `Person:${m.personId}`, `Organisation:${m.organisationId}`);
  for (const h of data.skillHoldings)
    edge('HAS_SKILL', `Person:${h.personId}`, `Skill:${h.skillId}`, { level: h.level });
  for (const p of data.participations) edge('WORKED_ON', `Person:${p.personId}`, `Project:${p.projectId}`);
  return graph;
}
