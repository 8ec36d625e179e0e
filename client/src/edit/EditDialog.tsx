/**
 * Adding or editing a node: its fields, and (once it exists) its connections in a second tab.
 * Closing with unsaved changes asks first, so a stray Escape never throws text away.
 */
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import { Connections } from './Connections.tsx';
import { Dialog } from './Dialog.tsx';
import type { EditTab } from './edit-store.ts';
import { NodeForm } from './NodeForm.tsx';
import { useStoredNode } from './use-stored-node.ts';

interface Props {
  kind: NodeKind;
  /** Absent when creating. */
  id: string | null;
  tab: EditTab;
  notice?: 'created';
  language: Language;
  onSaved(result: { key: string; id: string; created: boolean }): void;
  onClose(): void;
}

function Tabs({ tab, onTab }: { tab: EditTab; onTab(tab: EditTab): void }) {
  const { t } = useTranslation();
  const tabs: EditTab[] = ['details', 'connections'];
  return (
    <div className="edit-tabs" role="tablist" aria-label={t('edit.tabs')}>
      {tabs.map((name) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`edit-tab-${name}`}
          aria-selected={tab === name}
          aria-controls="edit-tabpanel"
          tabIndex={tab === name ? 0 : -1}
          className={tab === name ? 'edit-tab edit-tab-active' : 'edit-tab'}
          onClick={() => onTab(name)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') onTab(name === 'details' ? 'connections' : 'details');
          }}
        >
          {t(`edit.tab.${name}`)}
        </button>
      ))}
    </div>
  );
}

export function EditDialog({ kind, id, tab: initialTab, notice, language, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const [tab, setTab] = useState<EditTab>(initialTab);
  // What waits for "discard your changes?": closing, or moving to the other tab.
  const [pending, setPending] = useState<'close' | EditTab | null>(null);
  const dirty = useRef(false);
  const onDirty = useCallback((value: boolean) => {
    dirty.current = value;
  }, []);
  const node = useStoredNode(kind, id ?? '', language);
  const stored = id ? node.data : null;

  const requestClose = () => {
    if (dirty.current) setPending('close');
    else onClose();
  };
  const switchTab = (next: EditTab) => {
    if (next === tab) return;
    if (dirty.current) setPending(next);
    else setTab(next);
  };
  const discard = () => {
    if (pending === 'close') return onClose();
    dirty.current = false;
    if (pending) setTab(pending);
    setPending(null);
  };

  const title = t(id ? `edit.title.edit.${kind}` : `edit.title.create.${kind}`);
  const body = () => {
    if (id && !stored) {
      if (node.error) return <ErrorNotice error={node.error} onRetry={node.refetch} />;
      if (node.loading) return <p className="muted edit-loading">{t('edit.loading')}</p>;
      return <p className="notice">{t('edit.error.gone')}</p>;
    }
    if (tab === 'connections' && stored)
      return <Connections kind={kind} self={stored} language={language} onDirty={onDirty} />;
    return (
      <NodeForm
        kind={kind}
        stored={stored}
        language={language}
        onSaved={onSaved}
        onCancel={requestClose}
        onDirty={onDirty}
      />
    );
  };

  return (
    <Dialog title={title} subtitle={stored?.name} onRequestClose={requestClose}>
      {stored && <Tabs tab={tab} onTab={switchTab} />}
      {notice === 'created' && tab === 'connections' && (
        <p className="notice notice-info" role="status">
          {t('edit.createdNotice')}
        </p>
      )}
      {pending && (
        <div className="edit-discard" role="alert">
          <span>{t('edit.discard.question')}</span>
          <button type="button" className="button" autoFocus onClick={() => setPending(null)}>
            {t('edit.discard.keep')}
          </button>
          <button type="button" className="button button-danger" onClick={discard}>
            {t('edit.discard.confirm')}
          </button>
        </div>
      )}
      <div
        className="edit-tabpanel"
        id="edit-tabpanel"
        role={stored ? 'tabpanel' : undefined}
        aria-labelledby={stored ? `edit-tab-${tab}` : undefined}
      >
        {body()}
      </div>
    </Dialog>
  );
}
