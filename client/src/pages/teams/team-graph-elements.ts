/**
 * The elements of a team on its small graph, without React or Cytoscape: the organisation, its
 * core members (linked to it, so nobody floats unconnected), the experts and the people who
 * introduce them, each with its role (a person who is both an expert and an introducer for another
 * expert shows as an expert), and one edge per introduction hop. Each person also gets its column
 * (`level`: organisation 0, core 1, then hops along the introduction), which the graph lays out
 * left to right.
 */
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Proposal, Team } from './team-text.ts';

export type Role = 'organisation' | 'core' | 'expert' | 'introducer';

export interface TeamElements {
  nodes: { id: string; label: string; role: Role; level: number }[];
  edges: { id: string; source: string; target: string; kind: 'member' | 'hop' }[];
}

export function teamElements(proposal: Proposal, team: Team, language: Language): TeamElements {
  const roles = new Map<string, { label: string; role: Role }>();
  const put = (p: { key: string; name: string; nameLatin?: string | null }, role: Role) => {
    const known = roles.get(p.key);
    const rank: Record<Role, number> = { organisation: -1, core: 0, expert: 1, introducer: 2 };
    if (!known || rank[role] < rank[known.role]) roles.set(p.key, { label: nameIn(p, language), role });
  };
  for (const p of proposal.core) put(p, 'core');
  for (const e of team.experts) put(e.person, 'expert');
  const org = proposal.organisation.key;
  const edges = new Map<string, TeamElements['edges'][number]>();
  for (const p of proposal.core)
    edges.set(`${org}|${p.key}`, { id: `${org}|${p.key}`, source: org, target: p.key, kind: 'member' });
  // Column of each person: the core is 1, and each hop of an introduction one further from the
  // person before it (the shortest way anyone is reached decides; repeated until nothing moves).
  const level = new Map<string, number>(proposal.core.map((p) => [p.key, 1]));
  for (let moved = true; moved;) {
    moved = false;
    for (const e of team.experts) {
      const people = e.introduction.people;
      for (let i = 0; i + 1 < people.length; i++) {
        const next = (level.get(people[i]!.key) ?? Infinity) + 1;
        if (next < (level.get(people[i + 1]!.key) ?? Infinity)) {
          level.set(people[i + 1]!.key, next);
          moved = true;
        }
      }
    }
  }
  for (const e of team.experts) {
    const people = e.introduction.people;
    people.slice(1, -1).forEach((p) => put(p, 'introducer'));
    for (let i = 0; i + 1 < people.length; i++) {
      const [a, b] = [people[i]!.key, people[i + 1]!.key].sort();
      edges.set(`${a}|${b}`, { id: `${a}|${b}`, source: a!, target: b!, kind: 'hop' });
    }
  }
  return {
    nodes: [
      { id: org, label: nameIn(proposal.organisation, language), role: 'organisation', level: 0 },
      ...[...roles].map(([id, n]) => ({ id, ...n, level: level.get(id) ?? 1 })),
    ],
    edges: [...edges.values()],
  };
}
