/**
 * "My data": everything stored about the signed-in person (shown and downloadable as JSON), their
 * discoverability, and erasing themselves. The server decides what "everything" is (myData).
 */
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql/index.ts';
import { download } from '../graph/export.ts';
import type { PageProps } from '../pages/page-props.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { useAccount } from './account.ts';

const MyDataQuery = graphql(`
  query MyData {
    myData
  }
`);

const SetDiscoverable = graphql(`
  mutation SetMyDiscoverable($id: ID!, $discoverable: Boolean!) {
    updatePerson(id: $id, patch: { discoverable: $discoverable }) {
      id
      discoverable
    }
  }
`);

const EraseMe = graphql(`
  mutation EraseMe($confirmEmail: String!) {
    eraseMe(confirmEmail: $confirmEmail)
  }
`);

export function MyDataPage(_props: PageProps) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const { account } = useAccount();
  const { data, error, refetch } = useQuery(MyDataQuery, { fetchPolicy: 'network-only' });
  const [setDiscoverable, discoverable] = useMutation(SetDiscoverable);
  const [erase, erasing] = useMutation(EraseMe);
  const [confirm, setConfirm] = useState('');
  if (!account) return null;
  const person = account.person;

  const save = () => download(data?.myData ?? '', 'tsunagari-my-data.json', 'application/json');
  const submitErase = async (event: FormEvent) => {
    event.preventDefault();
    const result = await erase({ variables: { confirmEmail: confirm.trim() } }).catch(() => null);
    if (result?.data?.eraseMe) {
      await client.clearStore();
      window.location.assign('/');
    }
  };

  return (
    <div className="page my-data" aria-labelledby="my-data-title">
      <h1 id="my-data-title">{t('myData.title')}</h1>
      <p>{t('myData.lead')}</p>
      {person ? (
        <label className="my-data-toggle">
          <input
            type="checkbox"
            checked={person.discoverable}
            disabled={discoverable.loading}
            onChange={(event) =>
              void setDiscoverable({ variables: { id: person.id, discoverable: event.target.checked } })
                .then(() => refetch())
                .catch(() => undefined)
            }
          />
          {t('myData.discoverable')}
        </label>
      ) : (
        <p className="muted">{t('myData.noPerson')}</p>
      )}
      {discoverable.error && <ErrorNotice error={discoverable.error} />}
      {error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      <button type="button" className="button" disabled={!data} onClick={save}>
        {t('myData.download')}
      </button>
      <pre className="my-data-json" tabIndex={0}>
        {data?.myData}
      </pre>
      <section className="my-data-erase" aria-labelledby="erase-title">
        <h2 id="erase-title">{t('myData.eraseTitle')}</h2>
        <p>{t('myData.eraseLead')}</p>
        <form onSubmit={(event) => void submitErase(event)}>
          <label htmlFor="erase-confirm">{t('myData.eraseConfirm')}</label>
          <input
            id="erase-confirm"
            type="email"
            autoComplete="off"
            value={confirm}
            onChange={(event) => setConfirm(event.target.value)}
          />
          <button type="submit" className="button button-danger" disabled={erasing.loading || confirm.trim() === ''}>
            {t('myData.erase')}
          </button>
        </form>
        {erasing.error && <ErrorNotice error={erasing.error} />}
      </section>
    </div>
  );
}
