/**
 * The explorer's working area: the map (or its list view) with toolbar, filters, legend and node
 * menu, and the details of the selected node. All state is the URL's (use-explorer.ts); this
 * component wires the named actions to the toolbar, the canvas, the menu and the keyboard.
 */
import { lazy, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { DetailsPanel } from '../details/DetailsPanel.tsx';
import { CanvasToolbar } from '../graph/CanvasToolbar.tsx';
import type { ExportFormat } from '../graph/ExportMenu.tsx';
import type { GraphCanvasHandle } from '../graph/GraphCanvas.tsx';
import { LARGE_GRAPH } from '../graph/layout.ts';
import { Legend } from '../graph/Legend.tsx';
import { runNodeAction, type NodeAction } from '../graph/node-actions.ts';
import { webglHelpsLargeGraphs } from '../graph/webgl.ts';
import { NodeMenu } from '../graph/NodeMenu.tsx';
import type { SearchHandle } from '../search/SearchBox.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { formatNumber } from '../ui/format.ts';
import { Welcome } from '../ui/Welcome.tsx';
import { exportView } from './export-view.ts';
import { activeFilterCount } from './filters.ts';
import { FilterPanel } from './FilterPanel.tsx';
import { ListView } from './ListView.tsx';
import type { Explorer } from './use-explorer.ts';
import { SavedViews } from './SavedViews.tsx';
import { TimeSlider } from './TimeSlider.tsx';
import { layoutSeed, viewToSearch } from './url-state.ts';
import { useGraphData } from './use-graph-data.ts';
import { useSavedView } from './use-saved-view.ts';
import { useShortcuts } from './use-shortcuts.ts';

// Cytoscape and its extensions are most of the bundle: load them beside the first screen.
const GraphCanvas = lazy(() => import('../graph/GraphCanvas.tsx').then((m) => ({ default: m.GraphCanvas })));

interface Props {
  explorer: Explorer;
  search: RefObject<SearchHandle | null>;
}

export function Workspace({ explorer, search }: Props) {
  const { t } = useTranslation();
  const { view, language, path, actions } = explorer;
  const canvas = useRef<GraphCanvasHandle>(null);
  const [filtersOpen, setFiltersOpen] = useState(() => activeFilterCount(view.filters) > 0);
  const [menu, setMenu] = useState<{ key: string; at: { x: number; y: number } } | null>(null);
  const [webgl] = useState(webglHelpsLargeGraphs);
  const [viewsOpen, setViewsOpen] = useState(false);
  // On a phone the toolbar starts folded behind its menu button (styles/phone.css).
  const [folded, setFolded] = useState(true);
  const { visible, loading, error, refetch } = useGraphData(view);
  const graph = visible?.graph;
  const saved = useSavedView(actions, canvas, graph, loading);
  const large = (graph?.nodes.length ?? 0) >= LARGE_GRAPH;
  const mode = { large, webgl: large && webgl };

  const truncated = Boolean(graph?.truncated && !loading);
  // The filter panel floats over the map's left edge and the notices over its top: when one
  // appears, nothing may stay under it.
  useEffect(() => {
    canvas.current?.makeRoom();
  }, [filtersOpen, truncated, view.focus, error, folded, view.year]);

  const act = (action: NodeAction, key: string) => {
    runNodeAction(action, key, { actions, graph, centre: view.node });
  };
  useShortcuts({
    onSearch: () => search.current?.focus(),
    onEscape: () => {
      // Step back one thing at a time: the path first, then focus mode, then the selection.
      if (menu) setMenu(null);
      else if (path) actions.highlightPath(null);
      else if (view.focus) actions.toggleFocus(null);
      else actions.selectNode(null);
    },
    onNodeAction: (action) => {
      const { selected } = explorer.now();
      if (selected && graph?.nodes.some((n) => n.key === selected)) act(action, selected);
    },
    onMenu: () => {
      const cy = window.__tsunagari?.cy;
      const node = view.selected && cy ? cy.getElementById(view.selected) : null;
      if (node && node.nonempty()) setMenu({ key: view.selected!, at: node.renderedPosition() });
    },
  });

  const open = (key: string) => {
    if (graph?.nodes.some((n) => n.key === key)) actions.selectNode(key);
    else actions.focusNode(key);
  };
  const onExport = (format: ExportFormat) => {
    if (graph) void exportView(format, graph, view, language, canvas.current);
  };

  return (
    <main className={view.selected ? 'workspace workspace-with-details' : 'workspace'}>
      <section className="canvas-area" aria-label={t('graph.label')}>
        <div className={view.display === 'list' ? 'canvas-layer canvas-layer-hidden' : 'canvas-layer'}>
          <Suspense fallback={null}>
            <GraphCanvas
              key={large ? 'large' : 'small'}
              ref={canvas}
              graph={graph}
              centre={view.node}
              selected={view.selected}
              path={path}
              language={language}
              label={t('graph.help')}
              layout={view.layout}
              focus={view.focus}
              expanded={view.expanded}
              seed={loading ? null : layoutSeed(view)}
              mode={mode}
              onSelect={actions.selectNode}
              onExpand={actions.expandNode}
              onMenu={(key, at) => setMenu({ key, at })}
            />
          </Suspense>
        </div>
        {view.node ? (
          <>
            {/* Top to bottom: toolbar, notices, list; the filter panel floats on the left. */}
            <div className="canvas-column">
              <CanvasToolbar
                depth={view.depth}
                layout={view.layout}
                limit={view.limit}
                display={view.display}
                language={language}
                counts={
                  visible
                    ? {
                        nodes: visible.graph.nodes.length,
                        edges: visible.graph.edges.length,
                        loadedNodes: visible.loaded.nodes,
                      }
                    : null
                }
                hidden={view.hidden.length}
                filtersOn={activeFilterCount(view.filters)}
                filtersOpen={filtersOpen}
                loading={loading}
                onDepth={actions.setDepth}
                onLayout={actions.setLayout}
                onLimit={actions.setLimit}
                onDisplay={actions.setDisplay}
                onFilters={() => setFiltersOpen(!filtersOpen)}
                onShowHidden={actions.showHidden}
                onExport={onExport}
                onFit={() => canvas.current?.fit()}
                viewsOpen={viewsOpen}
                onViews={() => setViewsOpen(!viewsOpen)}
                folded={folded}
                onFold={() => setFolded(!folded)}
              >
                <TimeSlider year={view.year} graph={graph} loading={loading} onYear={actions.setYear} />
              </CanvasToolbar>
              {filtersOpen && (
                <FilterPanel
                  filters={view.filters}
                  language={language}
                  counts={visible ? { shown: visible.byKind, loaded: visible.loadedByKind } : null}
                  onChange={actions.setFilters}
                  onClose={() => setFiltersOpen(false)}
                />
              )}
              <div className="canvas-notices" data-canvas-inset="top">
                {error ? <ErrorNotice error={error} onRetry={refetch} /> : null}
                {saved.gone && <p className="notice notice-error">{t('views.gone')}</p>}
                {view.year !== null && (
                  <p className="notice notice-info" data-testid="time-note">
                    {t('views.time.note', { year: view.year })}
                  </p>
                )}
                {truncated && (
                  <p className="notice notice-info">
                    {t('graph.truncated', { limit: formatNumber(view.limit, language) })}
                  </p>
                )}
                {view.focus && (
                  <p className="notice notice-info notice-row">
                    {t('graph.focusOn')}
                    <button type="button" className="button-link" onClick={() => actions.toggleFocus(null)}>
                      {t('graph.focusOff')}
                    </button>
                  </p>
                )}
              </div>
              {view.display === 'list' && graph && (
                <ListView graph={graph} language={language} selected={view.selected} onSelect={actions.selectNode} />
              )}
            </div>
            {viewsOpen && (
              <SavedViews
                language={language}
                state={viewToSearch({ ...view, language: null })}
                positions={() => canvas.current?.positions() ?? []}
                onOpen={saved.open}
                onClose={() => setViewsOpen(false)}
              />
            )}
            {graph && view.display === 'map' && !filtersOpen && <Legend onToggle={() => canvas.current?.makeRoom()} />}
            {menu && view.display === 'map' && (
              <NodeMenu
                at={menu.at}
                isCentre={menu.key === view.node}
                isExpanded={view.expanded.includes(menu.key)}
                isFocused={view.focus === menu.key}
                onAction={(action) => act(action, menu.key)}
                onClose={() => setMenu(null)}
              />
            )}
          </>
        ) : (
          <>
            {saved.gone && <p className="notice notice-error canvas-gone">{t('views.gone')}</p>}
            <Welcome onExample={(text) => search.current?.search(text)} />
          </>
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
          onAction={(action) => act(action, view.selected!)}
          nodeState={{
            onMap: Boolean(graph?.nodes.some((n) => n.key === view.selected)),
            expanded: view.expanded.includes(view.selected),
            focused: view.focus === view.selected,
          }}
        />
      )}
    </main>
  );
}
