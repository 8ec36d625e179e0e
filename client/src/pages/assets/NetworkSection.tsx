/**
 * Network-wide analysis, run on the server as a background job (it can take a minute on a
 * national network): start it, follow its progress, then read the connectors (brokers), the
 * groups (communities) and the overlays on the organisation's graph.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets, NodeKind } from '../../gql/graphql.ts';
import { nodeLabel } from '../../graph/elements.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatPercent } from '../../ui/format.ts';
import { NetworkAnalysisQuery, OverlayGraphQuery, StartAnalysisMutation } from './assets-queries.ts';
import { AnalysisSummary, BrokersTable, CommunityList } from './NetworkTables.tsx';
import { OverlayGraph, type OverlayNode } from './OverlayGraph.tsx';
import { Term } from './parts.tsx';

interface Props {
  data: Assets['organisationAssets'];
  language: Language;
  onOpenNode(key: string): void;
}

const personId = (key: string) => key.slice('Person:'.length);

export function NetworkSection({ data, language, onOpenNode }: Props) {
  const { t } = useTranslation();
  const graph = useQuery(OverlayGraphQuery, { variables: { ids: [data.organisation.key] } });
  const people = useMemo(
    () => (graph.data?.neighbourhood.nodes ?? []).filter((n) => n.kind === 'PERSON').map((n) => personId(n.key)),
    [graph.data],
  );
  const [start, started] = useMutation(StartAnalysisMutation);
  const jobId = started.data?.startNetworkAnalysis.id ?? null;
  const analysis = useQuery(NetworkAnalysisQuery, { variables: { id: jobId, people }, pollInterval: 0 });
  const job = analysis.data?.networkAnalysis ?? null;
  const running = job?.state === 'RUNNING' || started.loading;
  const polling = job?.state === 'RUNNING';
  const { startPolling, stopPolling } = analysis;
  useEffect(() => {
    if (polling) startPolling(700);
    else stopPolling();
  }, [polling, startPolling, stopPolling]);
  const result = job?.state === 'DONE' ? job.result : null;
  const [sizeBy, setSizeBy] = useState<SizeMetric>('betweenness');
  const overlay = useOverlay(data, graph.data, result?.metrics ?? [], sizeBy, language);
  return (
    <section className="assets-card assets-wide" aria-labelledby="assets-network-title">
      <h2 id="assets-network-title">{t('assets.network.title')}</h2>
      <p className="assets-lead">{t('assets.network.lead')}</p>
      <div className="assets-job">
        <button
          type="button"
          className={job ? 'button' : 'button assets-primary'}
          disabled={running}
          onClick={() => void start()}
        >
          {job ? t('assets.network.rerun') : t('assets.network.start')}
        </button>
        {running && (
          <span role="status" className="assets-progress">
            <progress max={1} value={job?.progress ?? 0} />{' '}
            {t('assets.network.running', { percent: formatPercent(job?.progress ?? 0, language) })}
          </span>
        )}
        {job?.state === 'FAILED' && <span role="alert">{t('assets.network.failed')}</span>}
        {job?.stale && <span className="assets-muted">{t('assets.network.stale')}</span>}
      </div>
      {result && <AnalysisSummary result={result} language={language} />}
      <div className="assets-graph-tools">
        <label className="assets-select">
          <span className="assets-control-label">{t('assets.network.sizeBy')}</span>
          <select value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeMetric)}>
            {SIZE_METRICS.map((m) => (
              <option key={m} value={m}>
                {t(`assets.network.metric.${m}`)}
              </option>
            ))}
          </select>
        </label>
        <Term label={t('assets.network.sizeBy')} explain={t('assets.glossary.sizeBy')} />
      </div>
      <OverlayGraph nodes={overlay.nodes} edges={overlay.edges} onOpenNode={onOpenNode} />
      {result && (
        <div className="assets-columns">
          <BrokersTable brokers={result.brokers} language={language} onOpenNode={onOpenNode} />
          <CommunityList communities={result.communities} language={language} />
        </div>
      )}
    </section>
  );
}

type GraphData = {
  neighbourhood: {
    nodes: { key: string; kind: NodeKind; label: string; labelAlt?: string | null }[];
    edges: { key: string; source: string; target: string }[];
  };
};
type Metric = {
  betweenness: number;
  constraint?: number | null;
  effectiveSize?: number | null;
  community: number;
  person: { key: string };
};

export const SIZE_METRICS = ['betweenness', 'effectiveSize', 'openness'] as const;
export type SizeMetric = (typeof SIZE_METRICS)[number];

/** Openness = 1 − constraint, so that, like the others, bigger means more of a broker. */
function sizeOf(metric: Metric | undefined, by: SizeMetric): number | null {
  if (!metric) return null;
  if (by === 'betweenness') return metric.betweenness;
  if (by === 'effectiveSize') return metric.effectiveSize ?? null;
  return metric.constraint === null || metric.constraint === undefined ? null : Math.max(0, 1 - metric.constraint);
}

function useOverlay(
  data: Props['data'],
  graph: GraphData | undefined,
  metrics: Metric[],
  by: SizeMetric,
  language: Language,
) {
  return useMemo(() => {
    const byKey = new Map(metrics.map((m) => [m.person.key, m]));
    const spof = new Set([
      ...data.coverage.flatMap((c) => c.singlePoints.map((p) => p.key)),
      ...data.risks.filter((r) => r.lostNeeds.length > 0).map((r) => r.person.key),
    ]);
    const members = new Set(data.risks.map((r) => r.person.key));
    const nodes: OverlayNode[] = (graph?.neighbourhood.nodes ?? [])
      .filter((n) => n.kind === 'PERSON' || n.key === data.organisation.key)
      .map((n) => ({
        key: n.key,
        label: nodeLabel({ ...n, labelAlt: n.labelAlt ?? null }, language),
        kind: n.kind,
        member: members.has(n.key),
        size: sizeOf(byKey.get(n.key), by),
        community: byKey.get(n.key)?.community ?? null,
        spof: spof.has(n.key),
      }));
    return { nodes, edges: graph?.neighbourhood.edges ?? [] };
  }, [data, graph, metrics, by, language]);
}
