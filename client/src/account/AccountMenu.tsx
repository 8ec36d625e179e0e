/** The header's account corner: who is signed in, and "Sign out". */
import { useTranslation } from 'react-i18next';
import { displayName } from '../graph/names.ts';
import { navigate, pagePath } from '../view/pages.ts';
import type { Language } from '../i18n/languages.ts';
import { signOut, useAccount } from './account.ts';

export function AccountMenu({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  // Signed out, the explorer shows only in the public demo: offer the way in.
  if (!account)
    return (
      <div className="account-menu">
        <a className="button" href="/?signIn=ask">
          {t('account.signIn')}
        </a>
      </div>
    );
  const name = account.person ? displayName(account.person, language).primary : account.email;
  return (
    <div className="account-menu">
      <a
        className="account-name"
        href={pagePath('my-data')}
        title={`${account.email} — ${t('myData.title')}`}
        onClick={(event) => {
          if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
          event.preventDefault();
          navigate('my-data');
        }}
      >
        {name}
      </a>
      <button type="button" className="button" onClick={() => void signOut()}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
