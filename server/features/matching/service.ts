/**
 * `stoMatching`: which organisations each STO should serve. Reads STOs (and candidates), needs
 * and the one network, scores every STO–organisation pair (covered needs weighted by priority;
 * closeness = 1 for a current member, else the best introduction score to a current member within
 * MAX_HOPS), and solves the assignment exactly (engine/assign.ts) under the user's rules.
 *
 * Today's arrangement is respected: an STO who is a current member of an organisation with an STO
 * role serves it today, and that pair is kept (locked) unless the user allows changes. With
 * changes allowed the proposal starts from scratch, and every current assignment it would end or
 * move is listed with the reason, beside the coverage that keeping them would give.
 */
import { z } from 'zod';
import type { Db } from '../../db/driver.ts';
import { badInput } from '../../errors.ts';
import { explainPath, type PathExplanation } from '../../graph/explain.ts';
import { viewOf, type View } from '../../graph/sight.ts';
import type { Viewer } from '../../shared/viewer.ts';
import type { Network } from '../../graph/network.ts';
import { namePaths, pathModel } from '../../graph/path-models.ts';
import { qualifyingHolders, type Holding } from '../../graph/skills.ts';
import type { PersonFields } from '../../graph/snapshot.ts';
import { currentNetwork } from '../../graph/store.ts';
import { shortestPaths, type ShortestPaths } from '../../graph/traverse.ts';
import { requireVisible, visibleMembers } from '../../graph/visibility.ts';
import { keyOf, type OrganisationModel, type PersonModel, type SkillModel } from '../../shared/model.ts';
import { Names } from '../../graph/names.ts';
import * as v from '../../shared/validation.ts';
import { assignStos, organisationLimit, type MatchingInput } from './engine/index.ts';

const MAX_HOPS = 4;
/** Hours a month one organisation takes: an STO serves 3–4 NPOs in 12–16 hours (docs/teams.md). */
const DEFAULT_HOURS_PER_ORGANISATION = 4;

export interface StoMatchingArgs {
  organisationIds?: string[] | null;
  stoIds?: string[] | null;
  includeCandidates?: boolean | null;
  minLevel?: number | null;
  hoursPerOrganisation?: number | null;
  keepCurrent?: boolean | null;
  locked?: readonly StoPairArg[] | null;
  forbidden?: readonly StoPairArg[] | null;
}

export interface StoPairArg {
  stoId: string;
  organisationId: string;
}

const pairSchema = z.object({ stoId: v.id, organisationId: v.id });

const schema = z.object({
  organisationIds: z
    .array(v.id)
    .min(1, 'must name at least one organisation (or be left out)')
    .max(500, 'takes at most 500 organisations')
    .nullish(),
  stoIds: z
    .array(v.id)
    .min(1, 'must name at least one STO (or be left out)')
    .max(200, 'takes at most 200 STOs')
    .nullish(),
  includeCandidates: z
    .boolean()
    .nullish()
    .transform((b) => b ?? true),
  minLevel: z
    .number()
    .int('must be a whole number from 1 to 5')
    .min(1, 'must be a whole number from 1 to 5')
    .max(5, 'must be a whole number from 1 to 5')
    .nullish()
    .transform((x) => x ?? 3),
  hoursPerOrganisation: z
    .number()
    .int('must be a whole number of hours from 1 to 160')
    .min(1, 'must be a whole number of hours from 1 to 160')
    .max(160, 'must be a whole number of hours from 1 to 160')
    .nullish()
    .transform((x) => x ?? DEFAULT_HOURS_PER_ORGANISATION),
  keepCurrent: z
    .boolean()
    .nullish()
    .transform((b) => b ?? true),
  locked: z
    .array(pairSchema)
    .max(500, 'takes at most 500 pairs')
    .nullish()
    .transform((x) => x ?? []),
  forbidden: z
    .array(pairSchema)
    .max(5000, 'takes at most 5000 pairs')
    .nullish()
    .transform((x) => x ?? []),
});

type Question = z.output<typeof schema>;

interface Pair {
  needs: { skillId: string; priority: number; holding: Holding }[];
  coverage: number;
  closeness: number;
  role: string | null;
  path: PathExplanation | null;
}

export async function stoMatching(db: Db, raw: StoMatchingArgs, texts = true, viewer: Viewer | null = null) {
  const q = v.parse(schema, raw, '');
  const { network: net } = await currentNetwork(db);
  const view = viewOf(net, viewer);
  for (const [i, id] of (q.organisationIds ?? []).entries())
    requireVisible(net, 'Organisation', id, `organisationIds.${i}`);
  for (const [i, id] of (q.stoIds ?? []).entries()) requireVisible(net, 'Person', id, `stoIds.${i}`);
  const needs = needsByOrganisation(net);
  const stos = chooseStos(q, net);
  const rules = readRules(q, net, stos);
  const current = currentAssignments(net, stos);
  const organisations = [
    ...new Set([
      ...(q.organisationIds ?? [...needs.keys(), ...current.map((c) => c.organisationId)]),
      ...rules.locked.map((l) => l.organisationId),
    ]),
  ].sort();
  const orgAt = new Map(organisations.map((id, o) => [id, o]));
  const stoAt = new Map(stos.map((id, s) => [id, s]));
  const index = (p: StoPairArg): [number, number] => [stoAt.get(p.stoId)!, orgAt.get(p.organisationId)!];
  // Current pairs outside the organisations asked about are not the question: always kept.
  const currentPairs = current.filter((c) => orgAt.has(c.organisationId)).map(index);
  const outside = current.filter((c) => !orgAt.has(c.organisationId));
  const { graph } = net;
  const pairs = stos.map((sto) => {
    const paths = shortestPaths(graph, [graph.indexOf.get(sto)!], graph.discoverable, MAX_HOPS, view.overlay);
    return organisations.map((org) => scorePair(net, view, paths, sto, org, needs.get(org) ?? [], q.minLevel));
  });
  const outsideCount = (s: number) => outside.filter((c) => c.stoId === stos[s]).length;
  const input: MatchingInput = {
    // What current work outside the question takes is not available to it.
    capacities: stos.map((id, s) => Math.max(0, net.fields[id]!.stoCapacity - outsideCount(s))),
    hours: stos.map((id, s) => {
      const h = net.fields[id]!.hoursPerMonth;
      return h === null ? null : Math.max(0, h - outsideCount(s) * q.hoursPerOrganisation);
    }),
    hoursPerOrganisation: q.hoursPerOrganisation,
    organisations: organisations.length,
    coverage: pairs.map((row) => row.map((p) => p.coverage)),
    closeness: pairs.map((row) => row.map((p) => p.closeness)),
    forbidden: rules.forbidden.map(index),
  };
  const forbidden = new Set(input.forbidden!.map(pairKey));
  const lockedExplicitly = rules.locked.map(index);
  const lockedOrgs = new Set(lockedExplicitly.map(([, o]) => o));
  // Kept: today's pairs the user did not forbid, on organisations the user did not lock to someone.
  const kept = currentPairs.filter((p) => !forbidden.has(pairKey(p)) && !lockedOrgs.has(p[1]));
  const locked = [...lockedExplicitly, ...(q.keepCurrent ? kept : [])];
  const result = assignStos({ ...input, locked });
  const keeping = q.keepCurrent ? null : assignStos({ ...input, locked: [...lockedExplicitly, ...kept] });
  const changes = changesFrom({
    input,
    pairs,
    needs,
    organisations,
    current: currentPairs,
    forbidden,
    lockedOrgs,
    chosen: result.pairs,
  });
  const everyChosen = [...result.pairs, ...outside.map((c): [number, number] => [stoAt.get(c.stoId)!, -1])];
  const named = await namePaths(
    new Names(net).keysToo([
      ...stos.map((id) => keyOf('Person', id)),
      ...organisations.map((id) => keyOf('Organisation', id)),
      ...outside.map((c) => keyOf('Organisation', c.organisationId)),
      ...new Set(
        pairs
          .flat()
          .flatMap((p) => p.needs.flatMap((n) => [n.skillId, n.holding.heldSkillId].map((id) => keyOf('Skill', id)))),
      ),
    ]),
    result.pairs.flatMap(([s, o]) => (pairs[s][o].path ? [pairs[s][o].path!] : [])),
  ).load(db, texts);
  const status = (pair: [number, number]) =>
    lockedExplicitly.some((l) => pairKey(l) === pairKey(pair))
      ? 'LOCKED'
      : currentPairs.some((c) => pairKey(c) === pairKey(pair))
        ? 'CURRENT'
        : 'PROPOSED';
  const shaped = shapeMatching(named, {
    stos,
    organisations,
    pairs,
    input,
    pairsChosen: result.pairs,
    status,
    outside,
    assignedPer: (s) => everyChosen.filter(([x]) => x === s).length,
    fields: (id) => net.fields[id]!,
  });
  return {
    ...shaped,
    changes: changes.map((c) => ({
      organisation: named.node(keyOf('Organisation', organisations[c.organisation])) as OrganisationModel,
      from: named.node(keyOf('Person', stos[c.from])) as PersonModel,
      to: c.to === null ? null : (named.node(keyOf('Person', stos[c.to])) as PersonModel),
      fromCoverage: c.fromCoverage,
      toCoverage: c.toCoverage,
      reason: c.reason,
    })),
    coverage: result.coverage,
    closeness: result.closeness,
    minLevel: q.minLevel,
    hoursPerOrganisation: q.hoursPerOrganisation,
    keepCurrent: q.keepCurrent,
    coverageKeepingCurrent: keeping ? keeping.coverage : null,
  };
}

const pairKey = ([s, o]: readonly [number, number]) => `${s}:${o}`;

/** Locked and forbidden pairs, checked: known STOs among those matched, visible organisations. */
function readRules(q: Question, net: Network, stos: string[]) {
  const chosen = new Set(stos);
  const check = (list: StoPairArg[], field: string) =>
    list.forEach((p, i) => {
      requireVisible(net, 'Person', p.stoId, `${field}.${i}.stoId`);
      if (!chosen.has(p.stoId))
        throw badInput(`${field}.${i}.stoId`, `"${p.stoId}" is not among the STOs being matched`);
      requireVisible(net, 'Organisation', p.organisationId, `${field}.${i}.organisationId`);
    });
  check(q.locked, 'locked');
  check(q.forbidden, 'forbidden');
  const lockedTo = new Map<string, string>();
  q.locked.forEach((p, i) => {
    const other = lockedTo.get(p.organisationId);
    if (other !== undefined && other !== p.stoId)
      throw badInput(`locked.${i}.organisationId`, `"${p.organisationId}" is already locked to another STO`);
    lockedTo.set(p.organisationId, p.stoId);
  });
  q.forbidden.forEach((p, i) => {
    if (lockedTo.get(p.organisationId) === p.stoId)
      throw badInput(`forbidden.${i}`, 'the same pair cannot be locked and forbidden');
  });
  const unique = (list: StoPairArg[]) => [
    ...new Map(list.map((p) => [`${p.stoId}\u0000${p.organisationId}`, p])).values(),
  ];
  return { locked: unique(q.locked), forbidden: unique(q.forbidden) };
}

/**
 * An STO serves an organisation today when they are a current member of it with an STO role
 * (「STO」, "Social Technology Officer", 「ソーシャルテクノロジーオフィサー」): membership alone
 * is not enough (an STO is also a member of their employer).
 */
export function isStoRole(role: string | null): boolean {
  if (!role) return false;
  const r = role.normalize('NFKC').toUpperCase();
  return (
    /(^|[^A-Z])STO([^A-Z]|$)/.test(r) ||
    r.includes('SOCIAL TECHNOLOGY OFFICER') ||
    r.includes('ソーシャルテクノロジーオフィサー')
  );
}

function currentAssignments(net: Network, stos: string[]): StoPairArg[] {
  return stos
    .flatMap((stoId) => {
      const p = net.personIndex.get(stoId)!;
      return net.personOrgs[p]!.flatMap((o) =>
        net.orgCurrent[o]!.some(([member, role]) => member === p && isStoRole(role))
          ? [{ stoId, organisationId: net.orgIds[o]! }]
          : [],
      );
    })
    .sort((a, b) => (a.organisationId < b.organisationId ? -1 : a.organisationId > b.organisationId ? 1 : 0));
}

interface Change {
  organisation: number;
  from: number;
  to: number | null;
  fromCoverage: number;
  toCoverage: number;
  reason: 'FORBIDDEN' | 'OTHER_LOCKED' | 'NO_NEEDS' | 'NO_NEED_COVERED' | 'MORE_NEEDS' | 'OVER_CAPACITY' | 'FREES_STO';
}

/** Each current pair the proposal does not keep, with the first reason that explains it. */
function changesFrom(a: {
  input: MatchingInput;
  pairs: Pair[][];
  needs: Map<string, unknown[]>;
  organisations: string[];
  current: [number, number][];
  forbidden: Set<string>;
  lockedOrgs: Set<number>;
  chosen: [number, number][];
}): Change[] {
  const chosen = new Set(a.chosen.map(pairKey));
  const todayCount = (s: number) => a.current.filter(([x]) => x === s).length;
  return a.current
    .filter((pair) => !chosen.has(pairKey(pair)))
    .map(([from, o]) => {
      const to = a.chosen.find(([, x]) => x === o)?.[0] ?? null;
      const fromCoverage = a.pairs[from][o].coverage;
      const toCoverage = to === null ? 0 : a.pairs[to][o].coverage;
      const reason: Change['reason'] = a.forbidden.has(pairKey([from, o]))
        ? 'FORBIDDEN'
        : a.lockedOrgs.has(o)
          ? 'OTHER_LOCKED'
          : !a.needs.has(a.organisations[o])
            ? 'NO_NEEDS'
            : fromCoverage === 0
              ? 'NO_NEED_COVERED'
              : toCoverage > fromCoverage
                ? 'MORE_NEEDS'
                : todayCount(from) > organisationLimit(a.input, from)
                  ? 'OVER_CAPACITY'
                  : 'FREES_STO';
      return { organisation: o, from, to, fromCoverage, toCoverage, reason };
    });
}

/** The STOs asked for (each must have a role), or every STO (and candidate) on record, in id order. */
function chooseStos(q: Question, net: Network): string[] {
  const visible = (id: string) => net.visible[net.personIndex.get(id) ?? -1] === 1;
  const isSto = (f: PersonFields) => f.stoRole === 'sto' || (q.includeCandidates && f.stoRole === 'sto_candidate');
  const ids =
    q.stoIds ??
    Object.entries(net.fields)
      .filter(([id, f]) => visible(id) && isSto(f))
      .map(([id]) => id);
  ids.forEach((id, i) => {
    if (!net.fields[id]?.stoRole || !visible(id))
      throw badInput(`stoIds.${i}`, `"${id}" is not an STO or STO candidate`);
  });
  return [...new Set(ids)].sort();
}

/** Needs the STO covers at minLevel, and how close they are: a current member, or their best path to one. */
function scorePair(
  net: Network,
  view: View,
  paths: ShortestPaths,
  sto: string,
  org: string,
  needs: { skillId: string; priority: number }[],
  minLevel: number,
): Pair {
  const { graph } = net;
  const covered = needs.flatMap((n) => {
    const holding = qualifyingHolders(net, n.skillId, minLevel).get(sto);
    return holding ? [{ ...n, holding }] : [];
  });
  const orgMembers = visibleMembers(net, org);
  const own = orgMembers.find((m) => m.personId === sto);
  const nearest = orgMembers
    .map((m) => graph.indexOf.get(m.personId)!)
    .filter((i) => Number.isFinite(paths.dist[i]))
    .sort((a, b) => paths.dist[a] - paths.dist[b] || a - b)[0];
  const path = own || nearest === undefined ? null : explainPath(graph, paths.pathTo(nearest), view.explain);
  return {
    needs: covered,
    coverage: covered.reduce((sum, n) => sum + n.priority, 0),
    closeness: own ? 1 : (path?.score ?? 0),
    role: own ? own.role : null,
    path,
  };
}

interface Scored {
  stos: string[];
  organisations: string[];
  pairs: Pair[][];
  input: MatchingInput;
  pairsChosen: [number, number][];
  status(pair: [number, number]): 'CURRENT' | 'LOCKED' | 'PROPOSED';
  /** Current assignments outside the organisations asked about (kept, listed as current). */
  outside: StoPairArg[];
  /** Organisations STO s serves in the answer, those outside the question included. */
  assignedPer(s: number): number;
  fields(id: string): PersonFields;
}

function shapeMatching(named: Names, a: Scored) {
  const { stos, organisations, pairs, input, pairsChosen } = a;
  const node = <T>(key: string) => named.node(key) as T;
  const skill = (id: string) => node<SkillModel>(keyOf('Skill', id));
  const matchedOrgs = new Set(pairsChosen.map(([, o]) => o));
  const forbidden = new Set((input.forbidden ?? []).map(pairKey));
  const outsideMatch = (c: StoPairArg) => ({
    status: 'CURRENT' as const,
    sto: node<PersonModel>(keyOf('Person', c.stoId)),
    organisation: node<OrganisationModel>(keyOf('Organisation', c.organisationId)),
    coveredNeeds: [],
    coverage: 0,
    closeness: 1,
    currentRole: null,
    introduction: null,
  });
  return {
    matches: [
      ...pairsChosen.map(([s, o]) => {
        const p = pairs[s][o];
        return {
          status: a.status([s, o]),
          sto: node<PersonModel>(keyOf('Person', stos[s])),
          organisation: node<OrganisationModel>(keyOf('Organisation', organisations[o])),
          coveredNeeds: p.needs.map((n) => ({
            priority: n.priority,
            match: { skill: skill(n.skillId), heldSkill: skill(n.holding.heldSkillId), level: n.holding.level },
          })),
          coverage: p.coverage,
          closeness: p.closeness,
          currentRole: p.role,
          introduction: p.path ? pathModel(p.path, named) : null,
        };
      }),
      ...a.outside.map(outsideMatch),
    ],
    stos: stos.map((id, s) => {
      const assigned = a.assignedPer(s);
      const { stoCapacity: capacity, hoursPerMonth: hours } = a.fields(id);
      // The limit over every organisation, those outside the question included.
      const limit = organisationLimit({ ...input, capacities: [capacity], hours: [hours] }, 0);
      return {
        sto: node<PersonModel>(keyOf('Person', id)),
        capacity,
        hoursAvailable: hours,
        limit,
        assigned,
        hoursAssigned: assigned * (input.hoursPerOrganisation ?? 0),
        overCapacity: assigned > limit,
      };
    }),
    unmatched: organisations.flatMap((id, o) =>
      matchedOrgs.has(o)
        ? []
        : [
            {
              organisation: node<OrganisationModel>(keyOf('Organisation', id)),
              capacityExhausted: pairs.some((row, s) => row[o].coverage > 0 && !forbidden.has(pairKey([s, o]))),
            },
          ],
    ),
  };
}

/** Organisation id → its needs (skill, priority), from the network. */
function needsByOrganisation(net: Network): Map<string, { skillId: string; priority: number }[]> {
  const needs = new Map<string, { skillId: string; priority: number }[]>();
  net.orgNeeds.forEach((list, o) => {
    if (list.length > 0)
      needs.set(
        net.orgIds[o]!,
        list
          .map(([s, priority]) => ({ skillId: net.skillIds[s]!, priority }))
          .sort((a, b) => (a.skillId < b.skillId ? -1 : 1)),
      );
  });
  return needs;
}
