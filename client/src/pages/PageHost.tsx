/**
 * The pages beside the map, each loaded on first visit (they bring their own charts and forms).
 */
import { lazy, Suspense } from 'react';
import type { Page } from '../view/pages.ts';
import type { PageProps } from './page-props.ts';

const pages = {
  teams: lazy(() => import('./teams/TeamsPage.tsx').then((m) => ({ default: m.TeamsPage }))),
  matching: lazy(() => import('./matching/MatchingPage.tsx').then((m) => ({ default: m.MatchingPage }))),
  assets: lazy(() => import('./assets/AssetsPage.tsx').then((m) => ({ default: m.AssetsPage }))),
  import: lazy(() => import('./import/ImportPage.tsx').then((m) => ({ default: m.ImportPage }))),
  'my-data': lazy(() => import('../account/MyDataPage.tsx').then((m) => ({ default: m.MyDataPage }))),
  requests: lazy(() => import('./requests/RequestsPage.tsx').then((m) => ({ default: m.RequestsPage }))),
  duplicates: lazy(() => import('./duplicates/DuplicatesPage.tsx').then((m) => ({ default: m.DuplicatesPage }))),
} satisfies Record<Exclude<Page, 'explore'>, unknown>;

export function PageHost({ page, ...props }: PageProps & { page: Exclude<Page, 'explore'> }) {
  const Component = pages[page];
  return (
    <main className="page-area">
      <Suspense fallback={null}>
        <Component {...props} />
      </Suspense>
    </main>
  );
}
