/** What allowing changes would do: each current assignment that would end or move, with the reason. */
import { useTranslation } from 'react-i18next';
import type { StoMatchingQuery as Result } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';

type Matching = Result['stoMatching'];

export function ChangesPanel({
  matching: m,
  language,
  onOpenNode,
}: {
  matching: Matching;
  language: Language;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  const n = (x: number) => formatNumber(x, language);
  return (
    <section className="teams-panel matching-changes" aria-labelledby="matching-changes-title">
      <h2 id="matching-changes-title">{t('matching.changesTitle')}</h2>
      {m.coverageKeepingCurrent !== null && m.coverageKeepingCurrent !== undefined && (
        <p data-testid="matching-changes-lead">
          {t('matching.changesLead', { kept: n(m.coverageKeepingCurrent), coverage: n(m.coverage) })}
        </p>
      )}
      {m.changes.length === 0 ? (
        <p className="teams-muted">{t('matching.changesNone')}</p>
      ) : (
        <ul className="matching-change-list">
          {m.changes.map((c) => {
            const names = {
              organisation: nameIn(c.organisation, language),
              from: nameIn(c.from, language),
              to: c.to ? nameIn(c.to, language) : '',
            };
            return (
              <li
                key={`${c.from.id}:${c.organisation.id}`}
                data-testid="matching-change"
                data-org={c.organisation.id}
                data-reason={c.reason}
              >
                <button type="button" className="teams-link" onClick={() => onOpenNode(c.organisation.key)}>
                  {c.to ? t('matching.changeMove', names) : t('matching.changeEnd', names)}
                </button>
                <span className="matching-change-why">{t(`matching.reason.${c.reason}`)}</span>
                <span className="teams-muted">
                  {t('matching.changeFigures', { from: n(c.fromCoverage), to: n(c.toCoverage) })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
