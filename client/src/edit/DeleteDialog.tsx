/**
 * Deleting a node takes every relationship touching it along: the confirmation names the node
 * and counts what else goes (memberships, skills held, ties…), and says it cannot be undone.
 */
import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Dialog } from './Dialog.tsx';
import { NODE_MUTATIONS } from './node-mutations.ts';
import { refreshExplorer } from './use-form.ts';
import { useConnections, useStoredNode } from './use-stored-node.ts';

interface Props {
  kind: NodeKind;
  id: string;
  language: Language;
  onDeleted(key: string): void;
  onClose(): void;
}

export function DeleteDialog({ kind, id, language, onDeleted, onClose }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const node = useStoredNode(kind, id, language);
  const connections = useConnections(kind, id);
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const affected = (connections.data ?? []).filter((g) => g.total > 0);
  const name = node.data?.name ?? '';

  const remove = async () => {
    if (!node.data) return;
    setDeleting(true);
    setError(null);
    try {
      await client.mutate({ mutation: NODE_MUTATIONS[kind].remove, variables: { id }, fetchPolicy: 'no-cache' });
      onDeleted(node.data.key);
      refreshExplorer(client);
    } catch (caught) {
      setError(caught);
      setDeleting(false);
    }
  };

  const ready = Boolean(node.data && connections.data);
  return (
    <Dialog title={t(`edit.delete.title.${kind}`)} subtitle={name} size="confirm" onRequestClose={onClose}>
      <div className="edit-confirm">
        {Boolean(node.error || connections.error) && <ErrorNotice error={node.error ?? connections.error} />}
        {!ready && !node.error && !connections.error && <p className="muted">{t('edit.loading')}</p>}
        {ready && (
          <>
            <p>{t('edit.delete.question', { name })}</p>
            {affected.length > 0 ? (
              <>
                <p>{t('edit.delete.alsoGoes')}</p>
                <ul className="edit-consequences">
                  {affected.map((g) => (
                    <li key={g.rel}>{t(`edit.delete.count.${g.rel}`, { count: g.total })}</li>
                  ))}
                </ul>
              </>
            ) : (
              <p>{t('edit.delete.nothingElse')}</p>
            )}
            {kind === 'PERSON' && <p className="edit-hint">{t('edit.delete.privateNote')}</p>}
            <p className="edit-warning">{t('edit.delete.irreversible')}</p>
          </>
        )}
        {error !== null && <ErrorNotice error={error} />}
        <div className="edit-buttons">
          <button type="button" className="button" data-autofocus="" onClick={onClose}>
            {t('edit.cancel')}
          </button>
          <button
            type="button"
            className="button button-danger"
            disabled={!ready || deleting}
            onClick={() => void remove()}
          >
            {deleting ? t('edit.deleting') : t('edit.delete.confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
