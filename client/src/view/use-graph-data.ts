/**
 * Loads what the map needs for a view (the ego network and the neighbours of expanded nodes) and
 * turns it into what is shown. Switching most filters only recomputes; changing centre, depth,
 * size or the skill or organisation filter asks the server again, showing
 * the previous answer meanwhile so the map never blinks empty.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { GraphData } from '../graph/elements.ts';
import { NeighbourhoodQuery } from '../graph/neighbourhood-query.ts';
import { mergeGraphs, visibleGraph, type VisibleGraph } from '../graph/visible-graph.ts';
import { asOfDay, type ViewState } from './url-state.ts';

export interface GraphDataState {
  visible: VisibleGraph | null;
  loading: boolean;
  error: unknown;
  refetch(): void;
}

const todayIso = () => new Date().toISOString().slice(0, 10);

/**
 * For the browser benchmark only: a graph handed to the page replaces what the server would
 * send, so drawing can be timed at sizes no ego network reaches.
 */
function useInjectedGraph(): GraphData | null {
  const [injected, setInjected] = useState<GraphData | null>(null);
  useEffect(() => {
    window.__tsunagariInject = (graph) => setInjected(graph);
    return () => {
      delete window.__tsunagariInject;
    };
  }, []);
  return injected;
}

export function useGraphData(view: ViewState): GraphDataState {
  const [today] = useState(todayIso);
  const injected = useInjectedGraph();
  const skills = view.filters.skill ? [view.filters.skill] : null;
  const organisation = view.filters.org;
  const asOf = asOfDay(view.year);
  const base = useQuery(NeighbourhoodQuery, {
    variables: { ids: view.node ? [view.node] : [], depth: view.depth, limit: view.limit, skills, organisation, asOf },
    skip: !view.node || injected !== null,
  });
  const expandedIds = view.expanded.slice(0, 50);
  const extra = useQuery(NeighbourhoodQuery, {
    variables: { ids: expandedIds, depth: 1, limit: view.limit, skills, organisation, asOf },
    skip: !view.node || expandedIds.length === 0 || injected !== null,
  });

  const baseGraph = injected ?? (view.node ? (base.data ?? base.previousData)?.neighbourhood : undefined);
  const extraGraph = expandedIds.length > 0 ? (extra.data ?? extra.previousData)?.neighbourhood : undefined;

  // A link with expansions is drawn once both answers are in, not the ego network first and the
  // expansions a moment later: the order the answers arrive in must not change the picture.
  const expansionsPending = expandedIds.length > 0 && !extraGraph && !extra.error && injected === null;
  const [held, setHeld] = useState<VisibleGraph | null>(null);
  const computed = useMemo(() => {
    if (!baseGraph || !view.node) return null;
    return visibleGraph(mergeGraphs(baseGraph, extraGraph), {
      centre: view.node,
      // An injected graph is drawn whole, connected to the centre or not.
      expanded: injected ? injected.nodes.map((n) => n.key) : view.expanded,
      hidden: view.hidden,
      filters: view.filters,
      // On the time slider, "last contact within a year" counts back from that year's end.
      today: asOf ?? today,
    });
  }, [baseGraph, extraGraph, injected, view.node, view.expanded, view.hidden, view.filters, today, asOf]);
  // Meanwhile, whatever was shown before stays (nothing, on a first visit).
  if (!expansionsPending && computed !== held) setHeld(computed);
  const visible = expansionsPending ? held : computed;

  return {
    visible,
    loading: base.loading || extra.loading,
    error: base.error ?? extra.error,
    refetch: () => {
      void base.refetch();
      if (expandedIds.length > 0) void extra.refetch();
    },
  };
}
