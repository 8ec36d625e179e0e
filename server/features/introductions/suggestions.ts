/**
 * `suggestedIntroductions`: people who should meet. Candidates are friends of friends on the
 * introduction graph (the same allowed ties as paths: no private ties, no hidden people) who are
 * not yet tied. Score = Adamic–Adar over shared contacts, Σ 1 / ln(degree of the contact), plus,
 * for an organisation, NEED_BONUS × priority / 5 for each skill it needs that the other holds.
 * See docs/introductions.md ("Suggested introductions").
 */
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import type { PeopleGraph } from '../../graph/people-graph.ts';
import type { Network } from '../../graph/network.ts';
import { currentNetwork } from '../../graph/store.ts';
import { requireVisible, visibleMembers } from '../../graph/visibility.ts';
import type { PersonModel, SkillModel } from '../../shared/model.ts';
import { Names } from '../../graph/names.ts';
import * as v from '../../shared/validation.ts';

export const NEED_BONUS = 1;

export interface SuggestionModel {
  person: PersonModel;
  other: PersonModel;
  score: number;
  sharedContacts: PersonModel[];
  neededSkills: SkillModel[];
}

interface Raw {
  person: number;
  other: number;
  score: number;
  shared: number[];
  skills: string[];
}

const neighbours = (g: PeopleGraph, p: number) => g.neighbours.subarray(g.offsets[p]!, g.offsets[p + 1]!);

/** Adamic–Adar candidates of one person: not themselves, not yet tied, discoverable. */
function friendsOfFriends(
  g: PeopleGraph,
  p: number,
  skip: Set<number>,
): Map<number, { score: number; shared: number[] }> {
  const direct = new Set(neighbours(g, p));
  const found = new Map<number, { score: number; shared: number[] }>();
  for (const z of direct) {
    if (g.discoverable[z] !== 1) continue;
    const weight = 1 / Math.log(neighbours(g, z).length);
    for (const x of neighbours(g, z)) {
      if (x === p || direct.has(x) || skip.has(x) || g.discoverable[x] !== 1) continue;
      const entry = found.get(x) ?? { score: 0, shared: [] };
      entry.score += weight;
      entry.shared.push(z);
      found.set(x, entry);
    }
  }
  return found;
}

export async function suggestedIntroductions(
  db: Db,
  raw: { personId?: string | null; organisationId?: string | null; k?: number | null },
  texts = true,
): Promise<SuggestionModel[]> {
  const given = (['personId', 'organisationId'] as const).filter((key) => raw[key] != null);
  if (given.length !== 1) throw badInput('personId', 'give exactly one of personId, organisationId');
  const key = given[0]!;
  const id = v.parse(v.id, raw[key], key);
  const k = v.parse(z.number().int().min(1, 'must be from 1 to 50').max(50, 'must be from 1 to 50'), raw.k ?? 10, 'k');
  const { network: net } = await currentNetwork(db);
  const { graph } = net;
  requireVisible(net, key === 'personId' ? 'Person' : 'Organisation', id, key);
  // Hidden members suggest nobody: their ties stay unused until accounts exist.
  const members = key === 'personId' ? [id] : visibleMembers(net, id).map((m) => m.personId);
  const need = new Map<string, { skills: Set<string>; bonus: number }>();
  const o = net.orgIndex.get(id);
  for (const [s, priority] of key === 'organisationId' && o !== undefined ? net.orgNeeds[o]! : []) {
    const skillId = net.skillIds[s]!;
    for (const p of net.skillHolders[s]!) {
      const personId = net.personIds[p]!;
      const entry = need.get(personId) ?? { skills: new Set<string>(), bonus: 0 };
      if (!entry.skills.has(skillId)) entry.bonus += (NEED_BONUS * priority) / 5;
      entry.skills.add(skillId);
      need.set(personId, entry);
    }
  }
  const memberIdx = members.flatMap((m) => (graph.indexOf.has(m) ? [graph.indexOf.get(m)!] : []));
  const skip = new Set(memberIdx);
  const raws: Raw[] = memberIdx.flatMap((p) =>
    [...friendsOfFriends(graph, p, skip)].map(([x, { score, shared }]) => {
      const n = need.get(graph.ids[x]!);
      return { person: p, other: x, score: score + (n?.bonus ?? 0), shared, skills: [...(n?.skills ?? [])] };
    }),
  );
  raws.sort((a, b) => b.score - a.score || a.person - b.person || a.other - b.other);
  return name(db, net, raws.slice(0, k), texts);
}

async function name(db: Db, net: Network, raws: Raw[], texts: boolean): Promise<SuggestionModel[]> {
  const g = net.graph;
  const names = new Names(net);
  for (const r of raws) names.people([r.person, r.other, ...r.shared].map((p) => g.ids[p]!)).skills(r.skills);
  await names.load(db, texts);
  const person = (p: number) => names.person(g.ids[p]!)!;
  return raws.map((r) => ({
    person: person(r.person),
    other: person(r.other),
    score: Math.round(r.score * 1e6) / 1e6,
    sharedContacts: r.shared.map(person).filter(Boolean),
    neededSkills: names.all(r.skills, names.skill),
  }));
}
