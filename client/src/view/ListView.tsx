/**
 * The map as tables, for keyboard and screen-reader users and for anyone who prefers lists:
 * every shown node (sortable by name, kind, steps from the centre, number of links) and every
 * shown link. Names are buttons that select the node, exactly like a click on the map.
 */
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nodeLabel, type GraphData, type GraphNode } from '../graph/elements.ts';
import type { Language } from '../i18n/languages.ts';
import { formatDate, formatNumber } from '../ui/format.ts';
import { KindIcon } from '../ui/KindIcon.tsx';

type SortKey = 'name' | 'kind' | 'depth' | 'links';

interface Props {
  graph: GraphData;
  language: Language;
  selected: string | null;
  onSelect(key: string): void;
}

const KIND_ORDER = { PERSON: 0, ORGANISATION: 1, SKILL: 2, PROJECT: 3 } as const;

function SortHeader(props: {
  id: SortKey;
  sort: SortKey;
  descending: boolean;
  onSort(id: SortKey): void;
  label: string;
}) {
  const { id, sort, descending, onSort, label } = props;
  const on = id === sort;
  return (
    <th scope="col" aria-sort={on ? (descending ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className="sort-button" onClick={() => onSort(id)}>
        {label}
        <span aria-hidden="true">{on ? (descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    </th>
  );
}

function useSortedNodes(graph: GraphData, language: Language, sort: SortKey, descending: boolean) {
  return useMemo(() => {
    const links = new Map<string, number>();
    for (const e of graph.edges) {
      links.set(e.source, (links.get(e.source) ?? 0) + 1);
      links.set(e.target, (links.get(e.target) ?? 0) + 1);
    }
    const collator = new Intl.Collator(language);
    const by: Record<SortKey, (a: GraphNode, b: GraphNode) => number> = {
      name: (a, b) => collator.compare(nodeLabel(a, language), nodeLabel(b, language)),
      kind: (a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
      depth: (a, b) => a.depth - b.depth,
      links: (a, b) => (links.get(a.key) ?? 0) - (links.get(b.key) ?? 0),
    };
    const sorted = [...graph.nodes].sort((a, b) => by[sort](a, b) || by.name(a, b));
    if (descending) sorted.reverse();
    return { sorted, links };
  }, [graph, language, sort, descending]);
}

export function ListView({ graph, language, selected, onSelect }: Props) {
  const { t } = useTranslation();
  const [sort, setSort] = useState<SortKey>('depth');
  const [descending, setDescending] = useState(false);
  const { sorted, links } = useSortedNodes(graph, language, sort, descending);
  const names = useMemo(() => new Map(graph.nodes.map((n) => [n.key, nodeLabel(n, language)])), [graph, language]);
  const onSort = (id: SortKey) => {
    setDescending(id === sort ? !descending : id === 'links');
    setSort(id);
  };
  const n = (value: number) => formatNumber(value, language);
  const header = { sort, descending, onSort };
  return (
    <div className="list-view">
      <table className="data-table">
        <caption>{t('list.nodesCaption', { count: graph.nodes.length, value: n(graph.nodes.length) })}</caption>
        <thead>
          <tr>
            <SortHeader id="name" label={t('list.name')} {...header} />
            <SortHeader id="kind" label={t('list.kind')} {...header} />
            <SortHeader id="depth" label={t('list.depth')} {...header} />
            <SortHeader id="links" label={t('list.links')} {...header} />
          </tr>
        </thead>
        <tbody>
          {sorted.map((node) => (
            <tr key={node.key} className={node.key === selected ? 'row-selected' : undefined}>
              <th scope="row">
                <button
                  type="button"
                  className="row-button"
                  aria-current={node.key === selected ? 'true' : undefined}
                  onClick={() => onSelect(node.key)}
                >
                  <KindIcon kind={node.kind} sector={node.sector} size={14} />
                  {nodeLabel(node, language)}
                </button>
              </th>
              <td>
                {t(`kind.${node.kind}`)}
                {node.sector && <span className="muted"> · {t(`sector.${node.sector}`)}</span>}
              </td>
              <td className="num">{n(node.depth)}</td>
              <td className="num">{n(links.get(node.key) ?? 0)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table">
        <caption>{t('list.edgesCaption', { count: graph.edges.length, value: n(graph.edges.length) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('list.from')}</th>
            <th scope="col">{t('list.relation')}</th>
            <th scope="col">{t('list.to')}</th>
            <th scope="col">{t('list.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {graph.edges.map((edge) => (
            <tr key={edge.key}>
              <td>{names.get(edge.source)}</td>
              <td>{t(`edge.${edge.type}`)}</td>
              <td>{names.get(edge.target)}</td>
              <td>{edgeDetail(edge, language, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function edgeDetail(
  edge: GraphData['edges'][number],
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
