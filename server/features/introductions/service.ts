/**
 * `introductions(from, to, k, maxHops, exclude)`: validates the question, finds the target people,
 * runs the engine (server/domain/introductions/) on the cached projection and turns its answer
 * into explained paths that name people, projects and organisations.
 */
import { z } from 'zod';
import type { Plain } from '../../db/convert.ts';
import type { Db, Tx } from '../../db/driver.ts';
import { AppError, badInput } from '../../errors.ts';
import { introductionProjection, type Projection } from '../../graph/store.ts';
import {
  bestPathsToPerson,
  bestTargets,
  explainPath,
  type EvidenceExplanation,
  type PathExplanation,
  type Reach,
} from './engine/index.ts';
import { modelOf } from '../../shared/kinds.ts';
import {
  keyOf,
  KINDS,
  type Kind,
  type NodeModel,
  type MembershipModel,
  type OrganisationModel,
  type ParticipationModel,
  type PersonModel,
  type ProjectModel,
  type SkillModel,
} from '../../shared/model.ts';
import { loadDetails, tieKey, type Details } from './details.ts';
import { findNode } from '../catalogue/nodes.ts';
import * as v from '../../shared/validation.ts';

type Props = Record<string, Plain>;

export interface EvidenceModel {
  kind: 'declared' | 'project' | 'organisation';
  strength: number;
  tieStrength: number | null;
  lastContact: string | null;
  project: ProjectModel | null;
  projectEnd: string | null;
  organisation: OrganisationModel | null;
  size: number | null;
  context: string | null;
  participations: ParticipationModel[];
  memberships: MembershipModel[];
}
export interface PathModel {
  people: PersonModel[];
  hops: { from: PersonModel; to: PersonModel; strength: number; evidence: EvidenceModel[] }[];
  hopFactor: number;
  score: number;
}
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

export async function introductions(db: Db, raw: IntroductionArgs): Promise<IntroductionsModel> {
  const q = parseQuestion(raw);
  const kind: Record<string, Kind> = { personId: 'Person', skillId: 'Skill', organisationId: 'Organisation' };
  const [projection] = await Promise.all([
    introductionProjection(db),
    db.read(async (tx) => {
      await requireExisting(tx, kind[q.fromKey]!, q.fromId, `from.${q.fromKey}`);
      await requireExisting(tx, kind[q.toKey]!, q.toId, `to.${q.toKey}`);
    }),
  ]);
  const { graph } = projection;
  const sources = sourceIndices(projection, q.fromKey, q.fromId);
  const reasons = targetPeople(projection, q.toKey, q.toId, q.minLevel);
  const exclude = q.exclude.flatMap((id) => (graph.indexOf.has(id) ? [graph.indexOf.get(id)!] : []));
  const options = { k: q.k, maxHops: q.maxHops, exclude };
  if (q.toKey === 'personId') {
    const target = graph.indexOf.get(q.toId);
    const answer =
      target === undefined
        ? { paths: [], reach: 'unreachable' as const }
        : bestPathsToPerson(graph, sources, target, options);
    const explained = answer.paths.map((p) => explainPath(graph, p.people));
    const named = await nameAll(db, explained);
    const paths = explained.map((e) => pathModel(e, named));
    return { reach: answer.reach, paths, candidates: [], maxHops: q.maxHops };
  }
  const targets = reasons.flatMap((t) => (graph.indexOf.has(t.personId) ? [graph.indexOf.get(t.personId)!] : []));
  const answer = bestTargets(graph, sources, targets, options);
  const explained = answer.targets.map((t) => ({
    target: t,
    paths: t.routes.map((r) => explainPath(graph, r.people)),
  }));
  const named = await nameAll(
    db,
    explained.flatMap((e) => e.paths),
    reasonKeys(reasons, q.toKey, q.toId),
  );
  const reasonOf = new Map(reasons.map((r) => [r.personId, r]));
  const candidates = explained.flatMap(({ target, paths }) => {
    const id = graph.ids[target.target]!;
    const person = named.get(keyOf('Person', id)) as PersonModel | undefined;
    return person ? [candidateModel(person, target.score, reasonOf.get(id)!, paths, named, q)] : [];
  });
  return { reach: answer.reach, paths: [], candidates, maxHops: q.maxHops };
}

function candidateModel(
  person: PersonModel,
  score: number,
  why: TargetPerson,
  paths: PathExplanation[],
  named: Named,
  q: Question,
): CandidateModel {
  const skill = why.skillId ? (named.get(keyOf('Skill', why.skillId)) as SkillModel | undefined) : undefined;
  const organisation =
    q.toKey === 'organisationId' ? (named.get(keyOf('Organisation', q.toId)) as OrganisationModel) : undefined;
  return {
    person,
    score,
    reason: {
      skill: skill ?? null,
      level: why.level ?? null,
      organisation: organisation ?? null,
      role: why.role ?? null,
    },
    paths: paths.map((e) => pathModel(e, named)),
  };
}

/** Existence checks go to the database (so an unknown id is NOT_FOUND at once); the rest is in memory. */
async function requireExisting(tx: Tx, kind: Kind, id: string, field: string): Promise<void> {
  const node = await findNode(tx, kind, id);
  if (!node || (kind === 'Person' && node.discoverable === false)) {
    throw new AppError('NOT_FOUND', `${field}: no ${kind.toLowerCase()} with id "${id}"`, field);
  }
}

/**
 * The people a search starts from. Hidden people cannot start one either: without accounts,
 * anyone could ask in their name. An organisation's hidden members never start a path.
 */
function sourceIndices(p: Projection, key: string, id: string): number[] {
  const ids = key === 'personId' ? [id] : (p.members.get(id) ?? []).map(([person]) => person);
  return ids.flatMap((person) => {
    const index = p.graph.indexOf.get(person);
    return index !== undefined && p.graph.discoverable[index] === 1 ? [index] : [];
  });
}

interface TargetPerson {
  personId: string;
  skillId?: string;
  level?: number;
  role?: string | null;
}

/** The skill and every narrower skill below it, through BROADER at any depth. */
function withNarrower(p: Projection, skill: string): string[] {
  const all = [skill];
  for (let i = 0; i < all.length; i++)
    for (const child of p.narrower.get(all[i]!) ?? []) if (!all.includes(child)) all.push(child);
  return all;
}

/** Discoverable target people, with why: the highest qualifying level (then skill id), or the role. */
function targetPeople(p: Projection, key: string, id: string, minLevel: number): TargetPerson[] {
  const visible = (person: string) => p.graph.discoverable[p.graph.indexOf.get(person) ?? -1] === 1;
  if (key === 'personId') return [{ personId: id }];
  if (key === 'organisationId') {
    return (p.members.get(id) ?? [])
      .filter(([person]) => visible(person))
      .map(([personId, role]) => ({ personId, role }));
  }
  const best = new Map<string, TargetPerson>();
  for (const skillId of withNarrower(p, id).sort()) {
    for (const [personId, level] of p.holders.get(skillId) ?? []) {
      const current = best.get(personId);
      if (level >= minLevel && visible(personId) && (!current || level > current.level!))
        best.set(personId, { personId, skillId, level });
    }
  }
  return [...best.values()];
}

function reasonKeys(reasons: TargetPerson[], toKey: string, toId: string): string[] {
  const skills = reasons.flatMap((r) => (r.skillId ? [keyOf('Skill', r.skillId)] : []));
  return toKey === 'organisationId' ? [keyOf('Organisation', toId)] : [...new Set(skills)];
}

export type Named = Map<string, NodeModel> & { details: Details };

/** Loads every person, project and organisation the explanations name, and their details. */
export async function nameAll(db: Db, paths: PathExplanation[], extra: string[] = []): Promise<Named> {
  const keys = new Set(extra);
  for (const path of paths) {
    for (const id of path.people) keys.add(keyOf('Person', id));
    for (const hop of path.hops) {
      for (const e of hop.evidence) {
        if (e.kind === 'project') keys.add(keyOf('Project', e.projectId));
        if (e.kind === 'organisation') keys.add(keyOf('Organisation', e.organisationId));
      }
    }
  }
  const [rows, details] = await Promise.all([
    db.read((tx) => tx.run('nodes-by-keys', { keys: [...keys] })),
    loadDetails(db, paths),
  ]);
  const nodes = rows.map((r) => {
    const kind = KINDS.find((k) => (r.labels as string[]).includes(k))!;
    const node = modelOf(kind, r.node as Props);
    return [node.key, node] as const;
  });
  return Object.assign(new Map<string, NodeModel>(nodes), { details });
}

export function pathModel(path: PathExplanation, named: Named): PathModel {
  const person = (id: string) => named.get(keyOf('Person', id)) as PersonModel;
  return {
    people: path.people.map(person),
    hopFactor: path.hopFactor,
    score: path.score,
    hops: path.hops.map((hop) => ({
      from: person(hop.from),
      to: person(hop.to),
      strength: hop.strength,
      evidence: hop.evidence.map((e) => evidenceModel(hop.from, hop.to, e, named)),
    })),
  };
}

function evidenceModel(a: string, b: string, e: EvidenceExplanation, named: Named): EvidenceModel {
  const none = { tieStrength: null, lastContact: null, context: null, project: null, projectEnd: null };
  const base = { ...none, kind: e.kind, strength: e.evidenceStrength, organisation: null, size: null };
  const node = <T>(kind: Kind, id: string) => (named.get(keyOf(kind, id)) as T | undefined) ?? null;
  switch (e.kind) {
    case 'declared':
      return {
        ...base,
        tieStrength: e.strength,
        lastContact: e.lastContact,
        context: named.details.contexts.get(tieKey(a, b, e.strength, e.lastContact)) ?? null,
        participations: [],
        memberships: [],
      };
    case 'project': {
      const project = node<ProjectModel>('Project', e.projectId);
      const roles = [a, b].map((id) => named.details.projectRoles.get(`${id}|${e.projectId}`) ?? null);
      return {
        ...base,
        project,
        projectEnd: e.end,
        size: e.size,
        participations: project
          ? [a, b].map((id, i) => ({ person: node<PersonModel>('Person', id)!, project, role: roles[i]! }))
          : [],
        memberships: [],
      };
    }
    case 'organisation': {
      const organisation = node<OrganisationModel>('Organisation', e.organisationId);
      const memberships = organisation
        ? [a, b].map((id) => {
            const m = named.details.memberships.get(`${id}|${e.organisationId}`);
            return {
              person: node<PersonModel>('Person', id)!,
              organisation,
              role: m?.role ?? null,
              since: m?.since ?? null,
              until: m?.until ?? null,
            };
          })
        : [];
      return { ...base, organisation, size: e.size, participations: [], memberships };
    }
  }
}
