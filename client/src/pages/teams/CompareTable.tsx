/**
 * The alternatives side by side: for every required skill, who covers it in each team. Skills
 * sort by name and each team's column by who covers the skill (uncovered last); the two figure
 * rows stay at the foot whatever the order.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { ScoreWord } from './ScoreWord.tsx';
import { cohesionInWords, introductionsInWords } from './team-score.ts';
import { coverageRows, number, skillName, type Proposal } from './team-text.ts';

type Coverage = ReturnType<typeof coverageRows>[number];

export function CompareTable({ proposal, language }: { proposal: Proposal; language: Language }) {
  const { t } = useTranslation();
  const rows = useMemo(() => coverageRows(proposal), [proposal]);
  const columns = useMemo((): DataColumn<Coverage>[] => {
    const people = new Map<string, string>();
    for (const p of proposal.core) people.set(p.key, nameIn(p, language));
    for (const team of proposal.teams)
      for (const e of team.experts) people.set(e.person.key, nameIn(e.person, language));
    const skills = new Map<string, string>();
    for (const team of proposal.teams) {
      for (const c of team.coreCoverage) skills.set(c.covers.skill.id, skillName(c.covers.skill, language));
      for (const e of team.experts) for (const c of e.covers) skills.set(c.skill.id, skillName(c.skill, language));
      for (const u of team.uncovered) skills.set(u.skill.skill.id, skillName(u.skill.skill, language));
    }
    const coverer = (cell: string | null) => (cell === null ? null : people.get(cell.replace(/^core:/, '')));
    return [
      {
        id: 'skill',
        header: t('teams.skill'),
        rowHeader: true,
        sortBy: (row) => skills.get(row.skillId),
        cell: (row) => skills.get(row.skillId),
      },
      ...proposal.teams.map((team, i): DataColumn<Coverage> => ({
        id: `team-${team.rank}`,
        header: t('teams.team', { rank: team.rank }),
        sortBy: (row) => coverer(row.cells[i] ?? null),
        cell: (row) => {
          const cell = row.cells[i] ?? null;
          if (cell === null) return t('teams.none');
          if (!cell.startsWith('core:')) return people.get(cell);
          return (
            <>
              {people.get(cell.slice(5))} <span className="teams-tag">{t('teams.byCore')}</span>
            </>
          );
        },
      })),
    ];
  }, [proposal, language, t]);
  const footer = (
    <>
      <tr className="teams-compare-figure">
        <th scope="row">{t('teams.compareIntroductions')}</th>
        {proposal.teams.map((team) => {
          const intro = introductionsInWords(team);
          return (
            <td key={team.rank} title={t('teams.costExact', { cost: number(team.introductionCost, language) })}>
              {intro ? <ScoreWord value={intro} language={language} /> : t('teams.noIntroductionsNeeded')}
            </td>
          );
        })}
      </tr>
      <tr className="teams-compare-figure">
        <th scope="row">{t('teams.compareCohesion')}</th>
        {proposal.teams.map((team) => {
          const cohesion = cohesionInWords(team);
          return (
            <td key={team.rank} title={t('teams.cohesionExact', { value: number(team.cohesion, language) })}>
              {cohesion ? <ScoreWord value={cohesion} language={language} /> : t('teams.cohesionNotApplicable')}
            </td>
          );
        })}
      </tr>
    </>
  );
  return (
    <div className="teams-compare-wrap">
      <DataTable
        className="teams-compare"
        caption={t('teams.compare')}
        rows={rows}
        columns={columns}
        rowKey={(row) => row.skillId}
        language={language}
        footer={footer}
      />
    </div>
  );
}
