import { useTranslation } from 'react-i18next';
import { navigate, pagePath, PAGES, type Page } from '../view/pages.ts';

/** The product's pages as links: real hrefs (open in a new tab works), in-app navigation on click. */
export function NavBar({ page }: { page: Page }) {
  const { t } = useTranslation();
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      {PAGES.map((target) => (
        <a
          key={target}
          href={pagePath(target)}
          aria-current={target === page ? 'page' : undefined}
          onClick={(event) => {
            if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
            event.preventDefault();
            navigate(target);
          }}
        >
          {t(`nav.${target}`)}
        </a>
      ))}
    </nav>
  );
}
