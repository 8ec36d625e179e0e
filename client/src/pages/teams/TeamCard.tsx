/** One proposed team: who in the core covers what, the experts with why and how to reach them, and what stays uncovered. */
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { number, pathText, skillName, type Expert, type Team } from './team-text.ts';

interface Props {
  team: Team;
  total: number;
  language: Language;
  selected: boolean;
  onSelect(): void;
  onExclude(expert: Expert): void;
  onOpenNode(key: string): void;
}

export function TeamCard({ team, total, language, selected, onSelect, onExclude, onOpenNode }: Props) {
  const { t } = useTranslation();
  const colon = language === 'ja' ? '：' : ': ';
  const person = (p: { key: string; name: string; nameLatin?: string | null }) => (
    <button type="button" className="teams-link" onClick={() => onOpenNode(p.key)}>
      {nameIn(p, language)}
    </button>
  );
  return (
    <article
      className={`teams-card${selected ? ' selected' : ''}`}
      data-rank={team.rank}
      aria-label={t('teams.team', { rank: team.rank })}
    >
      <header>
        <h3>
          {t('teams.team', { rank: team.rank })}{' '}
          {team.rank === 1 && <span className="teams-badge">{t('teams.best')}</span>}
        </h3>
        <button type="button" onClick={onSelect} aria-pressed={selected}>
          {selected ? t('teams.selectedTeam') : t('teams.select')}
        </button>
      </header>
      <p className="teams-figures">
        <span title={t('teams.costHint')}>{t('teams.cost', { cost: number(team.introductionCost, language) })}</span>
        {' · '}
        <span title={t('teams.cohesionValueHint')}>
          {t('teams.cohesionValue', { value: number(team.cohesion, language) })}
        </span>
      </p>
      {team.coreCoverage.length > 0 && (
        <section>
          <h4>{t('teams.coreCovers')}</h4>
          <ul>
            {team.coreCoverage.map((c) => (
              <li key={c.covers.skill.id}>
                <strong>{skillName(c.covers.skill, language)}</strong>
                {colon}
                {person(c.person)}{' '}
                <span className="teams-muted">
                  {t('teams.heldAs', { skill: skillName(c.covers.heldSkill, language), level: c.covers.level })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section>
        <h4>{t('teams.experts')}</h4>
        {team.experts.length === 0 && <p className="teams-muted">{t('teams.noExperts')}</p>}
        <ul className="teams-experts">
          {team.experts.map((e) => (
            <li key={e.person.key} className="teams-expert" data-person={e.person.id}>
              <div>
                {person(e.person)}{' '}
                <span className="teams-muted">{t('teams.alsoIn', { count: e.teamsInAnswer, total })}</span>
              </div>
              <div>
                {t('teams.covers')}
                {colon}
                {e.covers
                  .map(
                    (c) =>
                      `${skillName(c.skill, language)} (${t('teams.heldAs', { skill: skillName(c.heldSkill, language), level: c.level })})`,
                  )
                  .join(language === 'ja' ? '、' : ', ')}
              </div>
              <div className="teams-path">
                {t('teams.introduction')}
                {colon}
                {pathText(e.introduction.people, language)}{' '}
                <span className="teams-muted">
                  {t('teams.introScore', { score: number(e.introduction.score, language, 3) })}
                </span>
              </div>
              <div className="teams-muted">
                {e.hoursPerMonth === null ? t('teams.hoursUnknown') : t('teams.hours', { count: e.hoursPerMonth })}{' '}
                <button type="button" className="teams-small" onClick={() => onExclude(e)}>
                  {t('teams.exclude', { name: nameIn(e.person, language) })}
                </button>
              </div>
            </li>
          ))}
        </ul>
      </section>
      {team.uncovered.length > 0 && (
        <section className="teams-uncovered">
          <h4>{t('teams.uncovered')}</h4>
          <ul>
            {team.uncovered.map((u) => (
              <li key={u.skill.skill.id}>
                <strong>{skillName(u.skill.skill, language)}</strong>
                {colon}
                {t(`teams.reason.${u.reason}`)}
              </li>
            ))}
          </ul>
        </section>
      )}
    </article>
  );
}
