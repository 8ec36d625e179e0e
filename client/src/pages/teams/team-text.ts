/**
 * Plain text of a proposal, shared by the cards and the Markdown export: skill names, a path as
 * "A → B → C", numbers in the reader's language.
 */
import type { ProposeTeamsQuery } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import { localeOf, type Language } from '../../i18n/languages.ts';

export type Proposal = ProposeTeamsQuery['proposeTeams'];
export type Team = Proposal['teams'][number];
export type Expert = Team['experts'][number];

export const skillName = (s: { nameJa?: string | null; nameEn?: string | null; id: string }, language: Language) =>
  nameIn(s, language) || s.id;

export const pathText = (people: { name: string; nameLatin?: string | null }[], language: Language) =>
  people.map((p) => nameIn(p, language)).join(' → ');

export const number = (x: number, language: Language, digits = 2) =>
  new Intl.NumberFormat(localeOf(language), { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(x);

type Held = { level: number; skill: { id: string }; heldSkill: Parameters<typeof skillName>[0] };

/** "level 5" when the person holds the skill itself, "holds Salesforce, level 4" when a narrower one. */
export const heldText = (t: (key: string, options?: Record<string, unknown>) => string, c: Held, language: Language) =>
  c.heldSkill.id === c.skill.id
    ? t('teams.heldLevel', { level: c.level })
    : t('teams.heldAs', { skill: skillName(c.heldSkill, language), level: c.level });

/** The rows of the comparison: every required skill and who covers it in each team. */
export function coverageRows(proposal: Proposal): { skillId: string; cells: (string | null)[] }[] {
  const ids = new Set<string>();
  for (const team of proposal.teams) {
    team.coreCoverage.forEach((c) => ids.add(c.covers.skill.id));
    team.experts.forEach((e) => e.covers.forEach((c) => ids.add(c.skill.id)));
    team.uncovered.forEach((u) => ids.add(u.skill.skill.id));
  }
  return [...ids].map((skillId) => ({
    skillId,
    cells: proposal.teams.map((team) => {
      const core = team.coreCoverage.find((c) => c.covers.skill.id === skillId);
      if (core) return `core:${core.person.key}`;
      const expert = team.experts.find((e) => e.covers.some((c) => c.skill.id === skillId));
      return expert ? expert.person.key : null;
    }),
  }));
}
