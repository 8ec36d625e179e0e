/**
 * Sends a path as an introduction request: the message (editable) goes to the first person on the
 * path only, who decides whether to pass it on. Used under a chosen introduction path and by the
 * team composer's experts. `sendPath`: person ids, the signed-in person first.
 */
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../account/account.ts';
import { RequestIntroductionMutation } from '../pages/requests/requests-queries.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { navigate, pagePath } from '../view/pages.ts';

/** The path's ids when the signed-in person may send it: theirs, over two hops or more. */
export function useSendablePath(people: readonly { id: string }[]): string[] | null {
  const { account } = useAccount();
  const me = account?.person?.id;
  return me && people[0]?.id === me && people.length >= 3 ? people.map((p) => p.id) : null;
}

export function SendRequest({ sendPath, message }: { sendPath: string[]; message: string }) {
  const { t } = useTranslation();
  const [send, sent] = useMutation(RequestIntroductionMutation, { refetchQueries: ['IntroductionRequestsWaiting'] });
  if (sent.data)
    return (
      <p role="status" className="request-sent">
        {t('requests.send.sent')}{' '}
        <a
          href={pagePath('requests')}
          onClick={(event) => {
            event.preventDefault();
            navigate('requests');
          }}
        >
          {t('requests.send.open')}
        </a>
      </p>
    );
  return (
    <div className="request-send">
      <p className="request-send-hint">{t('requests.send.hint')}</p>
      <button
        type="button"
        className="button-primary"
        disabled={sent.loading || message.trim() === ''}
        onClick={() => void send({ variables: { path: sendPath, message } }).catch(() => {})}
      >
        {sent.loading ? t('requests.send.sending') : t('requests.send.button')}
      </button>
      {sent.error && <ErrorNotice error={sent.error} compact />}
    </div>
  );
}
