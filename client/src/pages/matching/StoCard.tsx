/** One STO with their load against capacity and hours, and the organisations they serve or are proposed. */
import { useTranslation } from 'react-i18next';
import type { StoMatchingQuery as Result } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';
import type { Rule, StoPair } from './matching-state.ts';
import { MatchItem, type Match } from './MatchItem.tsx';

type Sto = Result['stoMatching']['stos'][number];

export function StoCard({
  sto: s,
  matches,
  language,
  ruleOf,
  onRule,
  onOpenNode,
}: {
  sto: Sto;
  matches: Match[];
  language: Language;
  ruleOf(pair: StoPair): Rule;
  onRule(pair: StoPair, rule: Rule): void;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  const full = Math.min(100, (100 * s.assigned) / Math.max(1, s.limit));
  return (
    <section
      className={`teams-card matching-sto${s.overCapacity ? ' matching-over' : ''}`}
      data-sto={s.sto.id}
      aria-label={nameIn(s.sto, language)}
    >
      <header className="teams-card-head">
        <h2>
          <button type="button" className="teams-link" onClick={() => onOpenNode(s.sto.key)}>
            {nameIn(s.sto, language)}
          </button>
        </h2>
        <span className={`teams-tag${s.sto.stoRole === 'STO_CANDIDATE' ? '' : ' teams-tag-accent'}`}>
          {s.sto.stoRole === 'STO_CANDIDATE' ? t('matching.candidate') : t('matching.sto')}
        </span>
      </header>
      <div className="matching-load">
        <span className="matching-load-bar" aria-hidden="true">
          <span style={{ width: `${full}%` }} />
        </span>
        <span data-testid="matching-load">{t('matching.load', { assigned: s.assigned, capacity: s.capacity })}</span>
        {s.hoursAvailable !== null && s.hoursAvailable !== undefined && (
          <span className="teams-muted" data-testid="matching-hours">
            {t('matching.loadHours', {
              assigned: formatNumber(s.hoursAssigned, language),
              available: formatNumber(s.hoursAvailable, language),
            })}
          </span>
        )}
        {s.overCapacity && (
          <strong className="matching-over-note" data-testid="matching-over">
            {t('matching.overCapacity')}
          </strong>
        )}
      </div>
      {matches.length === 0 ? (
        <p className="teams-muted">{t('matching.noMatches')}</p>
      ) : (
        <ul className="matching-orgs">
          {matches.map((x) => (
            <MatchItem
              key={x.organisation.id}
              match={x}
              language={language}
              rule={ruleOf({ stoId: x.sto.id, organisationId: x.organisation.id })}
              onRule={onRule}
              onOpenNode={onOpenNode}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
