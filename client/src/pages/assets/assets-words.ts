/**
 * The network analysis and key-person figures in plain words (issue 16): a broker's betweenness
 * as the share of introduction routes through them, Burt's constraint as low/medium/high
 * dependence on a few contacts, modularity as how clearly the network splits into groups,
 * communities named after their skills and sectors, sector lists cut to the top few with counts,
 * and key-person rows that lose nothing. Plain functions of the answer, the language and a
 * translate function, so they are tested without React (test/unit/client-assets-words.test.ts).
 * The thresholds are explained in docs/assets.md (glossary).
 */
import type { Sector } from '../../gql/graphql.ts';
import { nameIn, type NameFields } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';

/** i18next's `t`, narrowed to what these functions use. */
export type Translate = (key: string, options?: Record<string, string | number>) => string;

/** Shares this small read "<1%" rather than "0%", which would say "on no route". */
const SMALLEST_SHOWN = 0.01;

/**
 * Normalised betweenness is the average share of the shortest routes between two other people
 * that pass through this person: 0.093 → "9%".
 */
export function routeShareText(betweenness: number, language: Language, t: Translate): string {
  if (betweenness <= 0) return t('assets.network.routesNone');
  const share =
    betweenness < SMALLEST_SHOWN
      ? t('assets.network.below', { value: formatPercent(SMALLEST_SHOWN, language) })
      : formatPercent(betweenness, language);
  return t('assets.network.routesShare', { share });
}

export type Dependence = 'low' | 'medium' | 'high';

/**
 * Burt's constraint of someone with n equally strong contacts who do not know each other is 1/n,
 * so < 0.2 reads "as free as more than 5 separate contacts" and ≥ 0.5 "as tied as 2 or fewer".
 * Null (no ties at all) has no level.
 */
export function dependenceLevel(constraint: number | null | undefined): Dependence | null {
  if (constraint === null || constraint === undefined || Number.isNaN(constraint)) return null;
  if (constraint < 0.2) return 'low';
  if (constraint < 0.5) return 'medium';
  return 'high';
}

export type Split = 'veryClear' | 'clear' | 'loose' | 'none';

/**
 * Modularity is the share of ties inside groups minus the share chance alone would put there:
 * above 0.5 more than half the ties stay inside their group; from about 0.3 the groups are
 * clear (Newman & Girvan 2004); below 0.15 there are hardly any.
 */
export function splitLevel(modularity: number): Split {
  if (modularity >= 0.5) return 'veryClear';
  if (modularity >= 0.3) return 'clear';
  if (modularity >= 0.15) return 'loose';
  return 'none';
}

export interface SectorCount {
  sector: Sector;
  count: number;
}

/** ["NPO 30名", "企業 12名", "大学・研究 8名", "ほか4"]: the largest `shown` sectors with counts, then how many more. */
export function sectorCountParts(
  counts: readonly SectorCount[],
  language: Language,
  t: Translate,
  shown = 3,
): string[] {
  const sorted = [...counts].sort((a, b) => b.count - a.count);
  const parts = sorted
    .slice(0, shown)
    .map((c) =>
      t('assets.network.sectorCount', { sector: t(`sector.${c.sector}`), n: formatNumber(c.count, language) }),
    );
  if (sorted.length > shown) parts.push(t('assets.network.moreSectors', { n: sorted.length - shown }));
  return parts;
}

/** The separator between the items of a list: 「、」 or ", ". */
export const listSeparator = (language: Language) => (language === 'ja' ? '、' : ', ');

/** "NPO 30名、企業 12名、大学・研究 8名、ほか4" / "Non-profit 30, Company 12, Academia 8, +4 more". */
export function sectorCountsText(counts: readonly SectorCount[], language: Language, t: Translate, shown = 3): string {
  if (counts.length === 0) return t('assets.none');
  return sectorCountParts(counts, language, t, shown).join(listSeparator(language));
}

export interface CommunityFields {
  id: number;
  skills: readonly { skill: NameFields }[];
  sectors: readonly SectorCount[];
}

const joinNames = (names: string[], language: Language) => names.join(language === 'ja' ? '・' : ' & ');

function baseName(c: CommunityFields, language: Language, t: Translate): string {
  const skills = c.skills.slice(0, 2).map((s) => nameIn(s.skill, language));
  if (skills.length > 0) return t('assets.network.groupBySkills', { skills: joinNames(skills, language) });
  const sectors = c.sectors.slice(0, 2).map((s) => t(`sector.${s.sector}`));
  if (sectors.length > 0) return t('assets.network.groupBySectors', { sectors: joinNames(sectors, language) });
  return t('assets.network.groupNumbered', { id: c.id + 1 });
}

/**
 * Each community named by its two most held skills (「子ども食堂運営・助成金申請のグループ」), else
 * by its sectors, else by number. Names that would repeat get their main sector added, then a
 * number, so that no two groups on the page read the same.
 */
export function communityNames(communities: readonly CommunityFields[], language: Language, t: Translate): string[] {
  const base = communities.map((c) => baseName(c, language, t));
  const repeated = (names: string[], i: number) => names.filter((n) => n === names[i]).length > 1;
  const withSector = base.map((name, i) => {
    const sector = communities[i]!.sectors[0];
    return repeated(base, i) && sector
      ? t('assets.network.groupIn', { name, sector: t(`sector.${sector.sector}`) })
      : name;
  });
  const seen = new Map<string, number>();
  return withSector.map((name, i) => {
    if (!repeated(withSector, i)) return name;
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : t('assets.network.groupAgain', { name, n });
  });
}

export interface RiskFields {
  lostPeople: number;
  lostOrganisations: readonly unknown[];
  lostSkills: readonly unknown[];
  lostNeeds: readonly unknown[];
}

/** Whether this member's departure would lose anything at all. */
export function losesSomething(r: RiskFields): boolean {
  return r.lostPeople > 0 || r.lostOrganisations.length > 0 || r.lostSkills.length > 0 || r.lostNeeds.length > 0;
}

export interface RiskRows<T> {
  rows: T[];
  /** Members left out whose departure would lose something (beyond the first `limit`). */
  hiddenWithLoss: number;
  /** Members left out whose departure would lose nothing. */
  hiddenNoLoss: number;
  /** Members whose departure would lose nothing, shown or not. */
  noLoss: number;
}

/**
 * The key-person rows to show: by default only the members whose departure loses something
 * (the server ranks them first), at most `limit`; everyone when `all`.
 */
export function riskRows<T extends RiskFields>(risks: readonly T[], all: boolean, limit = 15): RiskRows<T> {
  const withLoss = risks.filter(losesSomething);
  const noLoss = risks.length - withLoss.length;
  if (all) return { rows: [...risks], hiddenWithLoss: 0, hiddenNoLoss: 0, noLoss };
  const rows = withLoss.slice(0, limit);
  return { rows, hiddenWithLoss: withLoss.length - rows.length, hiddenNoLoss: noLoss, noLoss };
}
