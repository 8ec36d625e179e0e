/**
 * STO–NPO matching (`/matching?cand=1&level=3`): proposes which organisations each STO should
 * serve, with each match explained (needs covered, current role or the introduction that links
 * them), each STO's load against capacity, and the organisations left without a proposal.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { PageProps } from '../page-props.ts';
import { formatNumber } from '../../ui/format.ts';
import { StoCard } from './StoCard.tsx';
import { StoMatchingQuery } from './matching-queries.ts';
import '../../styles/teams.css';
import '../../styles/teams-results.css';
import '../../styles/matching.css';

interface State {
  candidates: boolean;
  minLevel: number;
}

function readState(): State {
  const p = new URLSearchParams(window.location.search);
  const level = Number(p.get('level') ?? 3);
  return { candidates: p.get('cand') !== '0', minLevel: [1, 2, 3, 4, 5].includes(level) ? level : 3 };
}

export function MatchingPage({ language, onOpenNode }: PageProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>(readState);
  const [asked, setAsked] = useState<State | null>(null);
  useEffect(() => {
    const p = new URLSearchParams(window.location.search);
    p.set('cand', state.candidates ? '1' : '0');
    p.set('level', String(state.minLevel));
    window.history.replaceState(null, '', `${window.location.pathname}?${p.toString()}`);
  }, [state]);
  const { data, loading, error } = useQuery(StoMatchingQuery, {
    variables: { includeCandidates: asked?.candidates ?? true, minLevel: asked?.minLevel ?? 3 },
    skip: !asked,
  });
  const m = data?.stoMatching;
  return (
    <div className="page matching-page">
      <header className="teams-header">
        <h1>{t('matching.title')}</h1>
        <p className="teams-lead">{t('matching.intro')}</p>
      </header>
      <form
        className="teams-panel matching-form"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(state);
        }}
      >
        <label className="teams-check">
          <input
            type="checkbox"
            checked={state.candidates}
            onChange={(e) => setState((s) => ({ ...s, candidates: e.target.checked }))}
          />
          <span>{t('matching.includeCandidates')}</span>
        </label>
        <label className="teams-inline-field">
          <span className="teams-field-label">{t('matching.minLevel')}</span>
          <select
            className="teams-select"
            value={state.minLevel}
            onChange={(e) => setState((s) => ({ ...s, minLevel: Number(e.target.value) }))}
          >
            {[1, 2, 3, 4, 5].map((l) => (
              <option key={l} value={l}>
                {t('matching.levelAtLeast', { level: l })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="teams-primary">
          {t('matching.run')}
        </button>
      </form>
      {loading && (
        <p role="status" className="teams-status">
          {t('matching.loading')}
        </p>
      )}
      {error && (
        <p role="alert" className="teams-error">
          {t('matching.error')}
        </p>
      )}
      {m && (
        <>
          <div className="teams-panel matching-summary-panel">
            <p data-testid="matching-summary" className="matching-summary">
              {t('matching.summary', { matches: m.matches.length, coverage: formatNumber(m.coverage, language) })}
            </p>
            <p className="teams-hint">{t('matching.method')}</p>
          </div>
          <div className="matching-grid">
            {m.stos.map((s) => (
              <StoCard
                key={s.sto.key}
                sto={s}
                matches={m.matches.filter((x) => x.sto.id === s.sto.id)}
                language={language}
                onOpenNode={onOpenNode}
              />
            ))}
          </div>
          {m.unmatched.length > 0 && (
            <section className="teams-panel matching-unmatched">
              <h2>{t('matching.unmatched')}</h2>
              <ul>
                {m.unmatched.map((u) => (
                  <li key={u.organisation.id}>
                    <button type="button" className="teams-link" onClick={() => onOpenNode(u.organisation.key)}>
                      {nameIn(u.organisation, language)}
                    </button>
                    {language === 'ja' ? '：' : ': '}
                    <span className="teams-muted">
                      {u.capacityExhausted ? t('matching.capacityFull') : t('matching.noCover')}
                    </span>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </>
      )}
    </div>
  );
}
