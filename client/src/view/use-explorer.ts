/**
 * The explorer's state and the named actions that change it. Toolbar buttons, the search box,
 * the canvas and the keyboard all call these, so each intent is implemented exactly once.
 * Moving around the network pushes a history entry; selecting and switching language replace
 * the current one (back should not step through every click). The introduction path shown on
 * the map belongs to the selected person's details, so it goes when the selection changes.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { PathHighlight } from '../graph/path-overlay.ts';
import { DEFAULT_LANGUAGE, type Language } from '../i18n/languages.ts';
import { applyDocumentLanguage, i18n, storedLanguage, storeLanguage } from '../i18n/index.ts';
import { NAVIGATED, navigate, pageFromPath } from './pages.ts';
import type { Filters } from './filters.ts';
import {
  EMPTY_VIEW,
  parseView,
  sameView,
  viewToSearch,
  type Depth,
  type Display,
  type LayoutName,
  type Limit,
  type ViewState,
} from './url-state.ts';

export interface ExplorerActions {
  focusNode(key: string): void;
  selectNode(key: string | null): void;
  setDepth(depth: Depth): void;
  setLanguage(language: Language): void;
  goHome(): void;
  setLayout(layout: LayoutName): void;
  setLimit(limit: Limit): void;
  setDisplay(display: Display): void;
  setFilters(filters: Filters): void;
  /** Adds a node's neighbours to the map, where it is. */
  expandNode(key: string): void;
  /** Undoes an expansion; a node never expanded folds away its neighbours that hang on it alone. */
  collapseNode(key: string, leaves: readonly string[]): void;
  hideNode(key: string): void;
  showHidden(): void;
  /** Fades all but this node's neighbourhood; the same node again (or null) ends focus mode. */
  toggleFocus(key: string | null): void;
  /** Shows an introduction path on the map (adding its people and links), or null to clear it. */
  highlightPath(path: PathHighlight | null): void;
  /** The time slider: the network at the end of `year`, or today (null). */
  setYear(year: number | null): void;
  /** Opens a saved view: its query string becomes the view (the reader's language stays). */
  openState(search: string): void;
}

export interface Explorer {
  view: ViewState;
  language: Language;
  /** The introduction path shown on the map, if any. */
  path: PathHighlight | null;
  actions: ExplorerActions;
  /**
   * The view as of the last action, for key handlers: the URL (and this) change before React
   * renders, so a key pressed right after a click must not act on the previous selection.
   */
  now(): ViewState;
}

function writeUrl(view: ViewState, mode: 'push' | 'replace'): void {
  const { pathname, search, hash } = window.location;
  let query = viewToSearch(view);
  if (pageFromPath(pathname) !== 'explore') {
    // Other pages own their query string: only the shared language changes there.
    const params = new URLSearchParams(search);
    if (view.language) params.set('lang', view.language);
    else params.delete('lang');
    query = params.size > 0 ? `?${params.toString().replace(/%3A/gi, ':')}` : '';
  }
  const url = `${pathname}${query}${hash}`;
  if (mode === 'push') window.history.pushState(null, '', url);
  else window.history.replaceState(null, '', url);
}

export function useExplorer(): Explorer {
  const [view, setView] = useState<ViewState>(() => parseView(window.location.search));
  // The latest view for actions (kept beside the state, so actions stay stable callbacks).
  const current = useRef(view);
  const [preferred, setPreferred] = useState<Language>(() => storedLanguage() ?? DEFAULT_LANGUAGE);
  const language = view.language ?? preferred;
  const [path, setPath] = useState<PathHighlight | null>(null);

  useEffect(() => {
    const onPopState = () => {
      current.current = parseView(window.location.search);
      setView(current.current);
      setPath(null);
    };
    window.addEventListener('popstate', onPopState);
    window.addEventListener(NAVIGATED, onPopState);
    return () => {
      window.removeEventListener('popstate', onPopState);
      window.removeEventListener(NAVIGATED, onPopState);
    };
  }, []);

  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    applyDocumentLanguage(language);
  }, [language]);

  const go = useCallback((patch: Partial<ViewState>, mode: 'push' | 'replace') => {
    const next = { ...current.current, ...patch };
    if (sameView(next, current.current)) return;
    if (next.node !== current.current.node || next.selected !== current.current.selected) setPath(null);
    writeUrl(next, mode);
    current.current = next;
    setView(next);
  }, []);

  const actions = useMemo<ExplorerActions>(
    () => ({
      focusNode: (key) => {
        // From another page (search in the header), open the map on that node.
        if (pageFromPath(window.location.pathname) !== 'explore') {
          navigate('explore', viewToSearch({ ...EMPTY_VIEW, node: key, selected: key }));
        } else go({ node: key, selected: key, expanded: [], hidden: [], focus: null }, 'push');
      },
      selectNode: (key) => go({ selected: key }, 'replace'),
      setDepth: (depth) => go({ depth }, 'push'),
      setLanguage: (next) => {
        storeLanguage(next);
        setPreferred(next);
        go({ language: next }, 'replace');
      },
      goHome: () => {
        if (pageFromPath(window.location.pathname) !== 'explore') navigate('explore');
        go({ ...EMPTY_VIEW, language: current.current.language }, 'push');
      },
      highlightPath: (next) => setPath(next),
      setLayout: (layout) => go({ layout }, 'push'),
      setLimit: (limit) => go({ limit }, 'push'),
      setDisplay: (display) => go({ display }, 'push'),
      setFilters: (filters) => go({ filters }, 'push'),
      expandNode: (key) => {
        const { expanded, hidden } = current.current;
        if (expanded.includes(key)) return;
        go({ expanded: [...expanded, key], hidden: hidden.filter((k) => k !== key) }, 'push');
      },
      collapseNode: (key, leaves) => {
        const { expanded, hidden } = current.current;
        if (expanded.includes(key)) go({ expanded: expanded.filter((k) => k !== key) }, 'push');
        else if (leaves.length > 0) go({ hidden: [...new Set([...hidden, ...leaves])] }, 'push');
      },
      hideNode: (key) => {
        const { node, hidden, selected, focus, expanded } = current.current;
        if (key === node || hidden.includes(key)) return;
        go(
          {
            hidden: [...hidden, key],
            expanded: expanded.filter((k) => k !== key),
            selected: selected === key ? node : selected,
            focus: focus === key ? null : focus,
          },
          'push',
        );
      },
      showHidden: () => go({ hidden: [] }, 'push'),
      toggleFocus: (key) => go({ focus: key === current.current.focus ? null : key }, 'push'),
      // Playing steps through years: one history entry for the slider, not one per year.
      setYear: (year) => go({ year }, 'replace'),
      openState: (search) => go({ ...parseView(search), language: current.current.language }, 'push'),
    }),
    [go],
  );

  const now = useCallback(() => current.current, []);
  return { view, language, path, actions, now };
}
