/**
 * Network-wide analysis over the visible warm graph (hidden people removed, so they neither count
 * nor normalise anything): brokers by betweenness and Burt's measures, people and organisations
 * bridging sectors, and Louvain communities labelled by their most held skills and their sectors.
 */
import { betweennessParallel } from './betweenness-parallel.ts';
import { inducedCsr } from '../../../graph/csr.ts';
import type { AssetsNetwork } from './warm-network.ts';
import { louvain } from './louvain.ts';
import { structuralHoles } from './structural-holes.ts';

/** Reports a long computation's progress: the fraction done and the phase's name. */
export type Progress = (fraction: number, phase: string) => void;

export interface NetworkOptions {
  /** Betweenness pivots; default: exact when affordable (see betweenness.ts), else by budget. */
  samples?: number;
  budget?: number;
  top?: number;
}

export interface PersonMetrics {
  personId: string;
  betweenness: number;
  constraint: number | null;
  effectiveSize: number | null;
  community: number;
  /** Sectors of the organisations of this person and their contacts. */
  sectors: string[];
  /** The same sectors, each with how many of these people (the person and their contacts) are in it; most first. */
  sectorCounts: { sector: string; count: number }[];
}

export interface NetworkAnalysis {
  date: string;
  people: number;
  ties: number;
  betweenness: { exact: boolean; samples: number; errorBound: number; confidence: number };
  modularity: number;
  brokers: PersonMetrics[];
  communities: {
    id: number;
    size: number;
    skills: { skillId: string; count: number }[];
    sectors: { sector: string; count: number }[];
  }[];
  organisationBridges: { organisationId: string; sector: string; sectors: string[]; crossSectorTies: number }[];
  metrics(personIds: readonly string[]): PersonMetrics[];
}

const top = <T>(counts: Map<T, number>, k: number) =>
  [...counts].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0]))).slice(0, k);

export async function analyseNetwork(
  net: AssetsNetwork,
  options: NetworkOptions = {},
  progress?: Progress,
): Promise<NetworkAnalysis> {
  const { csr, index } = inducedCsr(net.graph, net.visible);
  // Exact up to the budget, on every core: the pivots are split over worker threads that share
  // one copy of the graph (betweenness-parallel.ts).
  const bc = await betweennessParallel(csr, {
    // Starting a thread costs ~0.25 s: small networks are faster on this one.
    ...(csr.n < 2000 ? { threads: 1 } : {}),
    ...(options.samples === undefined ? {} : { samples: options.samples }),
    ...(options.budget === undefined ? {} : { budget: options.budget }),
    onProgress: (done, total) => progress?.((0.7 * done) / total, 'betweenness'),
  });
  progress?.(0.7, 'structural holes');
  const holes = structuralHoles(csr);
  progress?.(0.8, 'communities');
  const found = louvain(csr, { runs: csr.n <= 5000 ? 3 : 1, onProgress: () => progress?.(0.9, 'communities') });
  const sectorsOf = (i: number) => {
    const counts = new Map<string, number>();
    for (const p of [index[i]!, ...neighboursOf(csr, i).map((j) => index[j]!)]) {
      // A person in two organisations of one sector is one person in it.
      for (const sector of new Set(net.personOrgs[p]!.map((o) => net.orgSector[o]!))) {
        counts.set(sector, (counts.get(sector) ?? 0) + 1);
      }
    }
    return {
      sectors: [...counts.keys()].sort(),
      sectorCounts: top(counts, counts.size).map(([sector, count]) => ({ sector, count })),
    };
  };
  const metricsAt = (i: number): PersonMetrics => ({
    personId: net.personIds[index[i]!]!,
    betweenness: bc.values[i]!,
    constraint: Number.isNaN(holes.constraint[i]) ? null : holes.constraint[i]!,
    effectiveSize: Number.isNaN(holes.effectiveSize[i]) ? null : holes.effectiveSize[i]!,
    community: found.community[i]!,
    ...sectorsOf(i),
  });
  const order = Array.from({ length: csr.n }, (_, i) => i).sort((a, b) => bc.values[b]! - bc.values[a]! || a - b);
  const localOf = new Map(Array.from(index, (p, i) => [net.personIds[p]!, i]));
  return {
    date: net.date,
    people: csr.n,
    ties: csr.neighbours.length / 2,
    betweenness: { exact: bc.exact, samples: bc.samples, errorBound: bc.errorBound, confidence: bc.confidence },
    modularity: found.modularity,
    brokers: order.slice(0, options.top ?? 50).map(metricsAt),
    communities: labelCommunities(net, index, found.community, found.count),
    organisationBridges: organisationBridges(net),
    metrics: (ids) => ids.flatMap((id) => (localOf.has(id) ? [metricsAt(localOf.get(id)!)] : [])),
  };
}

function neighboursOf(csr: { offsets: Int32Array; neighbours: Int32Array }, i: number): number[] {
  return Array.from(csr.neighbours.subarray(csr.offsets[i], csr.offsets[i + 1]));
}

function labelCommunities(net: AssetsNetwork, index: Int32Array, community: Int32Array, count: number) {
  const size = new Array<number>(count).fill(0);
  const skills = Array.from({ length: count }, () => new Map<string, number>());
  const sectors = Array.from({ length: count }, () => new Map<string, number>());
  community.forEach((c, i) => {
    size[c]!++;
    const p = index[i]!;
    for (const s of net.personSkills[p]!) skills[c]!.set(net.skillIds[s]!, (skills[c]!.get(net.skillIds[s]!) ?? 0) + 1);
    for (const sector of new Set(net.personOrgs[p]!.map((o) => net.orgSector[o]!))) {
      sectors[c]!.set(sector, (sectors[c]!.get(sector) ?? 0) + 1);
    }
  });
  return size
    .map((s, id) => ({
      id,
      size: s,
      skills: top(skills[id]!, 3).map(([skillId, n]) => ({ skillId, count: n })),
      sectors: top(sectors[id]!, 3).map(([sector, n]) => ({ sector, count: n })),
    }))
    .filter((c) => c.size >= 2)
    .sort((a, b) => b.size - a.size || a.id - b.id);
}

/** Organisations whose members' contacts belong to other sectors: the most sectors first. */
function organisationBridges(net: AssetsNetwork) {
  return net.orgIds
    .map((organisationId, o) => {
      const own = net.orgSector[o]!;
      const sectors = new Set<string>();
      let crossSectorTies = 0;
      for (const p of net.orgMembers[o]!) {
        for (let e = net.graph.offsets[p]; e < net.graph.offsets[p + 1]; e++) {
          const other = new Set(net.personOrgs[net.graph.neighbours[e]!]!.map((x) => net.orgSector[x]!));
          other.delete(own);
          if (other.size > 0) crossSectorTies++;
          for (const s of other) sectors.add(s);
        }
      }
      return { organisationId, sector: own, sectors: [...sectors].sort(), crossSectorTies };
    })
    .filter((b) => b.sectors.length > 0)
    .sort(
      (a, b) =>
        b.sectors.length - a.sectors.length ||
        b.crossSectorTies - a.crossSectorTies ||
        a.organisationId.localeCompare(b.organisationId),
    )
    .slice(0, 30);
}
