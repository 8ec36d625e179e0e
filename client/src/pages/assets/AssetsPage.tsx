/**
 * The connection-assets dashboard for one organisation (`/assets?org=o07&hops=2`): reach by hops
 * and sector, coverage of its needs, key-person risk with handover plans, the trend, and the
 * network analysis with graph overlays. Every figure links to the people behind it, and every
 * person opens on the map.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import { formatDate } from '../../ui/format.ts';
import type { PageProps } from '../page-props.ts';
import { OrganisationAssetsQuery } from './assets-queries.ts';
import { CoverageSection } from './CoverageSection.tsx';
import { NetworkSection } from './NetworkSection.tsx';
import { ReachSection } from './ReachSection.tsx';
import { RiskSection } from './RiskSection.tsx';
import { TrendSection } from './TrendSection.tsx';
import { OrganisationPicker } from '../../ui/OrganisationPicker.tsx';
import '../../styles/assets.css';
import '../../styles/assets-terms.css';

interface State {
  org: string | null;
  hops: number;
}

function readState(): State {
  const params = new URLSearchParams(window.location.search);
  const hops = Number(params.get('hops'));
  return { org: params.get('org'), hops: [1, 2, 3].includes(hops) ? hops : 2 };
}

/** Keeps the page's own parameters in the URL (replace, not push: choices are not history). */
function writeState(state: State): void {
  const params = new URLSearchParams(window.location.search);
  if (state.org) params.set('org', state.org);
  else params.delete('org');
  params.set('hops', String(state.hops));
  window.history.replaceState(null, '', `${window.location.pathname}?${params.toString()}`);
}

export function AssetsPage({ language, onOpenNode }: PageProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>(readState);
  useEffect(() => writeState(state), [state]);
  useEffect(() => {
    const onPop = () => setState(readState());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const { data, loading, error } = useQuery(OrganisationAssetsQuery, {
    variables: { org: state.org ?? '', hops: state.hops },
    skip: !state.org,
  });
  const assets = data?.organisationAssets;
  return (
    <div className="page assets-page">
      <header className="assets-header">
        <div>
          <h1>{t('assets.title')}</h1>
          <p className="assets-lead">{t('assets.intro')}</p>
        </div>
        <div className="assets-controls">
          <OrganisationPicker
            language={language}
            label={t('assets.pickOrganisation')}
            placeholder={t('assets.pickPlaceholder')}
            className="assets-picker"
            labelClassName="assets-control-label"
            onPick={(org) => setState((s) => ({ ...s, org }))}
          />
          <div className="assets-hops" role="group" aria-labelledby="assets-hops-label">
            <span id="assets-hops-label" className="assets-control-label">
              {t('assets.hopsChoice')}
            </span>
            <div className="segmented">
              {[1, 2, 3].map((h) => (
                <button
                  key={h}
                  type="button"
                  aria-pressed={state.hops === h}
                  className={`segment${state.hops === h ? ' segment-on' : ''}`}
                  onClick={() => setState((s) => ({ ...s, hops: h }))}
                >
                  {t('assets.hopsLabel', { count: h })}
                </button>
              ))}
            </div>
          </div>
        </div>
      </header>
      {!state.org && <p className="assets-empty">{t('assets.choose')}</p>}
      {loading && (
        <p role="status" className="assets-status-line">
          {t('assets.loading')}
        </p>
      )}
      {error && (
        <p role="alert">{error.message.includes('no organisation') ? t('assets.notFound') : t('assets.error')}</p>
      )}
      {assets && (
        <>
          <div className="assets-org">
            <h2 className="assets-org-name" data-testid="assets-org">
              {nameIn(assets.organisation, language)}
            </h2>
            <p className="assets-org-meta">
              <span className="assets-chip">{t(`sector.${assets.organisation.sector}`)}</span>
              <span>{t('assets.membersCount', { count: assets.members })}</span>
              <span>{t('assets.asOf', { date: formatDate(assets.date, language) })}</span>
            </p>
          </div>
          <div className="assets-grid">
            <ReachSection data={assets} language={language} onOpenNode={onOpenNode} />
            <CoverageSection
              coverage={assets.coverage}
              hops={assets.hops}
              language={language}
              onOpenNode={onOpenNode}
            />
            <RiskSection data={assets} language={language} onOpenNode={onOpenNode} />
            <TrendSection org={assets.organisation.id} hops={assets.hops} language={language} />
            <NetworkSection data={assets} language={language} onOpenNode={onOpenNode} />
          </div>
        </>
      )}
    </div>
  );
}
