/**
 * `introductions(from, to, k, maxHops, exclude)`: validates the question, finds the start and
 * target people in the in-memory network (server/graph/), runs the engine (engine/) and turns its
 * answer into explained paths that name people, projects and organisations — with at most one
 * database read per question, and none when the answer names nobody.
 */
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import { explainPath, type PathExplanation } from '../../graph/explain.ts';
import type { Network } from '../../graph/network.ts';
import { namePaths, pathModel, type PathModel } from '../../graph/path-models.ts';
import { qualifyingHolders } from '../../graph/skills.ts';
import { currentNetwork } from '../../graph/store.ts';
import { requireVisible, visibleMembers, type NetworkKind } from '../../graph/visibility.ts';
import { type OrganisationModel, type PersonModel, type SkillModel } from '../../shared/model.ts';
import { Names } from '../../graph/names.ts';
import { unavailablePeople } from '../../graph/askable.ts';
import { viewOf } from '../../graph/sight.ts';
import type { Viewer } from '../../shared/viewer.ts';
import * as v from '../../shared/validation.ts';
import { bestPathsToPerson, bestTargets, type Reach } from './engine/index.ts';

export interface CandidateModel {
  person: PersonModel;
  score: number;
  reason: {
    skill: SkillModel | null;
    level: number | null;
    organisation: OrganisationModel | null;
    role: string | null;
  };
  paths: PathModel[];
}
export interface IntroductionsModel {
  reach: Reach;
  paths: PathModel[];
  candidates: CandidateModel[];
  maxHops: number;
}

function oneOf<K extends string>(value: Partial<Record<K, unknown>>, keys: readonly K[], field: string): K {
  const given = keys.filter((k) => value[k] !== null && value[k] !== undefined);
  if (given.length !== 1) throw badInput(field, `give exactly one of ${keys.join(', ')}`);
  return given[0]!;
}

const argsSchema = z.object({
  k: z.number().int().min(1, 'must be from 1 to 20').max(20, 'must be from 1 to 20'),
  maxHops: z.number().int().min(1, 'must be from 1 to 6').max(6, 'must be from 1 to 6'),
  exclude: z.array(v.id).max(100, 'takes at most 100 people'),
  minLevel: z.number().int().min(1, 'must be from 1 to 5').max(5, 'must be from 1 to 5'),
});

export interface IntroductionArgs {
  from: { personId?: string | null; organisationId?: string | null };
  to: { personId?: string | null; skillId?: string | null; minLevel?: number | null; organisationId?: string | null };
  k?: number | null;
  maxHops?: number | null;
  exclude?: string[] | null;
}

interface Question {
  fromKey: 'personId' | 'organisationId';
  fromId: string;
  toKey: 'personId' | 'skillId' | 'organisationId';
  toId: string;
  k: number;
  maxHops: number;
  exclude: string[];
  minLevel: number;
}

/** Validates the whole question before anything is read. */
function parseQuestion(raw: IntroductionArgs): Question {
  const fromKey = oneOf(raw.from, ['personId', 'organisationId'] as const, 'from');
  const toKey = oneOf(raw.to, ['personId', 'skillId', 'organisationId'] as const, 'to');
  if (raw.to.minLevel != null && toKey !== 'skillId') throw badInput('to.minLevel', 'goes with to.skillId only');
  const fromId = v.parse(v.id, raw.from[fromKey], `from.${fromKey}`);
  const toId = v.parse(v.id, raw.to[toKey], `to.${toKey}`);
  const rest = { k: raw.k ?? 5, maxHops: raw.maxHops ?? 4, exclude: raw.exclude ?? [], minLevel: raw.to.minLevel ?? 1 };
  const args = v.parse(argsSchema, rest, '');
  if (fromKey === 'personId' && toKey === 'personId' && fromId === toId) {
    throw badInput('to.personId', 'is the same person as from.personId');
  }
  return { fromKey, fromId, toKey, toId, ...args };
}

/**
 * Names, contexts and roles come from the in-memory network; `texts: false` (no bio or project
 * description selected) leaves out the one read of long texts, so the answer touches no database.
 */
export async function introductions(
  db: Db,
  raw: IntroductionArgs,
  texts = true,
  viewer: Viewer | null = null,
): Promise<IntroductionsModel> {
  const q = parseQuestion(raw);
  const kind: Record<string, NetworkKind> = { personId: 'Person', skillId: 'Skill', organisationId: 'Organisation' };
  const { network: net } = await currentNetwork(db);
  // A person may always ask from their own record, hidden or not.
  const fromSelf = q.fromKey === 'personId' && q.fromId === viewer?.personId && net.personIndex.has(q.fromId);
  if (!fromSelf) requireVisible(net, kind[q.fromKey]!, q.fromId, `from.${q.fromKey}`);
  requireVisible(net, kind[q.toKey]!, q.toId, `to.${q.toKey}`);
  const { graph } = net;
  const view = viewOf(net, viewer);
  const sources = sourceIndices(net, q.fromKey, q.fromId);
  // People who are not to be asked now (paused, or at their monthly limit: graph/askable.ts) are
  // neither introducers nor people to meet; the asker may still ask from their own record.
  const unavailable = [...(await unavailablePeople(db))].filter((id) => !(q.fromKey === 'personId' && id === q.fromId));
  const exclude = [...q.exclude, ...unavailable].flatMap((id) =>
    graph.indexOf.has(id) ? [graph.indexOf.get(id)!] : [],
  );
  const options = { k: q.k, maxHops: q.maxHops, exclude, overlay: view.overlay };
  if (q.toKey === 'personId') {
    const answer = bestPathsToPerson(graph, sources, graph.indexOf.get(q.toId)!, options);
    const explained = answer.paths.map((p) => explainPath(graph, p.people, view.explain));
    const names = await namePaths(new Names(net), explained).load(db, texts);
    const paths = explained.map((e) => pathModel(e, names));
    return { reach: answer.reach, paths, candidates: [], maxHops: q.maxHops };
  }
  const reasons = targetPeople(net, q.toKey, q.toId, q.minLevel);
  const targets = reasons.map((t) => graph.indexOf.get(t.personId)!);
  const answer = bestTargets(graph, sources, targets, options);
  const explained = answer.targets.map((t) => ({
    target: t,
    paths: t.routes.map((r) => explainPath(graph, r.people, view.explain)),
  }));
  const names = namePaths(
    new Names(net),
    explained.flatMap((e) => e.paths),
  );
  if (q.toKey === 'organisationId') names.organisations([q.toId]);
  names.skills(reasons.flatMap((r) => (r.skillId ? [r.skillId] : [])));
  await names.load(db, texts);
  const reasonOf = new Map(reasons.map((r) => [r.personId, r]));
  const candidates = explained.flatMap(({ target, paths }) => {
    const id = graph.ids[target.target]!;
    const person = names.person(id);
    return person ? [candidateModel(person, target.score, reasonOf.get(id)!, paths, names, q)] : [];
  });
  return { reach: answer.reach, paths: [], candidates, maxHops: q.maxHops };
}

function candidateModel(
  person: PersonModel,
  score: number,
  why: TargetPerson,
  paths: PathExplanation[],
  names: Names,
  q: Question,
): CandidateModel {
  const skill = why.skillId ? names.skill(why.skillId) : undefined;
  const organisation = q.toKey === 'organisationId' ? names.organisation(q.toId) : undefined;
  return {
    person,
    score,
    reason: {
      skill: skill ?? null,
      level: why.level ?? null,
      organisation: organisation ?? null,
      role: why.role ?? null,
    },
    paths: paths.map((e) => pathModel(e, names)),
  };
}

/**
 * The people a search starts from. Hidden people start one only when they ask for themselves
 * (checked by the caller); an organisation's hidden members never start a path.
 */
function sourceIndices(net: Network, key: string, id: string): number[] {
  const ids = key === 'personId' ? [id] : visibleMembers(net, id).map((m) => m.personId);
  return ids.map((person) => net.personIndex.get(person)!);
}

interface TargetPerson {
  personId: string;
  skillId?: string;
  level?: number;
  role?: string | null;
}

/** Discoverable target people, with why: the highest qualifying level (then skill id), or the role. */
function targetPeople(net: Network, key: string, id: string, minLevel: number): TargetPerson[] {
  if (key === 'organisationId') return visibleMembers(net, id);
  return [...qualifyingHolders(net, id, minLevel).values()].map((h) => ({
    personId: h.personId,
    skillId: h.heldSkillId,
    level: h.level,
  }));
}
