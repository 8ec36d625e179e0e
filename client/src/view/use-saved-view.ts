/**
 * Opening a saved view: its query string becomes the explorer's view, and once the map for it is
 * drawn (every node of the answer on the canvas, the layout done) each node is put back where the
 * view had it. A shared link (`/?view=<id>`) opens the view on arrival, through the reader's own
 * sight (the server left out what they may not see).
 */
import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import type { GraphCanvasHandle } from '../graph/GraphCanvas.tsx';
import type { GraphData } from '../graph/elements.ts';
import type { SavedView } from './SavedViews.tsx';
import { SavedViewQuery } from './saved-views-query.ts';
import type { ExplorerActions } from './use-explorer.ts';

/** How long to wait for the canvas (loaded lazily) to hold the view's map, checking this often. */
const WAIT_MS = 15_000;
const EVERY_MS = 100;

export function useSavedView(
  actions: ExplorerActions,
  canvas: RefObject<GraphCanvasHandle | null>,
  graph: GraphData | undefined,
  loading: boolean,
): { open(view: SavedView): void; gone: boolean } {
  const [pending, setPending] = useState<SavedView | null>(null);
  const [gone, setGone] = useState(false);
  const client = useApolloClient();
  const arrived = useRef(false);

  const open = useCallback(
    (view: SavedView) => {
      setGone(view.state === '');
      if (view.state === '') return;
      actions.openState(view.state);
      setPending(view);
    },
    [actions],
  );

  // A shared link: `?view=<id>` on arrival.
  useEffect(() => {
    if (arrived.current) return;
    arrived.current = true;
    const id = new URLSearchParams(window.location.search).get('view');
    if (!id) return;
    client
      .query({ query: SavedViewQuery, variables: { id }, fetchPolicy: 'network-only' })
      .then(({ data }) => (data?.savedView ? open(data.savedView) : setGone(true)))
      .catch(() => setGone(true));
  }, [client, open]);

  useEffect(() => {
    if (!pending || loading || !graph) return;
    const keys = graph.nodes.map((n) => n.key);
    const started = Date.now();
    const timer = window.setInterval(() => {
      const done = canvas.current?.place(pending.positions, keys) ?? false;
      if (done || Date.now() - started > WAIT_MS) {
        window.clearInterval(timer);
        setPending(null);
      }
    }, EVERY_MS);
    return () => window.clearInterval(timer);
  }, [pending, loading, graph, canvas]);

  return { open, gone };
}
