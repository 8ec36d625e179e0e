/**
 * One organisation an STO serves today, is locked to, or is proposed for: the needs it covers,
 * how the STO already knows it, and the buttons that lock the pair or rule it out.
 */
import { useTranslation } from 'react-i18next';
import type { StoMatchingQuery as Result } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';
import { ScoreWord } from '../teams/ScoreWord.tsx';
import { heldText, number, skillName } from '../teams/team-text.ts';
import type { Rule, StoPair } from './matching-state.ts';

export type Match = Result['stoMatching']['matches'][number];

function Tie({ match, language }: { match: Match; language: Language }) {
  const { t } = useTranslation();
  if (match.currentRole)
    return <p className="matching-tie matching-tie-current">{t('matching.current', { role: match.currentRole })}</p>;
  if (!match.introduction) return <p className="matching-tie teams-muted">{t('matching.far')}</p>;
  const people = match.introduction.people;
  return (
    <p className="matching-tie">
      <span className="teams-line-label">{t('matching.viaLabel')}</span>
      <span className="teams-chain">
        {people.map((p, i) => (
          <span key={p.key}>
            {i > 0 && <span className="teams-arrow"> → </span>}
            {nameIn(p, language)}
          </span>
        ))}
      </span>{' '}
      <ScoreWord
        value={{ score: match.introduction.score }}
        language={language}
        title={t('matching.scoreExact', { score: number(match.introduction.score, language, 3) })}
      />
    </p>
  );
}

export function MatchItem({
  match,
  language,
  rule,
  onRule,
  onOpenNode,
}: {
  match: Match;
  language: Language;
  rule: Rule;
  onRule(pair: StoPair, rule: Rule): void;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  const pair = { stoId: match.sto.id, organisationId: match.organisation.id };
  const names = { sto: nameIn(match.sto, language), organisation: nameIn(match.organisation, language) };
  return (
    <li className="matching-org" data-org={match.organisation.id} data-status={match.status}>
      <div className="matching-org-head">
        <button type="button" className="teams-link" onClick={() => onOpenNode(match.organisation.key)}>
          {nameIn(match.organisation, language)}
        </button>
        <span className={`teams-tag matching-status matching-status-${match.status.toLowerCase()}`}>
          {t(`matching.status.${match.status}`)}
        </span>
        <span className="teams-tag" title={t('matching.coverageHint')}>
          {t('matching.coverage', {
            count: match.coveredNeeds.length,
            value: formatNumber(match.coverage, language),
          })}
        </span>
      </div>
      <ul className="matching-needs">
        {match.coveredNeeds.map((n) => (
          <li key={n.match.skill.id}>
            <strong>{skillName(n.match.skill, language)}</strong>{' '}
            <span className="teams-muted">
              {t('matching.need', { priority: n.priority, held: heldText(t, n.match, language) })}
            </span>
          </li>
        ))}
      </ul>
      <Tie match={match} language={language} />
      <div className="matching-rule-buttons">
        <button
          type="button"
          className="button matching-rule"
          aria-pressed={rule === 'lock'}
          aria-label={t('matching.lockLabel', names)}
          onClick={() => onRule(pair, rule === 'lock' ? 'none' : 'lock')}
        >
          {rule === 'lock' ? t('matching.unlock') : t('matching.lock')}
        </button>
        <button
          type="button"
          className="button matching-rule"
          aria-pressed={rule === 'forbid'}
          aria-label={t('matching.forbidLabel', names)}
          onClick={() => onRule(pair, rule === 'forbid' ? 'none' : 'forbid')}
        >
          {rule === 'forbid' ? t('matching.allow') : t('matching.forbid')}
        </button>
      </div>
    </li>
  );
}
