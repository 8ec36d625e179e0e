/**
 * Everything the assets API asks, answered over compiled networks with ids in and ids out (no
 * indices leak), so the same code runs in the worker thread, in tests and in the benchmark.
 * Networks are compiled per date on first use and a few are kept (trend asks for several dates).
 */
import { coverage } from './coverage.ts';
import { compileNetwork, type WorkerNetwork } from '../../../graph/network.ts';
import type { Snapshot } from '../../../graph/snapshot.ts';
import { handoverPlan } from './handover.ts';
import { keyPersonRisks } from './key-person.ts';
import { deadline, INTERACTIVE_DEADLINE_MS } from '../../../shared/deadline.ts';
import { analyseNetwork, type NetworkAnalysis, type NetworkOptions, type Progress } from './analysis.ts';
import { orgView, reachSummary, routeTo, type ReachSummary } from './org-reach.ts';
import { trendPoint, type TrendPoint } from './trend.ts';
import { assetsNetwork, type AssetsNetwork } from './warm-network.ts';

const KEEP_NETWORKS = 6;
const SAMPLE = 10;

export interface OrganisationAnswer extends ReachSummary {
  date: string;
  hops: number;
  coverage: {
    skillId: string;
    priority: number | null;
    status: 'inside' | 'reachable' | 'missing';
    hops: number | null;
    holders: number;
    routes: number;
    routesCapped: boolean;
    paths: string[][];
    singlePoints: string[];
  }[];
  risks: {
    personId: string;
    lostPeople: number;
    samplePeople: string[];
    lostOrganisations: string[];
    lostSkills: string[];
    lostNeeds: string[];
  }[];
}

export class AssetsEngine {
  private readonly networks = new Map<string, AssetsNetwork>();

  /**
   * `snapshot` compiles the networks of other days (trend): a function, so a worker unpacks the
   * shared rows only when a past day is asked. `today` is the day's network compiled once by the
   * graph store and shared with this thread; without it, today's is compiled here too.
   */
  constructor(
    private readonly snapshot: Snapshot | (() => Snapshot),
    private readonly today?: WorkerNetwork,
  ) {}

  private rows(): Snapshot {
    return typeof this.snapshot === 'function' ? this.snapshot() : this.snapshot;
  }

  network(date: string = this.today?.date ?? this.rows().today): AssetsNetwork {
    let net = this.networks.get(date);
    if (!net) {
      net = assetsNetwork(date === this.today?.date ? this.today : compileNetwork(this.rows(), date));
      if (this.networks.size >= KEEP_NETWORKS) this.networks.delete(this.networks.keys().next().value!);
      this.networks.set(date, net);
    }
    return net;
  }

  private orgOf(net: AssetsNetwork, organisationId: string): number {
    const org = net.orgIndex.get(organisationId);
    if (org === undefined) throw new RangeError(`assets: unknown organisation "${organisationId}"`);
    return org;
  }

  organisation(q: { organisationId: string; hops: number; date?: string; skillIds?: string[] }): OrganisationAnswer {
    const net = this.network(q.date);
    const view = orgView(net, this.orgOf(net, q.organisationId));
    const extra = (q.skillIds ?? []).flatMap((id) => (net.skillIndex.has(id) ? [net.skillIndex.get(id)!] : []));
    const ids = (list: readonly number[]) => list.map((p) => net.personIds[p]!);
    return {
      date: net.date,
      hops: q.hops,
      ...reachSummary(net, view),
      coverage: coverage(net, view, q.hops, extra).map((c) => ({
        ...c,
        skillId: net.skillIds[c.skill]!,
        paths: c.paths.map(ids),
        singlePoints: ids(c.singlePoints),
      })),
      risks: keyPersonRisks(
        net,
        view,
        q.hops,
        deadline(
          INTERACTIVE_DEADLINE_MS,
          `this organisation's key-person risks at ${q.hops} hops take more than ${INTERACTIVE_DEADLINE_MS / 1000} s to compute; choose fewer hops`,
        ),
      ).map((r) => ({
        personId: net.personIds[r.person]!,
        lostPeople: r.people.length,
        samplePeople: ids(r.people.slice(0, SAMPLE)),
        lostOrganisations: r.organisations.map((o) => net.orgIds[o]!),
        lostSkills: r.skills.map((s) => net.skillIds[s]!),
        lostNeeds: r.needs.map((s) => net.skillIds[s]!),
      })),
    };
  }

  /** The people behind a reach figure: within `hops`, optionally in a sector or holding a skill. */
  reachPeople(q: { organisationId: string; hops: number; sector?: string; skillId?: string; first: number }) {
    const net = this.network();
    const view = orgView(net, this.orgOf(net, q.organisationId));
    const skill = q.skillId === undefined ? undefined : net.skillIndex.get(q.skillId);
    const holders = skill === undefined ? undefined : new Set(net.skillHolders[skill]!);
    const matches: number[] = [];
    for (let p = 0; p < net.graph.n; p++) {
      const d = view.distance[p];
      if (d < (holders ? 0 : 1) || d > q.hops) continue;
      if (q.sector !== undefined && !net.personOrgs[p]!.some((o) => net.orgSector[o] === q.sector)) continue;
      if (q.skillId !== undefined && !holders?.has(p)) continue;
      matches.push(p);
    }
    matches.sort((a, b) => view.distance[a] - view.distance[b] || a - b);
    return {
      totalCount: matches.length,
      people: matches.slice(0, q.first).map((p) => ({
        personId: net.personIds[p]!,
        hops: view.distance[p],
        path: routeTo(net, view, p).map((x) => net.personIds[x]!),
      })),
    };
  }

  handover(q: { organisationId: string; personId: string; hops: number }) {
    const net = this.network();
    const view = orgView(net, this.orgOf(net, q.organisationId));
    const person = net.personIndex.get(q.personId);
    if (person === undefined || !view.members.includes(person)) return undefined;
    const plan = handoverPlan(net, view, person, q.hops);
    const pid = (p: number) => net.personIds[p]!;
    return {
      personId: q.personId,
      successorId: plan.successor === null ? null : pid(plan.successor),
      successorStrength: plan.successorStrength,
      method: plan.method,
      ratioBound: plan.ratioBound,
      lowerBound: plan.lowerBound,
      lostPeople: plan.loss.people.length,
      lostNeeds: plan.loss.needs.map((s) => net.skillIds[s]!),
      introductions: plan.introductions.map((i) => ({
        contactId: pid(i.contact),
        memberId: pid(i.member),
        contactStrength: i.contactStrength,
        restoresPeople: i.restores.people.length,
        samplePeople: i.restores.people.slice(0, SAMPLE).map(pid),
        organisationIds: i.restores.organisations.map((o) => net.orgIds[o]!),
        skillIds: i.restores.skills.map((s) => net.skillIds[s]!),
        needIds: i.restores.needs.map((s) => net.skillIds[s]!),
      })),
    };
  }

  trend(q: { organisationId: string; hops: number; dates: string[] }, progress?: Progress): TrendPoint[] {
    return q.dates.map((date, i) => {
      progress?.(i / q.dates.length, 'trend');
      const net = this.network(date);
      return trendPoint(net, this.orgOf(net, q.organisationId), q.hops);
    });
  }

  analyse(options: NetworkOptions, progress?: Progress): Promise<NetworkAnalysis> {
    return analyseNetwork(this.network(), options, progress);
  }
}
