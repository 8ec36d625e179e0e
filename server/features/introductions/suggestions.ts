/**
 * `suggestedIntroductions`: people who should meet. Candidates are friends of friends on the
 * introduction graph (the same allowed ties as paths: no private ties, no hidden people) who are
 * not yet tied. Score = Adamic–Adar over shared contacts, Σ 1 / ln(degree of the contact), plus,
 * for an organisation, NEED_BONUS × priority / 5 for each skill it needs that the other holds.
 * See docs/introductions.md ("Suggested introductions").
 */
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { introductionProjection } from '../../graph/store.ts';
import type { IntroductionGraph } from './engine/index.ts';
import { modelOf } from '../../shared/kinds.ts';
import { keyOf, type PersonModel, type SkillModel } from '../../shared/model.ts';
import { findNode } from '../catalogue/nodes.ts';
import type { Plain } from '../../db/convert.ts';
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

const neighbours = (g: IntroductionGraph, p: number) => g.neighbours.subarray(g.offsets[p]!, g.offsets[p + 1]!);

/** Adamic–Adar candidates of one person: not themselves, not yet tied, discoverable. */
function friendsOfFriends(
  g: IntroductionGraph,
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
): Promise<SuggestionModel[]> {
  const given = (['personId', 'organisationId'] as const).filter((key) => raw[key] != null);
  if (given.length !== 1) throw badInput('personId', 'give exactly one of personId, organisationId');
  const key = given[0]!;
  const id = v.parse(v.id, raw[key], key);
  const k = v.parse(z.number().int().min(1, 'must be from 1 to 50').max(50, 'must be from 1 to 50'), raw.k ?? 10, 'k');
  const projection = await introductionProjection(db);
  const { graph } = projection;
  const { members, needs } = await db.read(async (tx) => {
    const node = await findNode(tx, key === 'personId' ? 'Person' : 'Organisation', id);
    if (!node || (key === 'personId' && node.discoverable === false))
      throw new AppError(
        'NOT_FOUND',
        `${key}: no ${key === 'personId' ? 'person' : 'organisation'} with id "${id}"`,
        key,
      );
    if (key === 'personId') return { members: [id], needs: [] };
    // Hidden members suggest nobody: their ties stay unused until accounts exist.
    const current = (projection.members.get(id) ?? []).map(([person]) => person);
    const visible = current.filter((person) => graph.discoverable[graph.indexOf.get(person) ?? -1] === 1);
    return { members: visible, needs: await tx.run('introduction-needed-holders', { organisationId: id }) };
  });
  const need = new Map<string, { skills: Set<string>; bonus: number }>();
  for (const row of needs) {
    const entry = need.get(String(row.personId)) ?? { skills: new Set<string>(), bonus: 0 };
    if (!entry.skills.has(String(row.skillId))) entry.bonus += (NEED_BONUS * Number(row.priority)) / 5;
    entry.skills.add(String(row.skillId));
    need.set(String(row.personId), entry);
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
  return name(db, graph, raws.slice(0, k));
}

async function name(db: Db, g: IntroductionGraph, raws: Raw[]): Promise<SuggestionModel[]> {
  const keys = new Set<string>();
  for (const r of raws) {
    for (const p of [r.person, r.other, ...r.shared]) keys.add(keyOf('Person', g.ids[p]!));
    for (const s of r.skills) keys.add(keyOf('Skill', s));
  }
  const rows = await db.read((tx) => tx.run('nodes-by-keys', { keys: [...keys] }));
  const named = new Map(
    rows.map((r) => {
      const kind = (r.labels as string[]).includes('Skill') ? 'Skill' : 'Person';
      const node = modelOf(kind, r.node as Record<string, Plain>);
      return [node.key, node];
    }),
  );
  const person = (p: number) => named.get(keyOf('Person', g.ids[p]!)) as PersonModel;
  return raws.map((r) => ({
    person: person(r.person),
    other: person(r.other),
    score: Math.round(r.score * 1e6) / 1e6,
    sharedContacts: r.shared.map(person).filter(Boolean),
    neededSkills: r.skills.map((s) => named.get(keyOf('Skill', s)) as SkillModel).filter(Boolean),
  }));
}
