/**
 * The explorer's pages, one per path: the map at `/`, and the tools beside it. Each page keeps
 * its own state in the query string; `lang` is shared by all. Unknown paths show the map.
 */
import { useEffect, useState } from 'react';

export const PAGES = ['explore', 'teams', 'matching', 'assets', 'import', 'my-data', 'requests', 'duplicates'] as const;
export type Page = (typeof PAGES)[number];

/**
 * The pages the navigation lists; "My data" and the requests inbox are reached from the account
 * corner, the administrator's duplicates page from the import page.
 */
export const NAV_PAGES: readonly Page[] = PAGES.filter(
  (page) => page !== 'my-data' && page !== 'requests' && page !== 'duplicates',
);

const PATHS: Record<Page, string> = {
  explore: '/',
  teams: '/teams',
  matching: '/matching',
  assets: '/assets',
  import: '/import',
  'my-data': '/my-data',
  requests: '/requests',
  duplicates: '/duplicates',
};

export function pageFromPath(pathname: string): Page {
  const trimmed = pathname.replace(/\/+$/, '') || '/';
  return PAGES.find((page) => PATHS[page] === trimmed) ?? 'explore';
}

export function pagePath(page: Page): string {
  return PATHS[page];
}

/** Fired after the app changes the URL itself (pushState does not fire popstate). */
export const NAVIGATED = 'tsunagari:navigated';

/**
 * Opens a page (optionally with its query string, e.g. `?org=o001`), keeping the language
 * chosen in the URL, and pushes a history entry so back returns to where the reader was.
 */
export function navigate(page: Page, search = ''): void {
  const params = new URLSearchParams(search);
  const lang = new URLSearchParams(window.location.search).get('lang');
  if (lang && !params.has('lang')) params.set('lang', lang);
  const query = params.toString().replace(/%3A/gi, ':');
  window.history.pushState(null, '', `${pagePath(page)}${query ? `?${query}` : ''}`);
  window.dispatchEvent(new Event(NAVIGATED));
}

/** The current page, following back/forward and in-app navigation. */
export function usePage(): Page {
  const [page, setPage] = useState<Page>(() => pageFromPath(window.location.pathname));
  useEffect(() => {
    const update = () => setPage(pageFromPath(window.location.pathname));
    window.addEventListener('popstate', update);
    window.addEventListener(NAVIGATED, update);
    return () => {
      window.removeEventListener('popstate', update);
      window.removeEventListener(NAVIGATED, update);
    };
  }, []);
  return page;
}
