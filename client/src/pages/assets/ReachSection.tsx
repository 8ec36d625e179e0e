/**
 * Reach by hops and sector: one row per hop count (people with an in-cell bar, organisations,
 * skills), a sector chart with its table for the chosen hops (SectorChart), and — for any figure —
 * the people behind it with a shortest warm path from a member.
 */
import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets, Sector } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { formatNumber } from '../../ui/format.ts';
import { ReachPeopleQuery } from './assets-queries.ts';
import { Bar, NodeLink, PathLine } from './parts.tsx';
import { SectorChart } from './SectorChart.tsx';

type Data = Assets['organisationAssets'];
type Hop = Data['reach'][number];
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
  // One row per hop count (at most three), in that order: nothing to sort or page.
  const columns = useMemo(
    (): DataColumn<Hop>[] => [
      {
        id: 'hops',
        header: t('assets.reach.hops'),
        rowHeader: true,
        cell: (h) => t('assets.hopsLabel', { count: h.hops }),
      },
      {
        id: 'people',
        header: t('assets.reach.people'),
        cell: (h) => (
          <button
            type="button"
            className="assets-figure"
            data-testid={`reach-people-${h.hops}`}
            onClick={() => setDrill({ hops: h.hops, sector: null })}
            aria-label={t('assets.reach.showPeople', { count: h.people, hops: h.hops })}
          >
            <Bar value={h.people} max={max} />
            <span className="assets-number">{formatNumber(h.people, language)}</span>
          </button>
        ),
      },
      {
        id: 'organisations',
        header: t('assets.reach.organisations'),
        className: 'assets-number assets-num-cell',
        cell: (h) => formatNumber(h.organisations, language),
      },
      {
        id: 'skills',
        header: t('assets.reach.skills'),
        className: 'assets-number assets-num-cell',
        cell: (h) => formatNumber(h.skills, language),
      },
    ],
    [t, language, max],
  );
  return (
    <section className="assets-card" aria-labelledby="assets-reach-title">
      <h2 id="assets-reach-title">{t('assets.reach.title')}</h2>
      <p className="assets-lead">{t('assets.reach.lead', { members: data.members })}</p>
      <DataTable
        className="assets-table assets-reach-table"
        caption={t('assets.reach.caption')}
        captionClassName="sr-only"
        rows={data.reach}
        columns={columns}
        rowKey={(h) => String(h.hops)}
        rowAttributes={(h) => ({ className: h.hops === data.hops ? 'assets-current' : undefined })}
        language={language}
      />
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
