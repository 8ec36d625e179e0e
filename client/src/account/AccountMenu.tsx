/** The header's account corner: who is signed in, and "Sign out". */
import { useTranslation } from 'react-i18next';
import { displayName } from '../graph/names.ts';
import type { Language } from '../i18n/languages.ts';
import { signOut, useAccount } from './account.ts';

export function AccountMenu({ language }: { language: Language }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  if (!account) return null;
  const name = account.person ? displayName(account.person, language).primary : account.email;
  return (
    <div className="account-menu">
      <span className="account-name" title={account.email}>
        {name}
      </span>
      <button type="button" className="button" onClick={() => void signOut()}>
        {t('account.signOut')}
      </button>
    </div>
  );
}
