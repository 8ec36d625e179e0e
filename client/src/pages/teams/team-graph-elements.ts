/**
 * The elements of a team on its small graph, without React or Cytoscape: core members, the
 * experts and the people who introduce them, each with its role (a person who is both an expert
 * and an introducer for another expert shows as an expert), and one edge per introduction hop.
 */
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import type { Proposal, Team } from './team-text.ts';

export type Role = 'core' | 'expert' | 'introducer';

export interface TeamElements {
  nodes: { id: string; label: string; role: Role }[];
  edges: { id: string; source: string; target: string }[];
}

export function teamElements(proposal: Proposal, team: Team, language: Language): TeamElements {
  const roles = new Map<string, { label: string; role: Role }>();
  const put = (p: { key: string; name: string; nameLatin?: string | null }, role: Role) => {
    const known = roles.get(p.key);
    const rank: Record<Role, number> = { core: 0, expert: 1, introducer: 2 };
    if (!known || rank[role] < rank[known.role]) roles.set(p.key, { label: nameIn(p, language), role });
  };
  for (const p of proposal.core) put(p, 'core');
  for (const e of team.experts) put(e.person, 'expert');
  const edges = new Map<string, { id: string; source: string; target: string }>();
  for (const e of team.experts) {
    const people = e.introduction.people;
    people.slice(1, -1).forEach((p) => put(p, 'introducer'));
    for (let i = 0; i + 1 < people.length; i++) {
      const [a, b] = [people[i]!.key, people[i + 1]!.key].sort();
      edges.set(`${a}|${b}`, { id: `${a}|${b}`, source: a!, target: b! });
    }
  }
  return { nodes: [...roles].map(([id, n]) => ({ id, ...n })), edges: [...edges.values()] };
}
