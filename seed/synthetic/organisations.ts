/**
 * Clusters and organisations. A cluster is a region's theme community (大阪の多文化共生, 宮城の
 * 災害支援 …); organisations belong to one cluster, and people to one main organisation. Both are
 * laid out contiguously (cluster 0's organisations first, organisation 0's people first), so the
 * tie generator can sample "someone in my organisation / my cluster" as an index range, in O(1)
 * memory per organisation instead of member lists.
 */
import type { OrganisationRow, Sector } from '../../server/shared/dataset.ts';
import { organisationName } from './naming.ts';
import { PLACES, PLACE_CUMULATIVE, type Place } from './places.ts';
import { cumulativeOf, type Random } from './random.ts';
import { SECTOR_LIST, SECTOR_SPECS } from './sectors.ts';
import { THEMES, type Theme } from './themes.ts';

export interface Cluster {
  place: Place;
  theme: Theme;
  /** Organisations [orgStart, orgEnd) and people [personStart, personEnd) of the cluster. */
  orgStart: number;
  orgEnd: number;
  personStart: number;
  personEnd: number;
}

export interface Layout {
  clusters: Cluster[];
  organisations: OrganisationRow[];
  /** Name without the space after the legal form, for bios and tie contexts. */
  shortNames: string[];
  orgCluster: Int32Array;
  /** People orgPersonStart[o] … orgPersonStart[o + 1] − 1 have organisation o as main affiliation. */
  orgPersonStart: Int32Array;
  /** Founding year: nobody joins an organisation before it existed. */
  founded: Uint16Array;
}

/** Founding years by sector: NPO法人 exist since the 1998 law, prefectural offices for decades. */
const FOUNDED: Readonly<Record<Sector, readonly [number, number]>> = {
  npo: [1999, 2022],
  community: [1975, 2022],
  company: [1970, 2021],
  government: [1950, 2005],
  foundation: [1960, 2019],
  academia: [1950, 2010],
  other: [1950, 2015],
};

const HUBS = ['東京都', '大阪府', '神奈川県', '愛知県', '福岡県', '宮城県'].map((name) =>
  PLACES.find((p) => p.prefecture === name),
);

/** A few dozen clusters at 100k people; √ growth keeps them big enough to be communities. */
export function clusterCount(people: number): number {
  return Math.min(60, Math.max(3, Math.round(0.6 * Math.sqrt(people / 25))));
}

function makeClusters(random: Random, count: number): Cluster[] {
  const offset = random.int(0, THEMES.length - 1);
  return Array.from({ length: count }, (_, c) => ({
    // The sector's hubs always have a cluster; the rest of Japan is drawn by weight.
    place: (c < HUBS.length ? HUBS[c] : PLACES[random.weightedIndex(PLACE_CUMULATIVE)]) as Place,
    // Round-robin themes, so every theme (and with it every skill group) has a cluster.
    theme: THEMES[(offset + c) % THEMES.length] as Theme,
    orgStart: 0,
    orgEnd: 0,
    personStart: 0,
    personEnd: 0,
  }));
}

/** Draws organisations (cluster, sector, size) until everyone has a main organisation. */
function drawOrganisations(random: Random, people: number, clusters: readonly Cluster[]) {
  // Tokyo's clusters are bigger than Tottori's, but not 50 times bigger: √ of the place weight.
  const clusterCumulative = cumulativeOf(clusters.map((c) => (0.5 + random.next()) * Math.sqrt(c.place.weight)));
  const sectorCumulative = clusters.map((c) =>
    cumulativeOf(SECTOR_LIST.map((s) => SECTOR_SPECS[s].weight * (c.theme.sectorBoost[s] ?? 1))),
  );
  // No organisation may hold more than a tenth of a small network, or 2,000 people of a big one.
  const sizeCap = Math.max(1, Math.floor(people / 10));
  const drawn: { cluster: number; sector: Sector; size: number }[] = [];
  let remaining = people;
  while (remaining > 0) {
    const cluster = random.weightedIndex(clusterCumulative);
    // The first seven are one per sector, so even a small network has every sector.
    const sector =
      drawn.length < SECTOR_LIST.length
        ? (SECTOR_LIST[drawn.length] as Sector)
        : (SECTOR_LIST[random.weightedIndex(sectorCumulative[cluster] as Float64Array)] as Sector);
    const { base, alpha, cap } = SECTOR_SPECS[sector].size;
    let size = Math.min(remaining, sizeCap, cap, Math.max(1, Math.round(base * random.pareto(alpha, cap))));
    if (remaining - size < 3) size = remaining; // no one-person leftover organisation at the end
    drawn.push({ cluster, sector, size });
    remaining -= size;
  }
  return drawn;
}

export function buildLayout(random: Random, people: number): Layout {
  const clusters = makeClusters(random, clusterCount(people));
  const drawn = drawOrganisations(random, people, clusters);
  // Stable sort by cluster, so each cluster's organisations (and people) form one range.
  const order = drawn.map((_, i) => i).sort((a, b) => drawn[a]!.cluster - drawn[b]!.cluster || a - b);
  const count = order.length;
  const width = Math.max(5, String(count).length);
  const layout: Layout = {
    clusters,
    organisations: [],
    shortNames: [],
    orgCluster: new Int32Array(count),
    orgPersonStart: new Int32Array(count + 1),
    founded: new Uint16Array(count),
  };
  let person = 0;
  order.forEach((drawnIndex, o) => {
    const { cluster: c, sector, size } = drawn[drawnIndex]!;
    const cluster = clusters[c] as Cluster;
    const id = `so${String(o + 1).padStart(width, '0')}`;
    // Most organisations sit in their cluster's prefecture; some are national or neighbouring.
    const place = random.chance(0.85) ? cluster.place : (PLACES[random.weightedIndex(PLACE_CUMULATIVE)] as Place);
    const { short, ...names } = organisationName(random, sector, place, cluster.theme);
    layout.organisations.push({ id, ...names, sector, prefecture: place.prefecture, url: `https://${id}.example.jp` });
    layout.shortNames.push(short);
    layout.orgCluster[o] = c;
    const [from, to] = FOUNDED[sector];
    layout.founded[o] = random.int(from, to);
    layout.orgPersonStart[o] = person;
    person += size;
  });
  layout.orgPersonStart[count] = person;
  for (let c = 0, o = 0; c < clusters.length; c++) {
    const cluster = clusters[c] as Cluster;
    cluster.orgStart = o;
    while (o < count && layout.orgCluster[o] === c) o++;
    cluster.orgEnd = o;
    cluster.personStart = layout.orgPersonStart[cluster.orgStart] as number;
    cluster.personEnd = layout.orgPersonStart[o] as number;
  }
  return layout;
}

/** Main organisation of every person (inverse of orgPersonStart). */
export function personOrganisations(layout: Layout, people: number): Int32Array {
  const out = new Int32Array(people);
  for (let o = 0; o < layout.organisations.length; o++) {
    out.fill(o, layout.orgPersonStart[o] as number, layout.orgPersonStart[o + 1] as number);
  }
  return out;
}
