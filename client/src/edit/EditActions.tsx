/**
 * Edit and Delete for the node shown in the details panel, each only when the signed-in account
 * may do it (the server answers by the same rule as the write). Deleted or hidden nodes have no
 * details, so the buttons only appear for a node that could be read.
 */
import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { useAccount } from '../account/account.ts';
import { graphql } from '../gql/index.ts';
import { parseNodeKey } from '../graph/palette.ts';
import { openEditor } from './edit-store.ts';

const EditRightsQuery = graphql(`
  query EditRights($key: ID!) {
    editRights(key: $key) {
      edit
      delete
    }
  }
`);

export function EditActions({ nodeKey }: { nodeKey: string }) {
  const { t } = useTranslation();
  const { account } = useAccount();
  // A signed-out visitor (the public demo) may edit nothing: nothing to ask.
  const { data } = useQuery(EditRightsQuery, {
    variables: { key: nodeKey },
    fetchPolicy: 'cache-and-network',
    skip: !account,
  });
  const parsed = parseNodeKey(nodeKey);
  const rights = data?.editRights;
  if (!parsed || !rights || (!rights.edit && !rights.delete)) return null;
  const { kind, id } = parsed;
  return (
    <span className="edit-actions">
      {rights.edit && (
        <button
          type="button"
          className="button button-quiet"
          onClick={() => openEditor({ type: 'edit', kind, id, tab: 'details' })}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path d="M3 13l1-3.5L11 2.5l2.5 2.5-7 7z" fill="none" stroke="currentColor" strokeWidth="1.4" />
          </svg>
          {t('edit.open')}
        </button>
      )}
      {rights.delete && (
        <button
          type="button"
          className="icon-button edit-delete-button"
          aria-label={t('edit.delete.open')}
          title={t('edit.delete.open')}
          onClick={() => openEditor({ type: 'delete', kind, id })}
        >
          <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
            <path
              d="M3 4.5h10M6.5 4.5V3h3v1.5M4.5 4.5l.7 8.5h5.6l.7-8.5"
              fill="none"
              stroke="currentColor"
              strokeWidth="1.4"
            />
          </svg>
        </button>
      )}
    </span>
  );
}
