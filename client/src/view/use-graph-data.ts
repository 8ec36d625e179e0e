/**
 * Loads what the map needs for a view (the ego network, the neighbours of expanded nodes, the
 * members of the organisation filter) and turns it into what is shown. Switching a filter only
 * recomputes; changing centre, depth, size or the skill filter asks the server again, showing
 * the previous answer meanwhile so the map never blinks empty.
 */
import { useQuery } from '@apollo/client/react';
import { useEffect, useMemo, useState } from 'react';
import type { GraphData } from '../graph/elements.ts';
import { NeighbourhoodQuery, OrganisationMembersQuery } from '../graph/neighbourhood-query.ts';
import { mergeGraphs, visibleGraph, type VisibleGraph } from '../graph/visible-graph.ts';
import type { ViewState } from './url-state.ts';

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
  const base = useQuery(NeighbourhoodQuery, {
    variables: { ids: view.node ? [view.node] : [], depth: view.depth, limit: view.limit, skills },
    skip: !view.node || injected !== null,
  });
  const expandedIds = view.expanded.slice(0, 50);
  const extra = useQuery(NeighbourhoodQuery, {
    variables: { ids: expandedIds, depth: 1, limit: view.limit, skills },
    skip: !view.node || expandedIds.length === 0 || injected !== null,
  });
  const members = useQuery(OrganisationMembersQuery, {
    variables: { id: view.filters.org ?? '' },
    skip: !view.filters.org,
  });

  const baseGraph = injected ?? (view.node ? (base.data ?? base.previousData)?.neighbourhood : undefined);
  const extraGraph = expandedIds.length > 0 ? (extra.data ?? extra.previousData)?.neighbourhood : undefined;
  const memberNodes = members.data?.organisation?.members.nodes;
  const orgMembers = useMemo(() => (memberNodes ? new Set(memberNodes.map((m) => m.person.key)) : null), [memberNodes]);

  const visible = useMemo(() => {
    if (!baseGraph || !view.node) return null;
    return visibleGraph(mergeGraphs(baseGraph, extraGraph), {
      centre: view.node,
      // An injected graph is drawn whole, connected to the centre or not.
      expanded: injected ? injected.nodes.map((n) => n.key) : view.expanded,
      hidden: view.hidden,
      filters: view.filters,
      orgMembers,
      today,
    });
  }, [baseGraph, extraGraph, injected, view.node, view.expanded, view.hidden, view.filters, orgMembers, today]);

  return {
    visible,
    loading: base.loading || extra.loading || members.loading,
    error: base.error ?? extra.error ?? members.error,
    refetch: () => {
      void base.refetch();
      if (expandedIds.length > 0) void extra.refetch();
    },
  };
}
