/**
 * The "Connections" tab: a node's relationships by type, each with Edit and Remove, and an Add
 * button per type. One form or confirmation is open at a time, in place of its row.
 */
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NodeKind } from '../gql/graphql.ts';
import type { Language } from '../i18n/languages.ts';
import { MoreButton } from '../details/parts.tsx';
import { ErrorNotice } from '../ui/ErrorNotice.tsx';
import type { ConnectionGroup, ConnectionRow } from './connections.ts';
import { ConnectionItem } from './ConnectionItem.tsx';
import { RelationForm } from './RelationForm.tsx';
import { useConnections } from './use-stored-node.ts';
import { refreshExplorer } from './use-form.ts';
import { REL_MUTATIONS } from './rel-mutations.ts';

interface Props {
  kind: NodeKind;
  self: { id: string; key: string };
  language: Language;
  onDirty(dirty: boolean): void;
}

type Open =
  { mode: 'add'; group: ConnectionGroup } | { mode: 'edit' | 'remove'; group: ConnectionGroup; row: ConnectionRow };

const rowId = (row: ConnectionRow) => `${row.rel}:${row.other.key}`;

export function Connections({ kind, self, language, onDirty }: Props) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const connections = useConnections(kind, self.id);
  const [open, setOpen] = useState<Open | null>(null);
  const latest = useRef(open);
  useEffect(() => {
    latest.current = open;
  });
  const [removeError, setRemoveError] = useState<unknown>(null);

  /** Closes `which` if it is still the open one (a slow save must not close a newer form). */
  const close = (which: Open | null) => {
    if (which !== null && latest.current !== which) return;
    setOpen(null);
    onDirty(false);
    // The form or confirmation that had the keyboard is gone: continue from its group's Add.
    const rel = which?.group.rel;
    if (rel) window.setTimeout(() => document.getElementById(`edit-add-${rel}`)?.focus(), 0);
  };
  const done = (which: Open | null) => {
    close(which);
    connections.refetch();
  };
  const remove = async (which: Open, row: ConnectionRow) => {
    setRemoveError(null);
    try {
      const variables = row.rel === 'projectOrganisation' ? { ...row.ends, role: row.stored.role } : row.ends;
      await client.mutate({ mutation: REL_MUTATIONS[row.rel].remove, variables, fetchPolicy: 'no-cache' });
      refreshExplorer(client);
      done(which);
    } catch (error) {
      setRemoveError(error);
    }
  };

  if (!connections.data) {
    if (connections.error) return <ErrorNotice error={connections.error} onRetry={connections.refetch} />;
    return <p className="muted edit-loading">{t('edit.loading')}</p>;
  }

  const form = (which: Open, group: ConnectionGroup, row: ConnectionRow | null) => (
    <RelationForm
      rel={group.rel}
      side={group.side}
      self={self}
      row={row}
      linked={group.rows.map((r) => r.other.key)}
      language={language}
      onDone={() => done(which)}
      onCancel={() => close(which)}
      onDirty={onDirty}
    />
  );

  return (
    <div className="edit-connections">
      {kind === 'PERSON' && <p className="edit-hint">{t('edit.connections.privateNote')}</p>}
      {connections.data.map((group) => (
        <section key={group.rel} className="edit-group" aria-labelledby={`edit-group-${group.rel}`}>
          <header className="edit-group-header">
            <h3 id={`edit-group-${group.rel}`}>
              {t(`edit.group.${group.rel}.${group.side}`)}
              <span className="count">{group.total}</span>
            </h3>
            {!(open?.mode === 'add' && open.group.rel === group.rel) && (
              <button
                type="button"
                id={`edit-add-${group.rel}`}
                className="button"
                onClick={() => setOpen({ mode: 'add', group })}
              >
                {t(`edit.rel.${group.rel}.add`)}
              </button>
            )}
          </header>
          {open?.mode === 'add' && open.group.rel === group.rel && form(open, group, null)}
          {group.rows.length === 0 && !(open?.mode === 'add' && open.group.rel === group.rel) && (
            <p className="muted">{t('details.empty')}</p>
          )}
          <ul className="edit-rows" id={`edit-rows-${group.rel}`}>
            {group.rows.map((row) => {
              const here = open && open.mode !== 'add' && rowId(open.row) === rowId(row) ? open.mode : null;
              return (
                <ConnectionItem
                  key={rowId(row)}
                  row={row}
                  language={language}
                  editable={REL_FORMS_EDITABLE(row)}
                  confirming={here === 'remove'}
                  removeError={here === 'remove' ? removeError : null}
                  onEdit={() => setOpen({ mode: 'edit', group, row })}
                  onRemove={() => {
                    setRemoveError(null);
                    setOpen({ mode: 'remove', group, row });
                  }}
                  onConfirmRemove={() => open && void remove(open, row)}
                  onCancel={() => close(open)}
                >
                  {here === 'edit' && open && form(open, group, row)}
                </ConnectionItem>
              );
            })}
          </ul>
          <MoreButton
            list={group.list}
            page={group.page}
            state={connections.more}
            shown={group.rows.length}
            listId={`edit-rows-${group.rel}`}
          />
        </section>
      ))}
    </div>
  );
}

const REL_FORMS_EDITABLE = (row: ConnectionRow): boolean => REL_MUTATIONS[row.rel].update !== null;
