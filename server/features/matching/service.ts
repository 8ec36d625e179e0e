/**
 * `stoMatching`: which organisations each STO should serve. Reads STOs (and candidates), needs
 * and the introduction projection, scores every STO–organisation pair (covered needs weighted by
 * priority; closeness = 1 for a current member, else the best introduction score to a current
 * member within MAX_HOPS), and solves the assignment exactly (server/domain/matching/).
 *
 * The proposal starts from scratch: current STO memberships are not fixed, but they count as
 * closeness 1, so an arrangement that already works is kept unless another covers more needs.
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
import { assignStos } from './engine/index.ts';

const MAX_HOPS = 4;

export interface StoMatchingArgs {
  organisationIds?: string[] | null;
  stoIds?: string[] | null;
  includeCandidates?: boolean | null;
  minLevel?: number | null;
}

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
});

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
  const organisations = (q.organisationIds ?? [...needs.keys()]).filter((id) => needs.has(id)).sort();
  const { graph } = net;
  const pairs = stos.map((sto) => {
    const paths = shortestPaths(graph, [graph.indexOf.get(sto)!], graph.discoverable, MAX_HOPS, view.overlay);
    return organisations.map((org) => scorePair(net, view, paths, sto, org, needs.get(org) ?? [], q.minLevel));
  });
  const capacities = stos.map((id) => net.fields[id]!.stoCapacity);
  const result = assignStos({
    capacities,
    organisations: organisations.length,
    coverage: pairs.map((row) => row.map((p) => p.coverage)),
    closeness: pairs.map((row) => row.map((p) => p.closeness)),
  });
  const named = await namePaths(
    new Names(net).keysToo([
      ...stos.map((id) => keyOf('Person', id)),
      ...organisations.map((id) => keyOf('Organisation', id)),
      ...new Set(
        pairs
          .flat()
          .flatMap((p) => p.needs.flatMap((n) => [n.skillId, n.holding.heldSkillId].map((id) => keyOf('Skill', id)))),
      ),
    ]),
    result.pairs.flatMap(([s, o]) => (pairs[s][o].path ? [pairs[s][o].path!] : [])),
  ).load(db, texts);
  return {
    ...shapeMatching(named, { stos, organisations, pairs, capacities, pairsChosen: result.pairs }),
    coverage: result.coverage,
    closeness: result.closeness,
    minLevel: q.minLevel,
  };
}

/** The STOs asked for (each must have a role), or every STO (and candidate) on record, in id order. */
function chooseStos(q: z.output<typeof schema>, net: Network): string[] {
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
  capacities: number[];
  pairsChosen: [number, number][];
}

function shapeMatching(named: Names, { stos, organisations, pairs, capacities, pairsChosen }: Scored) {
  const node = <T>(key: string) => named.node(key) as T;
  const skill = (id: string) => node<SkillModel>(keyOf('Skill', id));
  const assigned = new Map<number, number>();
  for (const [s] of pairsChosen) assigned.set(s, (assigned.get(s) ?? 0) + 1);
  const matchedOrgs = new Set(pairsChosen.map(([, o]) => o));
  return {
    matches: pairsChosen.map(([s, o]) => {
      const p = pairs[s][o];
      return {
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
    stos: stos.map((id, s) => ({
      sto: node<PersonModel>(keyOf('Person', id)),
      capacity: capacities[s],
      assigned: assigned.get(s) ?? 0,
    })),
    unmatched: organisations.flatMap((id, o) =>
      matchedOrgs.has(o)
        ? []
        : [
            {
              organisation: node<OrganisationModel>(keyOf('Organisation', id)),
              capacityExhausted: pairs.some((row) => row[o].coverage > 0),
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
