/**
 * A proposal as Markdown an NPO board can read, in Japanese or English regardless of the screen's
 * language: the needed skills, who on staff covers what, each outside expert with why them and
 * how we reach them, what is still missing, and how to read the figures.
 */
import type { TFunction } from 'i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { strengthLabel } from '../../introductions/strength.ts';
import { formatDate, formatPercent } from '../../ui/format.ts';
import { cohesionInWords, introductionsInWords } from './team-score.ts';
import { number, pathText, skillName, type Proposal, type Team } from './team-text.ts';

export function proposalMarkdown(
  proposal: Proposal,
  team: Team,
  t: TFunction,
  language: Language,
  today: string,
): string {
  const org = nameIn(proposal.organisation, language);
  const skill = (s: Parameters<typeof skillName>[0]) => skillName(s, language);
  const sep = language === 'ja' ? '、' : ', ';
  const colon = language === 'ja' ? '：' : ': ';
  const worded = (score: number) => ({
    strength: strengthLabel(score, t).toLowerCase(),
    score: formatPercent(score, language),
  });
  const lines = [
    `# ${t('teams.md.title', { org })}`,
    '',
    t('teams.md.date', { date: formatDate(today, language) }),
    '',
    t('teams.md.summary', { org, count: team.experts.length }),
    '',
    `## ${t('teams.md.skills')}`,
    '',
    ...requiredSkills(team).map((s) => `- ${skill(s)}`),
    '',
    `## ${t('teams.md.core')}`,
    '',
    ...(team.coreCoverage.length
      ? team.coreCoverage.map(
          (c) =>
            `- ${skill(c.covers.skill)}${colon}${nameIn(c.person, language)} (${t('teams.heldAs', { skill: skill(c.covers.heldSkill), level: c.covers.level })})`,
        )
      : [`- ${t('teams.none')}`]),
    '',
    `## ${t('teams.md.experts')}`,
    '',
  ];
  for (const e of team.experts) {
    const covers = e.covers
      .map((c) => `${skill(c.skill)} (${t('teams.heldAs', { skill: skill(c.heldSkill), level: c.level })})`)
      .join(sep);
    const hours = e.hoursPerMonth === null ? t('teams.hoursUnknown') : t('teams.hours', { count: e.hoursPerMonth });
    lines.push(
      `- ${t('teams.md.expertLine', { name: nameIn(e.person, language), covers, interpolation: { escapeValue: false } })}`,
      `  - ${t('teams.md.path', { path: pathText(e.introduction.people, language), ...worded(e.introduction.score) })}`,
      `  - ${hours}`,
    );
  }
  if (team.experts.length === 0) lines.push(`- ${t('teams.noExperts')}`);
  if (team.uncovered.length > 0) {
    lines.push('', `## ${t('teams.md.uncovered')}`, '');
    for (const u of team.uncovered) lines.push(`- ${skill(u.skill.skill)}${colon}${t(`teams.reason.${u.reason}`)}`);
  }
  lines.push('', `## ${t('teams.md.figures')}`, '', ...figureLines(team, t, language), '', t('teams.md.howToRead'), '');
  return lines.join('\n');
}

/** The team's figures in words, with the exact numbers in brackets for whoever wants them. */
function figureLines(team: Team, t: TFunction, language: Language): string[] {
  const intro = introductionsInWords(team);
  const cohesion = cohesionInWords(team);
  const word = (score: number) => strengthLabel(score, t).toLowerCase();
  const lines: string[] = [];
  if (intro)
    lines.push(
      `- ${t('teams.md.costLine', { strength: word(intro.score), score: formatPercent(intro.score, language), cost: number(team.introductionCost, language) })}`,
    );
  lines.push(
    cohesion
      ? `- ${t('teams.md.cohesionLine', { strength: word(cohesion.score), value: number(team.cohesion, language) })}`
      : `- ${t('teams.md.cohesionNone')}`,
  );
  return lines;
}

/** Every skill the team accounts for (covered by the core, by an expert, or not covered), once. */
function requiredSkills(team: Team) {
  const all = [
    ...team.coreCoverage.map((c) => c.covers.skill),
    ...team.experts.flatMap((e) => e.covers.map((c) => c.skill)),
    ...team.uncovered.map((u) => u.skill.skill),
  ];
  return all.filter((s, i) => all.findIndex((x) => x.id === s.id) === i);
}
