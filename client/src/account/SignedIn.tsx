/** The explorer for a signed-in browser; the sign-in page for any other. */
import { useTranslation } from 'react-i18next';
import { App } from '../App.tsx';
import { useAccount } from './account.ts';
import { SignInPage } from './SignInPage.tsx';

export function SignedIn() {
  const { t } = useTranslation();
  const { loading, account, failed } = useAccount();
  if (loading) return null;
  if (failed)
    return (
      <p className="sign-in-problem" role="alert">
        {t('account.loadFailed')}
      </p>
    );
  return account ? <App /> : <SignInPage />;
}
