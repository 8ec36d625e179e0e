/**
 * The explorer shell: header with search, the map with its toolbar and legend, the details of
 * the selected node, and a status line. The view (centre, depth, selection, language) lives in
 * the URL; see view/use-explorer.ts for the actions that change it.
 */
import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from './details/DetailsPanel.tsx';
import { CanvasToolbar } from './graph/CanvasToolbar.tsx';
import type { GraphCanvasHandle } from './graph/GraphCanvas.tsx';
import { Legend } from './graph/Legend.tsx';
import { NeighbourhoodQuery } from './graph/neighbourhood-query.ts';
import type { SearchHandle } from './search/SearchBox.tsx';
import { ErrorNotice } from './ui/ErrorNotice.tsx';
import { formatNumber } from './ui/format.ts';
import { Header } from './ui/Header.tsx';
import { StatsLine } from './ui/StatsLine.tsx';
import { Welcome } from './ui/Welcome.tsx';
import { useExplorer } from './view/use-explorer.ts';
import { PageHost } from './pages/PageHost.tsx';
import { usePage } from './view/pages.ts';

// Cytoscape and fcose are most of the bundle: load them beside the first screen, not before it.
const GraphCanvas = lazy(() => import('./graph/GraphCanvas.tsx').then((m) => ({ default: m.GraphCanvas })));

/** Nodes per ego network: enough to see a neighbourhood, few enough to read it. */
export const GRAPH_LIMIT = 200;

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

export function App() {
  const { t } = useTranslation();
  const { view, language, path, actions } = useExplorer();
  const page = usePage();
  const search = useRef<SearchHandle>(null);
  const canvas = useRef<GraphCanvasHandle>(null);
  const { data, previousData, loading, error, refetch } = useQuery(NeighbourhoodQuery, {
    variables: { ids: view.node ? [view.node] : [], depth: view.depth, limit: GRAPH_LIMIT },
    skip: !view.node,
  });
  const graph = view.node ? (data ?? previousData)?.neighbourhood : undefined;

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.metaKey || event.ctrlKey || event.altKey) return;
      if (event.key === '/') {
        event.preventDefault();
        search.current?.focus();
      } else if (event.key === 'Escape') {
        // Step back one thing at a time: the introduction path first, then the selection.
        if (path) actions.highlightPath(null);
        else actions.selectNode(null);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [actions, path]);

  const open = (key: string) => {
    if (graph?.nodes.some((n) => n.key === key)) actions.selectNode(key);
    else actions.focusNode(key);
  };

  return (
    <div className="app">
      <Header
        language={language}
        searchRef={search}
        onPick={actions.focusNode}
        onHome={actions.goHome}
        onLanguage={actions.setLanguage}
        page={page}
      />
      {page !== 'explore' ? (
        <PageHost page={page} language={language} onOpenNode={actions.focusNode} />
      ) : (
        <>
          <main className={view.selected ? 'workspace workspace-with-details' : 'workspace'}>
            <section className="canvas-area" aria-label={t('graph.label')}>
              <Suspense fallback={null}>
                <GraphCanvas
                  ref={canvas}
                  graph={graph}
                  centre={view.node}
                  selected={view.selected}
                  path={path}
                  language={language}
                  label={t('graph.help')}
                  onSelect={actions.selectNode}
                  onFocus={actions.focusNode}
                />
              </Suspense>
              {view.node ? (
                <>
                  <CanvasToolbar
                    depth={view.depth}
                    language={language}
                    counts={graph ? { nodes: graph.nodes.length, edges: graph.edges.length } : null}
                    loading={loading}
                    onDepth={actions.setDepth}
                    onFit={() => canvas.current?.fit()}
                  />
                  <div className="canvas-notices">
                    {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
                    {graph?.truncated && !loading && (
                      <p className="notice notice-info">
                        {t('graph.truncated', { limit: formatNumber(GRAPH_LIMIT, language) })}
                      </p>
                    )}
                  </div>
                  {graph && <Legend />}
                </>
              ) : (
                <Welcome onExample={(text) => search.current?.search(text)} />
              )}
            </section>
            {view.selected && (
              <DetailsPanel
                nodeKey={view.selected}
                isCentre={view.selected === view.node}
                language={language}
                onOpen={open}
                onCentre={actions.focusNode}
                onClose={() => actions.selectNode(null)}
                shownPath={path?.id ?? null}
                onShowPath={actions.highlightPath}
              />
            )}
          </main>
          <footer className="statusbar">
            <StatsLine language={language} />
            {view.node && <span className="statusbar-help">{t('graph.help')}</span>}
          </footer>
        </>
      )}
    </div>
  );
}
