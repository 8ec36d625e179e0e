/** The alternatives side by side: for every required skill, who covers it in each team. */
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { ScoreWord } from './ScoreWord.tsx';
import { cohesionInWords, introductionsInWords } from './team-score.ts';
import { coverageRows, number, skillName, type Proposal } from './team-text.ts';

export function CompareTable({ proposal, language }: { proposal: Proposal; language: Language }) {
  const { t } = useTranslation();
  const people = new Map<string, string>();
  for (const p of proposal.core) people.set(p.key, nameIn(p, language));
  for (const team of proposal.teams) for (const e of team.experts) people.set(e.person.key, nameIn(e.person, language));
  const skills = new Map<string, string>();
  for (const team of proposal.teams) {
    for (const c of team.coreCoverage) skills.set(c.covers.skill.id, skillName(c.covers.skill, language));
    for (const e of team.experts) for (const c of e.covers) skills.set(c.skill.id, skillName(c.skill, language));
    for (const u of team.uncovered) skills.set(u.skill.skill.id, skillName(u.skill.skill, language));
  }
  return (
    <div className="teams-compare-wrap">
      <table className="teams-compare">
        <caption>{t('teams.compare')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('teams.skill')}</th>
            {proposal.teams.map((team) => (
              <th scope="col" key={team.rank}>
                {t('teams.team', { rank: team.rank })}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {coverageRows(proposal).map((row) => (
            <tr key={row.skillId}>
              <th scope="row">{skills.get(row.skillId)}</th>
              {row.cells.map((cell, i) => (
                <td key={i}>
                  {cell === null ? (
                    t('teams.none')
                  ) : cell.startsWith('core:') ? (
                    <>
                      {people.get(cell.slice(5))} <span className="teams-tag">{t('teams.byCore')}</span>
                    </>
                  ) : (
                    people.get(cell)
                  )}
                </td>
              ))}
            </tr>
          ))}
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
        </tbody>
      </table>
    </div>
  );
}
