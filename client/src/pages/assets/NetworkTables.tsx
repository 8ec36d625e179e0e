/**
 * The network analysis in plain words: the main connectors (how many routes between others pass
 * through them, how much they depend on a few contacts, the sectors they reach) and the groups the
 * network splits into, named after their skills and sectors. Each plain figure keeps its exact
 * value in small print, and each term its explanation (docs/assets.md, glossary).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nameIn } from '../../graph/names.ts';
import type { NetworkAnalysisQuery } from '../../gql/graphql.ts';
import type { Language } from '../../i18n/languages.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { formatNumber } from '../../ui/format.ts';
import {
  communityNames,
  dependenceLevel,
  listSeparator,
  routeShareText,
  sectorCountParts,
  sectorCountsText,
  splitLevel,
  type SectorCount,
} from './assets-words.ts';
import { communityColour } from './OverlayGraph.tsx';
import { NodeLink, Term } from './parts.tsx';

type Result = NonNullable<NonNullable<NetworkAnalysisQuery['networkAnalysis']>['result']>;

export function AnalysisSummary({ result, language }: { result: Result; language: Language }) {
  const { t } = useTranslation();
  return (
    <p className="assets-summary" data-testid="analysis-summary">
      {t(`assets.network.split.${splitLevel(result.modularity)}`)}{' '}
      <Term label={t('assets.glossary.modularityTerm')} explain={t('assets.glossary.modularity')}>
        <span className="assets-muted">
          ({t('assets.network.modularity', { value: result.modularity.toFixed(3) })})
        </span>
      </Term>{' '}
      <span className="assets-muted">
        {result.betweennessExact
          ? t('assets.network.exact', { people: formatNumber(result.people, language) })
          : t('assets.network.sampled', {
              samples: formatNumber(result.betweennessSamples, language),
              error: (result.errorBound * 100).toFixed(1),
              confidence: Math.round(result.confidence * 100),
            })}
      </span>
    </p>
  );
}

type Broker = Result['brokers'][number];

/**
 * The main connectors, in the analysis's order (most routes first) until a header sorts them:
 * by name, routes, dependence (no contacts last) or how many sectors they reach.
 */
export function BrokersTable({
  brokers,
  language,
  onOpenNode,
}: {
  brokers: Result['brokers'];
  language: Language;
  onOpenNode(key: string): void;
}) {
  const { t } = useTranslation();
  const columns = useMemo(
    (): DataColumn<Broker>[] => [
      {
        id: 'person',
        header: t('assets.network.person'),
        rowHeader: true,
        sortBy: (b) => nameIn(b.person, language),
        cell: (b) => <NodeLink node={b.person} language={language} onOpen={onOpenNode} />,
      },
      {
        id: 'betweenness',
        header: t('assets.network.betweenness'),
        headerExtra: <Term label={t('assets.network.betweenness')} explain={t('assets.glossary.betweenness')} />,
        descFirst: true,
        sortBy: (b) => b.betweenness,
        cell: (b) => (
          <>
            {routeShareText(b.betweenness, language, t)}
            <span className="assets-sub">
              {t('assets.network.betweennessFigure', { value: b.betweenness.toFixed(3) })}
            </span>
          </>
        ),
      },
      {
        id: 'constraint',
        header: t('assets.network.constraint'),
        headerExtra: <Term label={t('assets.network.constraint')} explain={t('assets.glossary.constraint')} />,
        sortBy: (b) => b.constraint,
        cell: (b) => <Dependence constraint={b.constraint} />,
      },
      {
        id: 'sectors',
        header: t('assets.network.sectors'),
        headerExtra: <Term label={t('assets.network.sectors')} explain={t('assets.glossary.sectors')} />,
        descFirst: true,
        sortBy: (b) => b.sectorCounts.length,
        className: 'assets-sectors-cell',
        cell: (b) => (
          <span title={sectorCountsText(b.sectorCounts, language, t, Infinity)}>
            <SectorList counts={b.sectorCounts} language={language} />
          </span>
        ),
      },
    ],
    [language, t, onOpenNode],
  );
  return (
    <DataTable
      className="assets-table"
      testId="brokers-table"
      caption={t('assets.network.brokers')}
      rows={brokers}
      columns={columns}
      rowKey={(b) => b.person.key}
      language={language}
    />
  );
}

function Dependence({ constraint }: { constraint: number | null | undefined }) {
  const { t } = useTranslation();
  const level = dependenceLevel(constraint);
  return (
    <>
      {level ? t(`assets.network.dependence.${level}`) : t('assets.network.noContacts')}
      {level && (
        <span className="assets-sub">
          {t('assets.network.constraintFigure', { value: (constraint ?? 0).toFixed(2) })}
        </span>
      )}
    </>
  );
}

export function CommunityList({ communities, language }: { communities: Result['communities']; language: Language }) {
  const { t } = useTranslation();
  const names = communityNames(communities, language, t);
  return (
    <div>
      <h3>
        <Term label={t('assets.network.communities')} explain={t('assets.glossary.community')}>
          {t('assets.network.communities')}
        </Term>
      </h3>
      <ul className="assets-communities" data-testid="communities">
        {communities.map((c, i) => (
          <li key={c.id}>
            <span
              className="assets-community-swatch"
              style={{ background: communityColour(c.id) }}
              aria-hidden="true"
            />
            <strong>{names[i]}</strong>
            <span className="assets-sub">
              {t('assets.network.groupSize', { count: c.size, size: formatNumber(c.size, language) })}
              {c.sectors.length > 0 && (
                <>
                  {' · '}
                  <SectorList counts={c.sectors} language={language} />
                </>
              )}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Sectors with counts, each kept on one line ("大学・研究 8名" never breaks inside). */
function SectorList({ counts, language }: { counts: readonly SectorCount[]; language: Language }) {
  const { t } = useTranslation();
  if (counts.length === 0) return <span className="assets-muted">{t('assets.none')}</span>;
  return (
    <>
      {sectorCountParts(counts, language, t).map((part, i) => (
        <span key={part}>
          {i > 0 && listSeparator(language)}
          <span className="assets-nowrap">{part}</span>
        </span>
      ))}
    </>
  );
}
