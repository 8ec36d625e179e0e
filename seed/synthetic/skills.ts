/**
 * Skill holdings and NPO needs over the demo's skill hierarchy (same ids, so queries written for
 * the demo work on synthetic data). Holdings are concentrated by cluster theme and sector: a
 * civic-tech cluster's company people hold IT skills, a disaster cluster's NPO people hold
 * shelter and volunteer-centre skills. That concentration is what skill-matching benchmarks need:
 * a uniform spread would make every search return the same sized answer.
 */
import type { NeedRow, SkillHoldingRow, SkillRow } from '../../server/shared/dataset.ts';
import type { Cluster, Layout } from './organisations.ts';
import { cumulativeOf, type Random } from './random.ts';
import { SECTOR_SPECS } from './sectors.ts';

/** 1–4 skills a person, most people 2. */
const HOLDING_COUNTS = cumulativeOf([30, 35, 22, 13]);
/** Levels 1–5, most people self-rate 3. */
const LEVELS = cumulativeOf([10, 25, 35, 20, 10]);
/** Priorities 1–5: an NPO lists what it needs, so needs lean high. */
const PRIORITIES = cumulativeOf([5, 15, 30, 30, 20]);
/** What NPOs most often ask for help with, whatever their theme. */
const COMMON_NEEDS = [
  'grant-writing',
  'crowdfunding',
  'social-media',
  'kintone',
  'salesforce',
  'npo-accounting',
  'web-development',
  'data-analysis',
  'pr',
  'volunteer-management',
  'data-protection-law',
  'accessibility',
];

/** Picks `count` distinct skills, each from the theme, the sector or anywhere. */
function distinctSkills(
  random: Random,
  count: number,
  pools: readonly (readonly [readonly string[], number])[],
): string[] {
  const chosen: string[] = [];
  for (let attempt = 0; chosen.length < count && attempt < count * 8; attempt++) {
    let roll = random.next();
    let pool = pools[pools.length - 1]![0];
    for (const [candidates, share] of pools) {
      if (roll < share) {
        pool = candidates;
        break;
      }
      roll -= share;
    }
    const skill = random.pick(pool);
    if (!chosen.includes(skill)) chosen.push(skill);
  }
  return chosen;
}

export function buildSkillHoldings(
  random: Random,
  layout: Layout,
  personIds: readonly string[],
  skills: readonly SkillRow[],
): SkillHoldingRow[] {
  const everySkill = skills.map((s) => s.id);
  const holdings: SkillHoldingRow[] = [];
  for (let o = 0; o < layout.organisations.length; o++) {
    const cluster = layout.clusters[layout.orgCluster[o] as number] as Cluster;
    const sector = SECTOR_SPECS[layout.organisations[o]!.sector];
    const pools = [
      [cluster.theme.skills, 0.55],
      [sector.skills, 0.3],
      [everySkill, 0.15],
    ] as const;
    for (let p = layout.orgPersonStart[o] as number; p < (layout.orgPersonStart[o + 1] as number); p++) {
      const count = random.weightedIndex(HOLDING_COUNTS) + 1;
      for (const skillId of distinctSkills(random, count, pools)) {
        holdings.push({ personId: personIds[p] as string, skillId, level: random.weightedIndex(LEVELS) + 1 });
      }
    }
  }
  return holdings;
}

/** Every NPO needs 1–3 skills: some from its own theme, some of the perennial ones. */
export function buildNeeds(random: Random, layout: Layout): NeedRow[] {
  const needs: NeedRow[] = [];
  layout.organisations.forEach((organisation, o) => {
    if (organisation.sector !== 'npo') return;
    const cluster = layout.clusters[layout.orgCluster[o] as number] as Cluster;
    const pools = [
      [cluster.theme.skills, 0.5],
      [COMMON_NEEDS, 0.5],
    ] as const;
    for (const skillId of distinctSkills(random, random.int(1, 3), pools)) {
      needs.push({ organisationId: organisation.id, skillId, priority: random.weightedIndex(PRIORITIES) + 1 });
    }
  });
  return needs;
}
