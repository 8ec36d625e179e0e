import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NAV_PAGES, navigate, pagePath, type Page } from '../view/pages.ts';
import { Menu } from './Menu.tsx';

/**
 * The product's pages. Wide screens show them as links (real hrefs: open in a new tab works,
 * a plain click navigates in place); below 1366 px, where the links would push the language switch
 * off a laptop or tablet header, one button names the current page and opens them as a menu.
 */
export function NavBar({ page }: { page: Page }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <nav className="app-nav" aria-label={t('nav.label')}>
        {NAV_PAGES.map((target) => (
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
      <div className="menu-anchor app-nav-compact">
        <button
          type="button"
          className="button"
          aria-haspopup="menu"
          aria-expanded={open}
          aria-label={`${t('nav.label')}: ${t(`nav.${page}`)}`}
          onClick={() => setOpen(!open)}
        >
          {t(`nav.${page}`)}
          <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="m4 6 4 4 4-4" fill="none" stroke="currentColor" strokeWidth="1.5" />
          </svg>
        </button>
        {open && (
          <Menu
            label={t('nav.label')}
            className="menu-down"
            items={NAV_PAGES.map((target) => ({ id: target, label: t(`nav.${target}`), disabled: target === page }))}
            onChoose={(id) => navigate(id as Page)}
            onClose={() => setOpen(false)}
          />
        )}
      </div>
    </>
  );
}
