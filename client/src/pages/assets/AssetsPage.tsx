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
import { OrgPicker } from './OrgPicker.tsx';
import { ReachSection } from './ReachSection.tsx';
import { RiskSection } from './RiskSection.tsx';
import { TrendSection } from './TrendSection.tsx';
import '../../styles/assets.css';

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
          <OrgPicker language={language} onPick={(org) => setState((s) => ({ ...s, org }))} />
          <label>
            {t('assets.hopsChoice')}{' '}
            <select value={state.hops} onChange={(e) => setState((s) => ({ ...s, hops: Number(e.target.value) }))}>
              {[1, 2, 3].map((h) => (
                <option key={h} value={h}>
                  {t('assets.hopsLabel', { count: h })}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {!state.org && <p className="assets-empty">{t('assets.choose')}</p>}
      {loading && <p role="status">{t('assets.loading')}</p>}
      {error && (
        <p role="alert">{error.message.includes('no organisation') ? t('assets.notFound') : t('assets.error')}</p>
      )}
      {assets && (
        <>
          <h2 className="assets-org-name" data-testid="assets-org">
            {nameIn(assets.organisation, language)}{' '}
            <span className="assets-muted">
              {t(`sector.${assets.organisation.sector}`)} ·{' '}
              {t('assets.asOf', { date: formatDate(assets.date, language) })} ·{' '}
              {t('assets.membersCount', { count: assets.members })}
            </span>
          </h2>
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
