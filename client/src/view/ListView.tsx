/**
 * The map as tables, for keyboard and screen-reader users and for anyone who prefers lists:
 * every shown node (sortable by name, kind, steps from the centre, number of links) and every
 * shown link. Names are buttons that select the node, exactly like a click on the map. A large
 * map draws only the rows in view (ui/DataTable.tsx), so thousands of nodes scroll smoothly.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeLabel, type GraphData, type GraphNode } from '../graph/elements.ts';
import type { Language } from '../i18n/languages.ts';
import { DataTable, type DataColumn } from '../ui/DataTable.tsx';
import { formatDate, formatNumber } from '../ui/format.ts';
import { KindIcon } from '../ui/KindIcon.tsx';

type GraphEdge = GraphData['edges'][number];

interface Props {
  graph: GraphData;
  language: Language;
  selected: string | null;
  onSelect(key: string): void;
}

const KIND_ORDER = { PERSON: 0, ORGANISATION: 1, SKILL: 2, PROJECT: 3 } as const;
/** Below `from` rows every row is drawn (and found by the browser's find-in-page). */
const VIRTUAL = { from: 200, rowHeight: 29 };

export function ListView({ graph, language, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const n = (value: number) => formatNumber(value, language);
  // Sorted by name first: rows equal in the chosen column keep this order.
  const nodes = useMemo(() => {
    const collator = new Intl.Collator(language, { numeric: true });
    return [...graph.nodes].sort((a, b) => collator.compare(nodeLabel(a, language), nodeLabel(b, language)));
  }, [graph, language]);
  const links = useMemo(() => {
    const count = new Map<string, number>();
    for (const e of graph.edges) {
      count.set(e.source, (count.get(e.source) ?? 0) + 1);
      count.set(e.target, (count.get(e.target) ?? 0) + 1);
    }
    return count;
  }, [graph]);
  const names = useMemo(() => new Map(graph.nodes.map((x) => [x.key, nodeLabel(x, language)])), [graph, language]);
  const nodeColumns = useMemo<DataColumn<GraphNode>[]>(
    () => [
      {
        id: 'name',
        header: t('list.name'),
        rowHeader: true,
        sortBy: (node) => nodeLabel(node, language),
        cell: (node) => (
          <button
            type="button"
            className="row-button"
            aria-current={node.key === selected ? 'true' : undefined}
            onClick={() => onSelect(node.key)}
          >
            <KindIcon kind={node.kind} sector={node.sector} size={14} />
            {nodeLabel(node, language)}
          </button>
        ),
      },
      {
        id: 'kind',
        header: t('list.kind'),
        sortBy: (node) => KIND_ORDER[node.kind],
        cell: (node) => (
          <>
            {t(`kind.${node.kind}`)}
            {node.sector && <span className="muted"> · {t(`sector.${node.sector}`)}</span>}
          </>
        ),
      },
      {
        id: 'depth',
        header: t('list.depth'),
        className: 'num',
        sortBy: (node) => node.depth,
        cell: (node) => formatNumber(node.depth, language),
      },
      {
        id: 'links',
        header: t('list.links'),
        className: 'num',
        descFirst: true,
        sortBy: (node) => links.get(node.key) ?? 0,
        cell: (node) => formatNumber(links.get(node.key) ?? 0, language),
      },
    ],
    [t, language, selected, onSelect, links],
  );
  const edgeColumns = useMemo<DataColumn<GraphEdge>[]>(
    () => [
      { id: 'from', header: t('list.from'), sortBy: (e) => names.get(e.source), cell: (e) => names.get(e.source) },
      {
        id: 'relation',
        header: t('list.relation'),
        sortBy: (e) => t(`edge.${e.type}`),
        cell: (e) => t(`edge.${e.type}`),
      },
      { id: 'to', header: t('list.to'), sortBy: (e) => names.get(e.target), cell: (e) => names.get(e.target) },
      { id: 'detail', header: t('list.detail'), cell: (e) => edgeDetail(e, language, t) },
    ],
    [t, language, names],
  );
  return (
    <div className="list-view">
      <DataTable
        className="data-table"
        caption={t('list.nodesCaption', { count: graph.nodes.length, value: n(graph.nodes.length) })}
        rows={nodes}
        columns={nodeColumns}
        rowKey={(node) => node.key}
        rowAttributes={(node) => ({ className: node.key === selected ? 'row-selected' : undefined })}
        initialSort={{ id: 'depth', desc: false }}
        language={language}
        virtual={VIRTUAL}
      />
      <DataTable
        className="data-table"
        caption={t('list.edgesCaption', { count: graph.edges.length, value: n(graph.edges.length) })}
        rows={graph.edges}
        columns={edgeColumns}
        rowKey={(edge) => edge.key}
        language={language}
        virtual={VIRTUAL}
      />
    </div>
  );
}

function edgeDetail(
  edge: GraphEdge,
  language: Language,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  const parts: string[] = [];
  if (edge.strength != null) parts.push(t('details.strength', { value: edge.strength }));
  if (edge.lastContact) parts.push(t('details.lastContact', { date: formatDate(edge.lastContact, language) }));
  if (edge.level != null) parts.push(t('details.level', { value: edge.level }));
  if (edge.priority != null) parts.push(t('details.priority', { value: edge.priority }));
  if (edge.role) parts.push(edge.role);
  return parts.join(language === 'ja' ? '・' : ' · ');
}
