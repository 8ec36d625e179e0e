/**
 * The explorer shell: the header (search, pages, language), the page shown, and a status line.
 * The map's view (centre, depth, selection, filters, layout…) lives in the URL; see
 * view/use-explorer.ts for the actions that change it and view/Workspace.tsx for the map itself.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { EditHost } from './edit/EditHost.tsx';
import { PageHost } from './pages/PageHost.tsx';
import type { SearchHandle } from './search/SearchBox.tsx';
import { Header } from './ui/Header.tsx';
import { StatsLine } from './ui/StatsLine.tsx';
import { usePage } from './view/pages.ts';
import { useExplorer } from './view/use-explorer.ts';
import { Workspace } from './view/Workspace.tsx';

export function App() {
  const { t } = useTranslation();
  const explorer = useExplorer();
  const { view, language, actions } = explorer;
  const page = usePage();
  const search = useRef<SearchHandle>(null);

  // On the map, view/use-shortcuts.ts owns the keyboard; elsewhere "/" still reaches the search.
  useEffect(() => {
    if (page === 'explore') return;
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (event.key !== '/' || target?.closest('input, textarea, select, [contenteditable="true"]')) return;
      event.preventDefault();
      search.current?.focus();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [page]);

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
          <Workspace explorer={explorer} search={search} />
          <footer className="statusbar">
            <StatsLine language={language} />
            {view.node && <span className="statusbar-help">{t('graph.help')}</span>}
          </footer>
        </>
      )}
      <EditHost
        language={language}
        onOpenNode={actions.focusNode}
        onDeleted={(key) => (key === view.node ? actions.goHome() : key === view.selected && actions.selectNode(null))}
      />
    </div>
  );
}
