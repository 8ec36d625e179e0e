/**
 * The duplicates page (`/duplicates`, administrators): stored records the import matcher takes
 * for one real thing, each pair compared side by side and merged; recent merges can be undone.
 */
import { useMutation, useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../../account/account.ts';
import type { DuplicatesQuery as Duplicates, ImportMatchKind } from '../../gql/graphql.ts';
import { DataTable, type DataColumn } from '../../ui/DataTable.tsx';
import { ErrorNotice } from '../../ui/ErrorNotice.tsx';
import { formatDateTime, formatNumber } from '../../ui/format.ts';
import type { PageProps } from '../page-props.ts';
import { DuplicatesQuery, MergesQuery, UndoMergeMutation } from './duplicates-queries.ts';
import { MergeDialog } from './MergeDialog.tsx';
import '../../styles/import.css';

const KINDS: ImportMatchKind[] = ['PERSON', 'ORGANISATION', 'SKILL'];
/** A large import can leave hundreds of pairs; one page is what an administrator works through. */
const PAGE_SIZE = 25;

type Pair = Duplicates['duplicates'][number];

export function DuplicatesPage({ language }: PageProps) {
  const { t } = useTranslation();
  const { account } = useAccount();
  const [kind, setKind] = useState<ImportMatchKind>('PERSON');
  const [open, setOpen] = useState<[string, string] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const administrator = !!account?.administrator;
  const pairs = useQuery(DuplicatesQuery, { variables: { kind }, skip: !administrator, fetchPolicy: 'network-only' });
  const merges = useQuery(MergesQuery, { skip: !administrator, fetchPolicy: 'network-only' });
  const [undo, undoing] = useMutation(UndoMergeMutation);
  const columns = useMemo(
    (): DataColumn<Pair>[] => [
      {
        id: 'records',
        header: t('duplicates.records'),
        sortBy: (p) => p.otherName,
        cell: (p) => (
          <>
            {p.otherName} <span className="import-where">{p.otherId}</span> · {p.name}{' '}
            <span className="import-where">{p.id}</span>
          </>
        ),
      },
      {
        id: 'score',
        header: t('import.matches.score'),
        descFirst: true,
        sortBy: (p) => p.score,
        cell: (p) => `${formatNumber(Math.round(p.score * 100), language)}%`,
      },
      {
        id: 'why',
        header: t('import.matches.why'),
        cell: (p) => p.reasons.map((r) => t(`import.matches.reasons.${r}`)).join(language === 'ja' ? '、' : ', '),
      },
      {
        id: 'compare',
        header: <span className="sr-only">{t('duplicates.compare')}</span>,
        cell: (p) => (
          <button type="button" className="button" onClick={() => setOpen([p.otherId, p.id])}>
            {t('duplicates.compare')}
          </button>
        ),
      },
    ],
    [t, language],
  );
  const refresh = async () => {
    await Promise.all([pairs.refetch(), merges.refetch()]);
  };

  if (account && !administrator)
    return (
      <div className="page import-page">
        <h1>{t('duplicates.title')}</h1>
        <p className="notice">{t('duplicates.onlyAdministrators')}</p>
      </div>
    );
  return (
    <div className="page import-page">
      <h1>{t('duplicates.title')}</h1>
      <p className="import-lead">{t('duplicates.lead')}</p>
      <div className="import-row">
        <label>
          {t('duplicates.kind')}
          <select value={kind} onChange={(e) => setKind(e.target.value as ImportMatchKind)}>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`duplicates.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {notice && (
        <p className="notice" role="status" data-testid="duplicates-notice">
          {notice}
        </p>
      )}
      {pairs.error && <ErrorNotice error={pairs.error} />}
      {pairs.data && pairs.data.duplicates.length === 0 && <p role="status">{t('duplicates.none')}</p>}
      {pairs.data && pairs.data.duplicates.length > 0 && (
        <DataTable
          className="import-match-table"
          testId="duplicates-table"
          rows={pairs.data.duplicates}
          columns={columns}
          rowKey={(p) => `${p.id}-${p.otherId}`}
          rowAttributes={(p) => ({ 'data-pair': `${p.otherId}+${p.id}` })}
          language={language}
          pageSize={PAGE_SIZE}
        />
      )}
      <h2>{t('duplicates.recent')}</h2>
      {undoing.error && <ErrorNotice error={undoing.error} />}
      {merges.data && merges.data.merges.length === 0 && <p>{t('duplicates.noMerges')}</p>}
      <ul className="merge-list" data-testid="merge-list">
        {merges.data?.merges.map((m) => (
          <li key={m.id}>
            {t('duplicates.merged', { names: m.names.join(language === 'ja' ? '、' : ', ') })}{' '}
            <span className="import-where">{formatDateTime(m.at, language)}</span>{' '}
            {m.undone ? (
              <em>{t('duplicates.undone')}</em>
            ) : (
              <button
                type="button"
                className="button"
                disabled={undoing.loading}
                onClick={() =>
                  void undo({ variables: { id: m.id } }).then(async () => {
                    setNotice(t('duplicates.undoneNotice'));
                    await refresh();
                  })
                }
              >
                {t('duplicates.undo')}
              </button>
            )}
          </li>
        ))}
      </ul>
      {open && (
        <MergeDialog
          kind={kind}
          ids={open}
          onClose={() => setOpen(null)}
          onMerged={async (result) => {
            setOpen(null);
            setNotice(t('duplicates.mergedNotice', { moved: result.moved, combined: result.combined }));
            await refresh();
          }}
        />
      )}
    </div>
  );
}
