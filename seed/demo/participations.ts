/**
 * Project teams: drawn from the people who belonged to the lead and partner organisations while
 * the project ran (so "worked together in 2019" is consistent with membership dates), led by a
 * lead-organisation member, and joined by that NPO's STO when the project is about technology.
 */
import type {
  MembershipRow,
  OrganisationRow,
  ParticipationRow,
  Sector,
  SkillHoldingRow,
} from '../../server/shared/dataset.ts';
import { DEMO_LATEST_DATE } from './dates.ts';
import { profileOf } from './organisations.ts';
import type { ProjectSpec } from './projects.ts';
import type { Random } from './random.ts';

const TECH_WORDS = /kintone|Salesforce|システム|アプリ|データ|Web|チャットボット|デジタル|IoT|マップ|STO/;
const MIN_TEAM = 3;
const MAX_TEAM = 8;

interface TeamContext {
  random: Random;
  memberships: readonly MembershipRow[];
  skillsOf: ReadonlyMap<string, ReadonlySet<string>>;
  sectorOf: ReadonlyMap<string, Sector>;
}

export function buildParticipations(
  random: Random,
  specs: readonly ProjectSpec[],
  organisations: readonly OrganisationRow[],
  memberships: readonly MembershipRow[],
  holdings: readonly SkillHoldingRow[],
): ParticipationRow[] {
  const skillsOf = new Map<string, Set<string>>();
  for (const h of holdings) skillsOf.set(h.personId, (skillsOf.get(h.personId) ?? new Set()).add(h.skillId));
  const sectorOf = new Map(organisations.map((o) => [o.id, o.sector]));
  const ctx: TeamContext = { random, memberships, skillsOf, sectorOf };
  return specs.flatMap((spec) => {
    const team = pickTeam(ctx, spec);
    return team.map((personId, index) => ({
      projectId: spec.id,
      personId,
      role: index === 0 ? 'リーダー' : roleFor(ctx, personId, spec),
    }));
  });
}

/** Members of an organisation whose membership overlaps the project's dates. */
function activeMembers(ctx: TeamContext, organisationId: string, spec: ProjectSpec): MembershipRow[] {
  const end = spec.end ?? DEMO_LATEST_DATE;
  return ctx.memberships.filter(
    (m) =>
      m.organisationId === organisationId &&
      (m.since ?? '0000-01-01') <= end &&
      (m.until === undefined || m.until >= spec.start),
  );
}

function pickTeam(ctx: TeamContext, spec: ProjectSpec): string[] {
  const size = Math.min(MAX_TEAM, Math.max(MIN_TEAM, spec.team));
  const team: string[] = [];
  const add = (personId: string | undefined): void => {
    if (personId !== undefined && !team.includes(personId) && team.length < size) team.push(personId);
  };
  const lead = ctx.random.shuffle(activeMembers(ctx, spec.lead, spec).filter((m) => m.role !== 'STO'));
  const leadRoles = profileOf(spec.lead).leadRoles;
  // The leader is the hand-picked key person, else a senior person of the lead organisation.
  add(spec.leader ?? (lead.find((m) => leadRoles.includes(m.role ?? '')) ?? lead[0])?.personId);
  if (TECH_WORDS.test(`${spec.name}${spec.description}`)) addStos(ctx, spec, add);
  for (const partner of spec.partners)
    add(ctx.random.pick([...activeMembers(ctx, partner, spec), undefined])?.personId);
  const rest = ctx.random.shuffle([
    ...lead,
    ...lead,
    ...spec.partners.flatMap((partner) => activeMembers(ctx, partner, spec)),
  ]);
  for (const m of rest) add(m.personId);
  // Very small or very new organisations: fall back to anyone ever in the involved organisations.
  for (const organisationId of [spec.lead, ...spec.partners]) {
    for (const m of ctx.memberships) if (m.organisationId === organisationId && team.length < MIN_TEAM) add(m.personId);
  }
  return team;
}

/** The STO pilot brings every STO; other tech projects bring the lead NPO's own STO. */
function addStos(ctx: TeamContext, spec: ProjectSpec, add: (personId: string) => void): void {
  const pilot = spec.name.includes('STO');
  const stos = ctx.memberships.filter(
    (m) =>
      m.role === 'STO' &&
      (pilot || m.organisationId === spec.lead) &&
      (m.since ?? '') <= (spec.end ?? DEMO_LATEST_DATE),
  );
  for (const m of stos) add(m.personId);
}

/** A role that says what the person brought: a skill when they have a telling one, else their side. */
function roleFor(ctx: TeamContext, personId: string, spec: ProjectSpec): string {
  const skills = ctx.skillsOf.get(personId) ?? new Set<string>();
  const has = (...ids: string[]): boolean => ids.some((id) => skills.has(id));
  const own = ctx.memberships.filter((m) => m.personId === personId);
  if (own.some((m) => m.role === 'STO' && (m.organisationId === spec.lead || spec.name.includes('STO')))) return 'STO';
  if (
    has(
      'web-development',
      'frontend-development',
      'mobile-apps',
      'cloud-infrastructure',
      'kintone',
      'salesforce',
      'open-data',
    )
  ) {
    return 'エンジニア';
  }
  if (has('graphic-design', 'ux-design', 'service-design', 'accessibility')) return 'デザイナー';
  if (has('social-media', 'press-relations', 'video-production') && ctx.random.chance(0.7)) return '広報';
  if (has('data-protection-law', 'npo-law', 'contracts', 'labour-law', 'disability-discrimination-law'))
    return '法務アドバイザー';
  if (own.some((m) => m.organisationId === spec.lead))
    return ctx.random.pick(['コーディネーター', '運営スタッフ', 'ボランティア']);
  const side = own.find((m) => spec.partners.includes(m.organisationId));
  return SIDE_ROLE[ctx.sectorOf.get(side?.organisationId ?? '') ?? 'other'];
}

/** Role of a partner organisation's person, by what kind of partner it is. */
const SIDE_ROLE: Readonly<Record<Sector, string>> = {
  npo: '協力団体担当',
  government: '行政担当',
  company: 'プロボノ',
  foundation: '助成担当',
  academia: '調査・分析',
  community: '地域コーディネーター',
  other: '協力団体担当',
};
