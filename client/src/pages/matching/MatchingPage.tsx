/**
 * STO–NPO matching (`/matching?cand=1&level=3&hours=4`): proposes which organisations each STO
 * should serve. Today's assignments are kept unless the user allows changes, in which case the
 * page lists exactly what would move and why. Any pair can be locked or ruled out, from a match
 * or from the rules panel; each STO's load is shown against capacity and hours.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { PageProps } from '../page-props.ts';
import { formatNumber } from '../../ui/format.ts';
import { ChangesPanel } from './ChangesPanel.tsx';
import {
  readState,
  ruleOf,
  withRule,
  writeState,
  type MatchingState,
  type Rule,
  type StoPair,
} from './matching-state.ts';
import { RulesPanel } from './RulesPanel.tsx';
import { StoCard } from './StoCard.tsx';
import { StoMatchingQuery } from './matching-queries.ts';
import '../../styles/teams.css';
import '../../styles/teams-results.css';
import '../../styles/matching.css';

const variablesOf = (s: MatchingState) => ({
  includeCandidates: s.candidates,
  minLevel: s.minLevel,
  hoursPerOrganisation: s.hoursPerOrganisation,
  keepCurrent: s.keepCurrent,
  locked: s.locked,
  forbidden: s.forbidden,
});

export function MatchingPage({ language, onOpenNode }: PageProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<MatchingState>(() => readState(window.location.search));
  const [asked, setAsked] = useState<MatchingState | null>(null);
  const [announce, setAnnounce] = useState('');
  useEffect(() => {
    window.history.replaceState(null, '', `${window.location.pathname}?${writeState(state, window.location.search)}`);
  }, [state]);
  const { data, previousData, loading, error } = useQuery(StoMatchingQuery, {
    variables: asked ? variablesOf(asked) : undefined,
    skip: !asked,
  });
  // While a changed rule is being applied, keep showing the last answer instead of blanking the page.
  const m = (data ?? previousData)?.stoMatching;
  const setRule = (pair: StoPair, rule: Rule) => {
    const next = withRule(state, pair, rule);
    setState(next);
    if (asked) {
      setAsked({ ...asked, locked: next.locked, forbidden: next.forbidden });
      setAnnounce(t('matching.rulesChanged'));
    }
  };
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
          setAnnounce('');
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
        <label className="teams-inline-field">
          <span className="teams-field-label">{t('matching.hoursPerOrganisation')}</span>
          <input
            type="number"
            className="teams-number"
            min={1}
            max={160}
            step={1}
            required
            value={state.hoursPerOrganisation}
            onChange={(e) => {
              const hours = Number(e.target.value);
              if (Number.isInteger(hours) && hours >= 1 && hours <= 160)
                setState((s) => ({ ...s, hoursPerOrganisation: hours }));
            }}
          />
          <span className="teams-muted">{t('matching.hoursUnit')}</span>
        </label>
        <label className="teams-check">
          <input
            type="checkbox"
            checked={!state.keepCurrent}
            onChange={(e) => setState((s) => ({ ...s, keepCurrent: !e.target.checked }))}
          />
          <span>{t('matching.allowChanges')}</span>
        </label>
        <button type="submit" className="teams-primary">
          {t('matching.run')}
        </button>
      </form>
      <RulesPanel
        state={state}
        stos={m?.stos.map((s) => s.sto) ?? []}
        organisations={[
          ...(m?.matches.map((x) => x.organisation) ?? []),
          ...(m?.unmatched.map((u) => u.organisation) ?? []),
        ]}
        language={language}
        onRule={setRule}
      />
      <p role="status" className="teams-status">
        {loading ? t('matching.loading') : announce}
      </p>
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
          {(!m.keepCurrent || m.changes.length > 0) && (
            <ChangesPanel matching={m} language={language} onOpenNode={onOpenNode} />
          )}
          <div className="matching-grid">
            {m.stos.map((s) => (
              <StoCard
                key={s.sto.key}
                sto={s}
                matches={m.matches.filter((x) => x.sto.id === s.sto.id)}
                language={language}
                ruleOf={(pair) => ruleOf(state, pair)}
                onRule={setRule}
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
