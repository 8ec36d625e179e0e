/**
 * Reach by hops and sector: one row per hop count (people with an in-cell bar, organisations,
 * skills), a sector chart with its table for the chosen hops (SectorChart), and — for any figure —
 * the people behind it with a shortest warm path from a member.
 */
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets, Sector } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber } from '../../ui/format.ts';
import { ReachPeopleQuery } from './assets-queries.ts';
import { Bar, NodeLink, PathLine } from './parts.tsx';
import { SectorChart } from './SectorChart.tsx';

type Data = Assets['organisationAssets'];
interface Drill {
  hops: number;
  sector: Sector | null;
}

interface Props {
  data: Data;
  language: Language;
  onOpenNode(key: string): void;
}

export function ReachSection({ data, language, onOpenNode }: Props) {
  const { t } = useTranslation();
  const [drill, setDrill] = useState<Drill | null>(null);
  const max = Math.max(1, ...data.reach.map((h) => h.people));
  const current = data.reach[data.hops - 1]!;
  const n = (x: number) => formatNumber(x, language);
  return (
    <section className="assets-card" aria-labelledby="assets-reach-title">
      <h2 id="assets-reach-title">{t('assets.reach.title')}</h2>
      <p className="assets-lead">{t('assets.reach.lead', { members: data.members })}</p>
      <table className="assets-table assets-reach-table">
        <caption className="sr-only">{t('assets.reach.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assets.reach.hops')}</th>
            <th scope="col">{t('assets.reach.people')}</th>
            <th scope="col" className="assets-num-cell">
              {t('assets.reach.organisations')}
            </th>
            <th scope="col" className="assets-num-cell">
              {t('assets.reach.skills')}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.reach.map((h) => (
            <tr key={h.hops} className={h.hops === data.hops ? 'assets-current' : undefined}>
              <th scope="row">{t('assets.hopsLabel', { count: h.hops })}</th>
              <td>
                <button
                  type="button"
                  className="assets-figure"
                  data-testid={`reach-people-${h.hops}`}
                  onClick={() => setDrill({ hops: h.hops, sector: null })}
                  aria-label={t('assets.reach.showPeople', { count: h.people, hops: h.hops })}
                >
                  <Bar value={h.people} max={max} />
                  <span className="assets-number">{n(h.people)}</span>
                </button>
              </td>
              <td className="assets-number assets-num-cell">{n(h.organisations)}</td>
              <td className="assets-number assets-num-cell">{n(h.skills)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{t('assets.reach.bySector', { count: data.hops })}</h3>
      <SectorChart
        hops={data.hops}
        sectors={current.bySector}
        bridged={data.bridgedSectors}
        language={language}
        onDrill={(sector) => setDrill({ hops: data.hops, sector })}
      />
      <p className="assets-note">
        {t('assets.reach.bridges')}{' '}
        {data.bridgedSectors.length ? data.bridgedSectors.map((s) => t(`sector.${s}`)).join('・') : t('assets.none')}
      </p>
      {drill && (
        <ReachPeople
          org={data.organisation.id}
          drill={drill}
          language={language}
          onOpenNode={onOpenNode}
          onClose={() => setDrill(null)}
        />
      )}
    </section>
  );
}

function ReachPeople({
  org,
  drill,
  language,
  onOpenNode,
  onClose,
}: {
  org: string;
  drill: Drill;
  language: Language;
  onOpenNode(key: string): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const { data, loading } = useQuery(ReachPeopleQuery, { variables: { org, hops: drill.hops, sector: drill.sector } });
  const answer = data?.assetsReachPeople;
  return (
    <div className="assets-drill" role="region" aria-label={t('assets.reach.peopleTitle')}>
      <div className="assets-drill-head">
        <h3>
          {t('assets.reach.peopleTitle')} — {t('assets.hopsLabel', { count: drill.hops })}
          {drill.sector ? ` · ${t(`sector.${drill.sector}`)}` : ''}
        </h3>
        <button type="button" className="button" onClick={onClose}>
          {t('assets.close')}
        </button>
      </div>
      {loading && <p>{t('assets.loading')}</p>}
      {answer && (
        <>
          <p className="assets-muted">
            {t('assets.reach.shown', { shown: answer.people.length, total: answer.totalCount })}
          </p>
          <ol
            className="assets-people"
            data-testid="reach-people"
            tabIndex={0}
            aria-label={t('assets.reach.peopleTitle')}
          >
            {answer.people.map((p) => (
              <li key={p.person.key}>
                <span className="assets-person-head">
                  <NodeLink node={p.person} language={language} onOpen={onOpenNode} />
                  <span className="assets-hop-chip">{t('assets.reach.hopsAway', { count: p.hops })}</span>
                </span>
                <span className="assets-sub">
                  <span className="sr-only">{t('assets.reach.via')} </span>
                  <PathLine path={p.path} language={language} onOpen={onOpenNode} />
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
