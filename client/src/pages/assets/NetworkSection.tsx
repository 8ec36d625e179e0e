/**
 * Network-wide analysis, run on the server as a background job (it can take a minute on a
 * national network): start it, follow its progress, then read the brokers, the communities and
 * the overlays on the organisation's graph.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OrganisationAssetsQuery as Assets, NodeKind } from '../../gql/graphql.ts';
import { nodeLabel } from '../../graph/elements.ts';
import { nameIn } from '../../graph/names.ts';
import type { Language } from '../../i18n/languages.ts';
import { formatNumber, formatPercent } from '../../ui/format.ts';
import { NetworkAnalysisQuery, OverlayGraphQuery, StartAnalysisMutation } from './assets-queries.ts';
import { communityColour, OverlayGraph, type OverlayNode } from './OverlayGraph.tsx';
import { NodeLink } from './parts.tsx';

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
      {result && (
        <p className="assets-note" data-testid="analysis-summary">
          {result.betweennessExact
            ? t('assets.network.exact', { people: formatNumber(result.people, language) })
            : t('assets.network.sampled', {
                samples: result.betweennessSamples,
                error: result.errorBound.toFixed(3),
                confidence: formatPercent(result.confidence, language),
              })}{' '}
          {t('assets.network.modularity', { value: result.modularity.toFixed(3) })}
        </p>
      )}
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
      </div>
      <OverlayGraph nodes={overlay.nodes} edges={overlay.edges} onOpenNode={onOpenNode} />
      {result && (
        <div className="assets-columns">
          <table className="assets-table" data-testid="brokers-table">
            <caption>{t('assets.network.brokers')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assets.network.person')}</th>
                <th scope="col" className="assets-num-cell">
                  {t('assets.network.betweenness')}
                </th>
                <th scope="col" className="assets-num-cell">
                  {t('assets.network.constraint')}
                </th>
                <th scope="col">{t('assets.network.sectors')}</th>
              </tr>
            </thead>
            <tbody>
              {result.brokers.map((b) => (
                <tr key={b.person.key}>
                  <th scope="row">
                    <NodeLink node={b.person} language={language} onOpen={onOpenNode} />
                  </th>
                  <td className="assets-number assets-num-cell">{b.betweenness.toFixed(3)}</td>
                  <td className="assets-number assets-num-cell">
                    {b.constraint === null || b.constraint === undefined ? '—' : b.constraint.toFixed(2)}
                  </td>
                  <td className="assets-sectors-cell">{b.sectors.map((s) => t(`sector.${s}`)).join('・')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div>
            <h3>{t('assets.network.communities')}</h3>
            <ul className="assets-communities">
              {result.communities.map((c) => (
                <li key={c.id}>
                  <span
                    className="assets-community-swatch"
                    style={{ background: communityColour(c.id) }}
                    aria-hidden="true"
                  />
                  <strong>
                    {t('assets.network.community', { id: c.id + 1, size: formatNumber(c.size, language) })}
                  </strong>{' '}
                  {c.skills.map((s) => nameIn(s.skill, language)).join('・')}
                  {c.sectors.length > 0 && (
                    <span className="assets-muted"> ({c.sectors.map((s) => t(`sector.${s.sector}`)).join('・')})</span>
                  )}
                </li>
              ))}
            </ul>
          </div>
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
