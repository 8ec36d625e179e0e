/** The header's account corner: introduction requests waiting for me, who is signed in, and "Sign out". */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { WaitingQuery } from '../pages/requests/requests-queries.ts';
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
      {account.person && <RequestsLink />}
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

/** The inbox of introduction requests, with how many wait for my answer (asked again every minute). */
function RequestsLink() {
  const { t } = useTranslation();
  const { data } = useQuery(WaitingQuery, { pollInterval: 60_000 });
  const waiting = data?.introductionRequestsWaiting ?? 0;
  const label = waiting > 0 ? t('account.requestsWaiting', { count: waiting }) : t('account.requests');
  return (
    <a
      className="requests-link"
      href={pagePath('requests')}
      title={label}
      aria-label={label}
      data-testid="requests-link"
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        navigate('requests');
      }}
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M2 4h12v8H2z M2 4l6 5 6-5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      </svg>
      {waiting > 0 && <span className="requests-badge">{waiting}</span>}
    </a>
  );
}
