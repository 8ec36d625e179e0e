/**
 * Shows the edit dialog that edit-store.ts asks for, and tells the explorer what changed: a new
 * node is opened on the map, a deleted one leaves the view. "Saved" is announced politely.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages.ts';
import { DeleteDialog } from './DeleteDialog.tsx';
import { EditDialog } from './EditDialog.tsx';
import { closeEditor, openEditor, useEditRequest, type EditRequest } from './edit-store.ts';
import '../styles/edit.css';

interface Props {
  language: Language;
  /** Opens a node on the map (a newly created one). */
  onOpenNode(key: string): void;
  /** A node was deleted: the explorer leaves it (clears the selection, or goes home). */
  onDeleted(key: string): void;
}

const requestKey = (r: EditRequest): string => `${r.type}:${r.kind}:${'id' in r ? r.id : ''}`;

export function EditHost({ language, onOpenNode, onDeleted }: Props) {
  const { t } = useTranslation();
  const request = useEditRequest();
  const [status, setStatus] = useState('');

  useEffect(() => {
    if (!status) return;
    const timer = window.setTimeout(() => setStatus(''), 4000);
    return () => window.clearTimeout(timer);
  }, [status]);

  const dialog = () => {
    if (!request) return null;
    if (request.type === 'delete') {
      return (
        <DeleteDialog
          key={requestKey(request)}
          kind={request.kind}
          id={request.id}
          language={language}
          onClose={closeEditor}
          onDeleted={(key) => {
            closeEditor();
            setStatus(t('edit.status.deleted'));
            onDeleted(key);
          }}
        />
      );
    }
    return (
      <EditDialog
        key={requestKey(request)}
        kind={request.kind}
        id={request.type === 'edit' ? request.id : null}
        tab={request.type === 'edit' ? request.tab : 'details'}
        notice={request.type === 'edit' ? request.notice : undefined}
        language={language}
        onClose={closeEditor}
        onSaved={({ key, id, created }) => {
          setStatus(t('edit.status.saved'));
          if (!created) return closeEditor();
          // A new node: show it on the map and go on to its connections (it has none yet).
          onOpenNode(key);
          openEditor({ type: 'edit', kind: request.kind, id, tab: 'connections', notice: 'created' });
        }}
      />
    );
  };

  return (
    <>
      {dialog()}
      <div className="edit-status" role="status" aria-live="polite">
        {status && <span className="edit-toast">{status}</span>}
      </div>
    </>
  );
}
