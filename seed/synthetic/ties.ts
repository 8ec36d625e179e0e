/**
 * KNOWS ties: about ten per person, with a heavy-tailed degree distribution and community
 * structure. Each person gets a Pareto "sociability" weight (Chung–Lu model: expected degree ∝
 * weight), so most people have a handful of ties and a few connectors have hundreds. A tie's
 * first end is drawn by weight; its other end, also by weight, from the same organisation, the
 * same cluster, or (rarely) anywhere: the bridges between communities. Sampling by weight within
 * a range is a binary search over running totals, because people are laid out by organisation and
 * cluster; the whole run is O(ties · log people) with typed arrays, never O(people²).
 */
import type { TieRow, Visibility } from '../../server/shared/dataset.ts';
import { EARLIEST_CONTACT_DAY, LATEST_DAY, dateOf } from './calendar.ts';
import type { Layout } from './organisations.ts';
import { PairSet } from './pair-set.ts';
import { cumulativeOf, searchCumulative, type Random } from './random.ts';
import { SECTOR_SPECS } from './sectors.ts';

const TIES_PER_PERSON = 10;
/** Tail exponent of the sociability weights: P(weight > x) ~ x^-1.6, a typical social network's. */
const ALPHA = 1.6;
/** Organisation leaders are their organisation's connectors. */
const LEADER_BOOST = 2.5;
/** Out-of-organisation ties that leave the cluster: the bridges. */
const BRIDGE_SHARE = 0.2;

/** Where a tie's second end comes from; indexes the tables below. */
const ORGANISATION = 0;
const CLUSTER = 1;
const BRIDGE = 2;
/** Strength 1–5 by scope: colleagues are closest, bridge ties mostly weak. */
const STRENGTHS = [
  cumulativeOf([3, 10, 30, 35, 22]),
  cumulativeOf([8, 25, 37, 22, 8]),
  cumulativeOf([25, 40, 25, 8, 2]),
];
/** Colleagues were in touch recently; a weak tie's last contact may be years ago. */
const RECENCY = [2.2, 1.5, 1.1];

const GENERAL_CONTEXTS = [
  'NPOカンファレンスで知り合った',
  '勉強会で名刺交換した',
  '大学の同級生',
  'SNSでつながった',
  '中間支援センターの紹介で知り合った',
  '助成金の報告会で知り合った',
  'プロボノ説明会で出会った',
  '社会起業家の交流会で知り合った',
  '以前の職場の同僚',
];

/** How many ties a network of `people` gets: ten each, but never more than 40 % of all pairs. */
export function tieTarget(people: number): number {
  return Math.min(people * TIES_PER_PERSON, Math.floor(((people * (people - 1)) / 2) * 0.4));
}

function visibilityOf(random: Random): Visibility {
  const roll = random.next();
  return roll < 0.01 ? 'private' : roll < 0.06 ? 'organisation' : 'public';
}

/**
 * Sociability weights, capped so the top connector's expected degree is about people/8 (at most
 * 1,000): realistic hubs, and small networks are not swallowed by one person.
 */
function weightsOf(random: Random, layout: Layout, people: number, target: number): Float64Array {
  const meanDegree = (2 * target) / people;
  const meanWeight = ALPHA / (ALPHA - 1);
  const cap = Math.max(2, (Math.min(1000, people / 8) / meanDegree) * meanWeight);
  const weights = new Float64Array(people);
  for (let p = 0; p < people; p++) weights[p] = random.pareto(ALPHA, cap);
  for (let o = 0; o < layout.organisations.length; o++) {
    const leader = layout.orgPersonStart[o] as number;
    weights[leader] = Math.min(cap, (weights[leader] as number) * LEADER_BOOST);
  }
  let sum = 0;
  for (let p = 0; p < people; p++) weights[p] = sum += weights[p] as number;
  return weights; // now running totals
}

export function buildTies(
  random: Random,
  layout: Layout,
  personOrg: Int32Array,
  personIds: readonly string[],
): TieRow[] {
  const people = personIds.length;
  const target = tieTarget(people);
  const cumulative = weightsOf(random, layout, people, target);
  const total = cumulative[people - 1] as number;
  /** A person from [from, to), chosen by weight. */
  const drawIn = (from: number, to: number): number => {
    const low = from === 0 ? 0 : (cumulative[from - 1] as number);
    return searchCumulative(cumulative, low + random.next() * ((cumulative[to - 1] as number) - low), from, to);
  };

  const pairs = new PairSet(people, target);
  const ends = new Int32Array(target * 2);
  const scopes = new Uint8Array(target);
  let count = 0;
  // Rejections (self-pairs, repeats in small organisations) cost attempts; the cap stops a
  // pathological tiny network from spinning.
  for (let attempt = 0; count < target && attempt < target * 20; attempt++) {
    const a = searchCumulative(cumulative, random.next() * total);
    const o = personOrg[a] as number;
    const orgStart = layout.orgPersonStart[o] as number;
    const orgEnd = layout.orgPersonStart[o + 1] as number;
    const cluster = layout.clusters[layout.orgCluster[o] as number]!;
    // In a big organisation most ties are colleagues; in a 4-person NPO most are in the cluster.
    const orgShare = 0.6 * Math.min(1, (orgEnd - orgStart - 1) / 12);
    const roll = random.next();
    let scope: number;
    let b: number;
    if (roll < orgShare) [scope, b] = [ORGANISATION, drawIn(orgStart, orgEnd)];
    else if (roll < orgShare + (1 - orgShare) * (1 - BRIDGE_SHARE))
      [scope, b] = [CLUSTER, drawIn(cluster.personStart, cluster.personEnd)];
    else [scope, b] = [BRIDGE, drawIn(0, people)];
    if (a === b || !pairs.add(a, b)) continue;
    // Stored from the end drawn first, so "from" is not systematically the lower id.
    ends[2 * count] = a;
    ends[2 * count + 1] = b;
    scopes[count] = scope;
    count++;
  }
  return tieRows(random, layout, personOrg, personIds, ends, scopes, count);
}

function tieRows(
  random: Random,
  layout: Layout,
  personOrg: Int32Array,
  personIds: readonly string[],
  ends: Int32Array,
  scopes: Uint8Array,
  count: number,
): TieRow[] {
  // Contexts are built once per organisation and cluster and shared by all their ties.
  const orgContexts = new Array<string | undefined>(layout.organisations.length);
  const clusterContexts = layout.clusters.map((c) => [
    `${c.place.short[0]}の${c.theme.label}ネットワークで知り合った`,
    `${c.place.short[0]}の${c.theme.label}の勉強会で一緒になった`,
    `${c.theme.label}の合同イベントを一緒に運営した`,
    '地域の連絡会で顔を合わせる',
  ]);
  const span = LATEST_DAY - EARLIEST_CONTACT_DAY;
  const ties = new Array<TieRow>(count);
  for (let i = 0; i < count; i++) {
    const a = ends[2 * i] as number;
    const b = ends[2 * i + 1] as number;
    const scope = scopes[i] as number;
    const o = personOrg[a] as number;
    let context: string;
    if (scope === ORGANISATION) {
      const org = layout.organisations[o]!;
      context = orgContexts[o] ??= SECTOR_SPECS[org.sector].colleagues(layout.shortNames[o] as string);
    } else if (scope === CLUSTER) context = random.pick(clusterContexts[layout.orgCluster[o] as number]!);
    else context = random.pick(GENERAL_CONTEXTS);
    const lastContact = LATEST_DAY - Math.floor(span * Math.pow(random.next(), RECENCY[scope] as number));
    ties[i] = {
      personId: personIds[a] as string,
      otherPersonId: personIds[b] as string,
      strength: random.weightedIndex(STRENGTHS[scope]!) + 1,
      lastContact: dateOf(lastContact),
      context,
      visibility: visibilityOf(random),
      source: 'synthetic',
    };
  }
  return ties;
}
