/** One proposed team: who in the core covers what, the experts with why and how to reach them, and what stays uncovered. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import { SendRequest, useSendablePath } from '../../introductions/SendRequest.tsx';
import type { Language } from '../../i18n/languages.ts';
import { ScoreWord } from './ScoreWord.tsx';
import { cohesionInWords, introductionsInWords } from './team-score.ts';
import { heldText, number, skillName, type Expert, type Team } from './team-text.ts';

interface Props {
  team: Team;
  total: number;
  language: Language;
  selected: boolean;
  onSelect(): void;
  onExclude(expert: Expert): void;
  onOpenNode(key: string): void;
}

type Person = { key: string; name: string; nameLatin?: string | null };

function Figures({ team, language }: { team: Team; language: Language }) {
  const { t } = useTranslation();
  const intro = introductionsInWords(team);
  const cohesion = cohesionInWords(team);
  return (
    <dl className="teams-figures">
      <div title={t('teams.costExact', { cost: number(team.introductionCost, language) })}>
        <dt>{t('teams.introductionsFigure')}</dt>
        <dd className={intro ? undefined : 'teams-muted'}>
          {intro ? <ScoreWord value={intro} language={language} /> : t('teams.noIntroductionsNeeded')}
        </dd>
      </div>
      <div title={t('teams.cohesionExact', { value: number(team.cohesion, language) })}>
        <dt>{t('teams.cohesionFigure')}</dt>
        <dd className={cohesion ? undefined : 'teams-muted'}>
          {cohesion ? <ScoreWord value={cohesion} language={language} /> : t('teams.cohesionNotApplicable')}
        </dd>
      </div>
    </dl>
  );
}

function ExpertItem({
  expert: e,
  total,
  language,
  person,
  onExclude,
}: {
  expert: Expert;
  total: number;
  language: Language;
  person(p: Person): React.ReactNode;
  onExclude(expert: Expert): void;
}) {
  const { t } = useTranslation();
  const list = language === 'ja' ? '、' : ', ';
  // From the signed-in person (a core member), the expert's introduction can be asked for here.
  const sendPath = useSendablePath(e.introduction.people);
  const [asking, setAsking] = useState(false);
  const names = e.introduction.people.map((p) => nameIn(p, language));
  const skills = e.covers.map((c) => skillName(c.skill, language)).join(list);
  const [message, setMessage] = useState(() =>
    t('teams.requestMessage', { via: names[1], target: names.at(-1), skills, sender: names[0] }),
  );
  return (
    <li className="teams-expert" data-person={e.person.id}>
      <div className="teams-expert-head">
        <span className="teams-expert-name">{person(e.person)}</span>
        <span className="teams-tag">{t('teams.alsoIn', { count: e.teamsInAnswer, total })}</span>
      </div>
      <p className="teams-line">
        <span className="teams-line-label">{t('teams.covers')}</span>
        {e.covers
          .map((c) =>
            t('teams.coversItem', {
              skill: skillName(c.skill, language),
              held: heldText(t, c, language),
            }),
          )
          .join(list)}
      </p>
      <p className="teams-line teams-path">
        <span className="teams-line-label">{t('teams.introduction')}</span>
        <span className="teams-chain">
          {e.introduction.people.map((p, i) => (
            <span key={p.key}>
              {i > 0 && <span className="teams-arrow"> → </span>}
              {nameIn(p, language)}
            </span>
          ))}
        </span>{' '}
        <ScoreWord
          value={{ score: e.introduction.score }}
          language={language}
          title={t('teams.introScoreExact', { score: number(e.introduction.score, language, 3) })}
        />
      </p>
      <div className="teams-expert-foot">
        <span className="teams-muted">
          {e.hoursPerMonth === null ? t('teams.hoursUnknown') : t('teams.hours', { count: e.hoursPerMonth })}
        </span>
        {sendPath && !asking && (
          <button type="button" className="button teams-small" onClick={() => setAsking(true)}>
            {t('teams.askIntroduction')}
          </button>
        )}
        <button type="button" className="button teams-small" onClick={() => onExclude(e)}>
          {t('teams.exclude', { name: nameIn(e.person, language) })}
        </button>
      </div>
      {sendPath && asking && (
        <div className="request">
          <textarea
            className="request-text"
            value={message}
            rows={Math.min(10, message.split('\n').length + 1)}
            aria-label={t('intro.request.title')}
            onChange={(event) => setMessage(event.target.value)}
          />
          <SendRequest sendPath={sendPath} message={message} />
        </div>
      )}
    </li>
  );
}

export function TeamCard({ team, total, language, selected, onSelect, onExclude, onOpenNode }: Props) {
  const { t } = useTranslation();
  const colon = language === 'ja' ? '：' : ': ';
  const person = (p: Person) => (
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
      <header className="teams-card-head">
        <h3>
          {t('teams.team', { rank: team.rank })}
          {team.rank === 1 && <span className="teams-badge">{t('teams.best')}</span>}
        </h3>
        <button
          type="button"
          className={`button${selected ? ' is-on' : ''}`}
          onClick={onSelect}
          aria-pressed={selected}
        >
          {selected ? t('teams.selectedTeam') : t('teams.select')}
        </button>
      </header>
      <Figures team={team} language={language} />
      {team.coreCoverage.length > 0 && (
        <section className="teams-section">
          <h4>{t('teams.coreCovers')}</h4>
          <ul className="teams-core-list">
            {team.coreCoverage.map((c) => (
              <li key={c.covers.skill.id}>
                <strong>{skillName(c.covers.skill, language)}</strong>
                {colon}
                {person(c.person)} <span className="teams-muted">{heldText(t, c.covers, language)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="teams-section">
        <h4>{t('teams.experts')}</h4>
        {team.experts.length === 0 && <p className="teams-muted">{t('teams.noExperts')}</p>}
        <ul className="teams-experts">
          {team.experts.map((e) => (
            <ExpertItem
              key={e.person.key}
              expert={e}
              total={total}
              language={language}
              person={person}
              onExclude={onExclude}
            />
          ))}
        </ul>
      </section>
      {team.uncovered.length > 0 && (
        <section className="teams-section teams-uncovered">
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
