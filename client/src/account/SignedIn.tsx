/**
 * The explorer for a signed-in browser; the sign-in page for any other — except in the read-only
 * public demo, where a signed-out visitor reads the explorer until they ask to sign in.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { App } from '../App.tsx';
import { signInOptions, useAccount, wantsSignIn } from './account.ts';
import { SignInPage } from './SignInPage.tsx';

export function SignedIn() {
  const { t } = useTranslation();
  const { loading, account, failed } = useAccount();
  const [publicDemo, setPublicDemo] = useState<boolean | null>(null);
  useEffect(() => {
    if (!loading && !account && publicDemo === null) void signInOptions().then((o) => setPublicDemo(o.publicDemo));
  }, [loading, account, publicDemo]);
  if (loading) return null;
  if (failed)
    return (
      <p className="sign-in-problem" role="alert">
        {t('account.loadFailed')}
      </p>
    );
  if (account) return <App />;
  if (publicDemo === null) return null;
  return publicDemo && !wantsSignIn(window.location.search) ? <App /> : <SignInPage />;
}
