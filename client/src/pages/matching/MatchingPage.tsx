/**
 * STO–NPO matching (`/matching?cand=1&level=3`): proposes which organisations each STO should
 * serve, with each match explained (needs covered, current role or the introduction that links
 * them), each STO's load against capacity, and the organisations left without a proposal.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoMatchingQuery as Result } from '../../gql/graphql.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import type { PageProps } from '../page-props.ts';
import { number, pathText, skillName } from '../teams/team-text.ts';
import { StoMatchingQuery } from './matching-queries.ts';
import '../../styles/teams.css';

interface State {
  candidates: boolean;
  minLevel: number;
}

function readState(): State {
  const p = new URLSearchParams(window.location.search);
  const level = Number(p.get('level') ?? 3);
  return { candidates: p.get('cand') !== '0', minLevel: [1, 2, 3, 4, 5].includes(level) ? level : 3 };
}

type Match = Result['stoMatching']['matches'][number];

function MatchItem({
  match,
  language,
  onOpenNode,
}: {
  match: Match;
  language: Language;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  return (
    <li data-org={match.organisation.id}>
      <button type="button" className="teams-link" onClick={() => onOpenNode(match.organisation.key)}>
        {nameIn(match.organisation, language)}
      </button>{' '}
      <span className="teams-muted">{t('matching.coverage', { value: match.coverage })}</span>
      <ul>
        {match.coveredNeeds.map((n) => (
          <li key={n.match.skill.id}>
            {t('matching.need', {
              skill: skillName(n.match.skill, language),
              priority: n.priority,
              held: skillName(n.match.heldSkill, language),
              level: n.match.level,
            })}
          </li>
        ))}
        <li className="teams-muted">
          {match.currentRole
            ? t('matching.current', { role: match.currentRole })
            : match.introduction
              ? t('matching.via', {
                  path: pathText(match.introduction.people, language),
                  score: number(match.introduction.score, language, 3),
                })
              : t('matching.far')}
        </li>
      </ul>
    </li>
  );
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
      <h1>{t('matching.title')}</h1>
      <p className="matching-lead">{t('matching.intro')}</p>
      <form
        className="teams-options"
        onSubmit={(e) => {
          e.preventDefault();
          setAsked(state);
        }}
      >
        <label>
          <input
            type="checkbox"
            checked={state.candidates}
            onChange={(e) => setState((s) => ({ ...s, candidates: e.target.checked }))}
          />{' '}
          {t('matching.includeCandidates')}
        </label>
        <label>
          {t('matching.minLevel')}{' '}
          <select
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
      {loading && <p role="status">{t('matching.loading')}</p>}
      {error && <p role="alert">{t('matching.error')}</p>}
      {m && (
        <>
          <p data-testid="matching-summary">
            {t('matching.summary', { matches: m.matches.length, coverage: m.coverage })}
          </p>
          <p className="teams-muted">{t('matching.method')}</p>
          {m.stos.map((s) => {
            const mine = m.matches.filter((x) => x.sto.id === s.sto.id);
            return (
              <section
                key={s.sto.key}
                className="matching-sto"
                data-sto={s.sto.id}
                aria-label={nameIn(s.sto, language)}
              >
                <h2>
                  <button type="button" className="teams-link" onClick={() => onOpenNode(s.sto.key)}>
                    {nameIn(s.sto, language)}
                  </button>{' '}
                  <span className="teams-muted">
                    {s.sto.stoRole === 'STO_CANDIDATE' ? t('matching.candidate') : t('matching.sto')} ·{' '}
                    <span data-testid="matching-load">
                      {t('matching.load', { assigned: s.assigned, capacity: s.capacity })}
                    </span>
                    {s.sto.hoursPerMonth !== null && ` · ${t('matching.hours', { count: s.sto.hoursPerMonth })}`}
                  </span>
                </h2>
                {mine.length === 0 ? (
                  <p className="teams-muted">{t('matching.noMatches')}</p>
                ) : (
                  <ul>
                    {mine.map((x) => (
                      <MatchItem key={x.organisation.id} match={x} language={language} onOpenNode={onOpenNode} />
                    ))}
                  </ul>
                )}
              </section>
            );
          })}
          {m.unmatched.length > 0 && (
            <section>
              <h2>{t('matching.unmatched')}</h2>
              <ul>
                {m.unmatched.map((u) => (
                  <li key={u.organisation.id}>
                    {nameIn(u.organisation, language)}
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
