import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { AccountMenu } from '../account/AccountMenu.tsx';
import { AddMenu } from '../edit/AddMenu.tsx';
import type { Language } from '../i18n/languages.ts';
import { SearchBox, type SearchHandle } from '../search/SearchBox.tsx';
import type { Page } from '../view/pages.ts';
import { LanguageToggle } from './LanguageToggle.tsx';
import { NavBar } from './NavBar.tsx';

interface Props {
  language: Language;
  searchRef: Ref<SearchHandle>;
  onPick(key: string): void;
  onHome(): void;
  onLanguage(language: Language): void;
  page: Page;
}

/** Product name (back to the start), the search box, and the language switch. */
export function Header({ language, searchRef, onPick, onHome, onLanguage, page }: Props) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <a
        className="brand"
        href="/"
        title={t('app.home')}
        onClick={(event) => {
          event.preventDefault();
          onHome();
        }}
      >
        <span className="brand-mark" lang="ja">
          {t('app.brand')}
        </span>
        <span className="brand-text">
          <span className="brand-latin" lang="en">
            {t('app.brandLatin')}
          </span>
          <span className="brand-tagline">{t('app.tagline')}</span>
        </span>
      </a>
      <SearchBox ref={searchRef} language={language} onPick={onPick} />
      <NavBar page={page} />
      <AddMenu />
      <LanguageToggle language={language} onChange={onLanguage} />
      <AccountMenu language={language} />
    </header>
  );
}
